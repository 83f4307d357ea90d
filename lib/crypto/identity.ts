import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, type Hex, hexToBytes } from "viem";

/**
 * The patient's (or clinician's) identity key: an X25519 key pair derived from the wallet's
 * signature over a fixed, domain-bound message. The same wallet on the same chain always gets
 * the same key, so nothing secret has to be stored: signing again unlocks it.
 */
export const IDENTITY_KEY_VERSION = 1;

const HKDF_SALT = new TextEncoder().encode("CareKeys identity key v1");
const HKDF_INFO = new TextEncoder().encode("x25519");

export type IdentityKey = {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
  /** The public key as bytes32 hex, as stored in the Directory. */
  publicKeyHex: Hex;
};

/** The message the wallet signs. Changing it changes every user's key: it is versioned. */
export function identityMessage(chainId: number): string {
  return [
    "CareKeys: create my encryption key",
    "",
    "Signing this message creates the key that encrypts your health records on this device.",
    "It does not send a transaction or cost anything. Sign it only in the CareKeys app.",
    "",
    "App: CareKeys",
    `Chain ID: ${chainId}`,
    `Key version: ${IDENTITY_KEY_VERSION}`,
  ].join("\n");
}

export function deriveIdentityKey(signature: Hex): IdentityKey {
  const bytes = hexToBytes(signature);
  if (bytes.length < 64)
    throw new Error("The wallet returned a signature that is too short to derive a key from.");
  const privateKey = hkdf(sha256, bytes, HKDF_SALT, HKDF_INFO, 32);
  const publicKey = x25519.getPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyHex: bytesToHex(publicKey) };
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

/**
 * Asks the wallet to sign the identity message twice and derives the key. Wallets whose
 * signatures are not deterministic (many smart-contract and MPC wallets) are refused.
 */
export async function createIdentityKey(
  sign: (message: string) => Promise<Hex>,
  chainId: number,
): Promise<IdentityKey> {
  const message = identityMessage(chainId);
  const first = await sign(message);
  const second = await sign(message);
  if (first.toLowerCase() !== second.toLowerCase()) throw new UnstableSignatureError();
  return deriveIdentityKey(first);
}

/** Re-derives the key from one signature and checks it against the registered public key. */
export async function unlockIdentityKey(
  sign: (message: string) => Promise<Hex>,
  chainId: number,
  registeredPublicKey: Hex,
): Promise<IdentityKey> {
  const key = deriveIdentityKey(await sign(identityMessage(chainId)));
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
