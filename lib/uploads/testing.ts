// CareKeys objects for the upload tests: the shapes the upload route accepts, without the crypto.

import { x25519 } from "@noble/curves/ed25519.js";
import { type Address, bytesToHex } from "viem";
import { ENVELOPE_MAGIC, ENVELOPE_VERSION } from "../crypto/envelope";
import { sealKeyring } from "../records/keyring";

/**
 * An envelope with a well-formed header for `patient` (lab results unless `category` says
 * otherwise; `header` overrides fields) and `size` bytes of stand-in ciphertext.
 */
export function envelopeBytes(options: {
  chainId: number;
  contract: Address;
  patient: Address;
  category?: number;
  size?: number;
  seed?: number;
  header?: Record<string, unknown>;
}): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      v: 1,
      chainId: options.chainId,
      contract: options.contract,
      patient: options.patient,
      recordId: `0x${"ab".repeat(32)}`,
      category: options.category ?? 1,
      generation: 1,
      chunkSize: 1024 * 1024,
      chunkCount: 1,
      payloadSize: options.size ?? 64,
      ...options.header,
    }),
  );
  const out = new Uint8Array(9 + header.length + (options.size ?? 64));
  out.set(ENVELOPE_MAGIC, 0);
  out[4] = ENVELOPE_VERSION;
  new DataView(out.buffer).setUint32(5, header.length);
  out.set(header, 9);
  out.fill(options.seed ?? 0x5a, 9 + header.length);
  return out;
}

/** A keyring file (no keys) for `patient`, held by `holder` (the patient's own unless given). */
export function keyringBytes(
  chainId: number,
  patient: Address,
  holder: Address = patient,
): Promise<Uint8Array> {
  const holderPublicKey = x25519.getPublicKey(new Uint8Array(32).fill(7));
  return sealKeyring(new Map(), {
    chainId,
    patient,
    holder,
    holderPublicKey,
    holderKeyHex: bytesToHex(holderPublicKey),
    keyVersion: 2,
  });
}

export const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
