import { x25519 } from "@noble/curves/ed25519.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import {
  bytesToHex,
  compactSignatureToSignature,
  concatBytes,
  type Hex,
  hexToBytes,
  numberToBytes,
  parseCompactSignature,
  parseSignature,
} from "viem";
import { type KeyBinding, keyMessage, LEGACY_KEY_VERSION } from "./keyMessage";

/**
 * A person's identity key: an X25519 key pair derived from the wallet's signature over the key
 * message of the deployment (lib/crypto/keyMessage.ts). The same wallet on the same deployment
 * always gets the same key, so nothing secret has to be stored: signing again unlocks it. The
 * key version is part of the message, so rotating the key is signing the next version.
 */
export const IDENTITY_KEY_VERSION = 2;

const HKDF_INFO = new TextEncoder().encode("x25519");
const salt = (keyVersion: number) =>
  new TextEncoder().encode(
    keyVersion === LEGACY_KEY_VERSION ? "CareKeys identity key v1" : "CareKeys identity key v2",
  );
const HALF_ORDER = secp256k1.Point.CURVE().n >> 1n;

export type IdentityKey = {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
  /** The public key as bytes32 hex, as stored in the Directory. */
  publicKeyHex: Hex;
  /** Which key message it comes from. */
  version: number;
};

/**
 * The signature as key material, the same for every encoding a wallet may return: r and the
 * low s (EIP-2), without the recovery byte (27/28 or 0/1, or folded into s by EIP-2098).
 */
export function canonicalSignature(signature: Hex): Uint8Array {
  const { r, s } = parseAnySignature(signature);
  let sValue = BigInt(s);
  if (sValue > HALF_ORDER) sValue = secp256k1.Point.CURVE().n - sValue;
  return concatBytes([numberToBytes(BigInt(r), { size: 32 }), numberToBytes(sValue, { size: 32 })]);
}

/** A 65-byte signature (v as 27/28 or 0/1) or a 64-byte EIP-2098 compact one. */
function parseAnySignature(signature: Hex) {
  const parsed =
    hexToBytes(signature).length === 64
      ? compactSignatureToSignature(parseCompactSignature(signature))
      : parseSignature(signature);
  return { r: parsed.r, s: parsed.s, yParity: parsed.yParity ?? 0 };
}

/**
 * The key for a signature of the key message at `keyVersion`. Version 1 keys (before the
 * message was bound to a site) hashed the 65 signature bytes as the wallet returned them; they
 * are read with the recovery byte as 27/28, and exist only to be rotated.
 */
export function deriveIdentityKey(signature: Hex, keyVersion: number): IdentityKey {
  let material: Uint8Array;
  try {
    if (keyVersion === LEGACY_KEY_VERSION) {
      const { r, s, yParity } = parseAnySignature(signature);
      material = concatBytes([hexToBytes(r), hexToBytes(s), new Uint8Array([27 + yParity])]);
    } else {
      material = canonicalSignature(signature);
    }
  } catch {
    throw new Error(
      "The wallet returned something that is not a signature, so no key could be made from it.",
    );
  }
  const privateKey = hkdf(sha256, material, salt(keyVersion), HKDF_INFO, 32);
  const publicKey = x25519.getPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyHex: bytesToHex(publicKey), version: keyVersion };
}

export class UnstableSignatureError extends Error {
  constructor() {
    super(
      "Your wallet gave two different signatures for the same message, so CareKeys cannot recreate your " +
        "encryption key later and you would lose access to your records. Please use a standard wallet " +
        "(for example a browser extension or hardware wallet) instead.",
    );
    this.name = "UnstableSignatureError";
  }
}

/** The page is not the deployment's canonical origin: a key made here would be another key. */
export class WrongOriginError extends Error {
  constructor(pageOrigin: string, appOrigin: string) {
    super(
      `This page is ${pageOrigin}, but CareKeys is served from ${appOrigin} and your encryption key belongs to ` +
        `that address. Open ${appOrigin} to set up or unlock your key: nothing was signed here.`,
    );
    this.name = "WrongOriginError";
  }
}

/** Refuses to ask for a key signature anywhere but the configured origin. */
export function assertAppOrigin(pageOrigin: string, appOrigin: string): void {
  if (new URL(pageOrigin).origin !== new URL(appOrigin).origin)
    throw new WrongOriginError(pageOrigin, appOrigin);
}

type Sign = (message: string) => Promise<Hex>;

/**
 * Asks the wallet to sign the key message twice and derives the key. Wallets whose signatures
 * differ (many smart-contract and MPC wallets) are refused: they could not unlock it again.
 */
export async function createIdentityKey(
  sign: Sign,
  binding: KeyBinding,
  keyVersion = IDENTITY_KEY_VERSION,
): Promise<IdentityKey> {
  const message = keyMessage(binding, keyVersion);
  const first = await sign(message);
  const second = await sign(message);
  const a = deriveIdentityKey(first, keyVersion);
  if (a.publicKeyHex !== deriveIdentityKey(second, keyVersion).publicKeyHex)
    throw new UnstableSignatureError();
  return a;
}

/** Re-derives the key from one signature and checks it against the registered public key. */
export async function unlockIdentityKey(
  sign: Sign,
  binding: KeyBinding,
  registeredPublicKey: Hex,
  keyVersion = IDENTITY_KEY_VERSION,
): Promise<IdentityKey> {
  const key = deriveIdentityKey(await sign(keyMessage(binding, keyVersion)), keyVersion);
  if (key.publicKeyHex.toLowerCase() !== registeredPublicKey.toLowerCase()) {
    throw new Error(
      "This wallet's signature gives a different encryption key from the one registered for your account. " +
        "Check that you are using the same wallet and network as when you set up your key.",
    );
  }
  return key;
}

/** A short, human-checkable fingerprint of a public key, e.g. "3F2A 9C1B 77E0 4D55". */
export function keyFingerprint(publicKeyHex: Hex): string {
  const digest = bytesToHex(sha256(hexToBytes(publicKeyHex)))
    .slice(2, 18)
    .toUpperCase();
  return digest.match(/.{4}/g)!.join(" ");
}
