import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, concatBytes, type Hex, hexToBytes } from "viem";
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey, randomBytes, utf8 } from "./aead";

/** A key wrapped for one X25519 public key (ECIES). */
export type WrappedKey = { epk: Hex; nonce: Hex; ct: Hex };

const INFO = utf8("carekeys/ecies/v1");

async function kek(shared: Uint8Array, epk: Uint8Array, recipient: Uint8Array) {
  return importAesKey(hkdf(sha256, shared, concatBytes([epk, recipient]), INFO, 32));
}

/**
 * Wraps `key` for `recipientPublicKey`: an ephemeral X25519 key agreement, HKDF-SHA256
 * (salt = ephemeral public key || recipient public key), then AES-256-GCM with `aad` as
 * associated data. `random` is injectable for known-answer tests only.
 */
export async function wrapKey(
  recipientPublicKey: Uint8Array,
  key: Uint8Array,
  aad: Uint8Array,
  random: (n: number) => Uint8Array = randomBytes,
): Promise<WrappedKey> {
  const ephemeral = random(32);
  const epk = x25519.getPublicKey(ephemeral);
  const shared = x25519.getSharedSecret(ephemeral, recipientPublicKey);
  const nonce = random(12);
  const ct = await aesGcmEncrypt(await kek(shared, epk, recipientPublicKey), nonce, key, aad);
  return { epk: bytesToHex(epk), nonce: bytesToHex(nonce), ct: bytesToHex(ct) };
}

export async function unwrapKey(recipientPrivateKey: Uint8Array, wrapped: WrappedKey, aad: Uint8Array) {
  const epk = hexToBytes(wrapped.epk);
  const recipient = x25519.getPublicKey(recipientPrivateKey);
  const shared = x25519.getSharedSecret(recipientPrivateKey, epk);
  return aesGcmDecrypt(
    await kek(shared, epk, recipient),
    hexToBytes(wrapped.nonce),
    hexToBytes(wrapped.ct),
    aad,
    "a wrapped key",
  );
}
