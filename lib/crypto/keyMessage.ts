import { sha256 } from "@noble/hashes/sha2.js";
import { type Address, bytesToHex, getAddress } from "viem";
import { createSiweMessage, parseSiweMessage } from "viem/siwe";

/**
 * The message whose signature is a person's identity key. From key version 2 it is an EIP-4361
 * (Sign-In with Ethereum) message naming the deployment's domain and URI, so a wallet can warn
 * when another site asks for it, and it stays deterministic (a fixed nonce and issued-at derived
 * from the address and the key version): the same wallet on the same deployment always signs the
 * same bytes and so always gets the same key.
 */

/** Marks a key message (in its EIP-4361 resources); a sign-in message never carries it. */
export const KEY_MESSAGE_RESOURCE = "urn:carekeys:identity-key";

/** Key version 1: the message before it was bound to a site; used only to migrate such keys. */
export const LEGACY_KEY_VERSION = 1;

/** Where a key is bound: the app's canonical origin, the chain, and the signing account. */
export type KeyBinding = { origin: string; chainId: number; address: Address };

function legacyMessage(chainId: number): string {
  return [
    "CareKeys: create my encryption key",
    "",
    "Signing this message creates the key that encrypts your health records on this device.",
    "It does not send a transaction or cost anything. Sign it only in the CareKeys app.",
    "",
    "App: CareKeys",
    `Chain ID: ${chainId}`,
    `Key version: ${LEGACY_KEY_VERSION}`,
  ].join("\n");
}

/** Deterministic nonce and issued-at for (address, key version): no randomness, no clock. */
function fixedFields(address: Address, keyVersion: number) {
  const digest = sha256(
    new TextEncoder().encode(`carekeys-identity-key|${address.toLowerCase()}|${keyVersion}`),
  );
  const nonce = bytesToHex(digest).slice(2, 18); // 16 hex characters: EIP-4361 wants >= 8 alphanumerics
  const seconds = ((digest[16] << 16) | (digest[17] << 8) | digest[18]) % (366 * 86_400);
  return { nonce, issuedAt: new Date(Date.UTC(2025, 0, 1) + seconds * 1000) };
}

/** The key message for `binding` at `keyVersion` (1: the legacy message, for migration only). */
export function keyMessage(binding: KeyBinding, keyVersion: number): string {
  if (keyVersion === LEGACY_KEY_VERSION) return legacyMessage(binding.chainId);
  if (!Number.isInteger(keyVersion) || keyVersion < 2) throw new Error(`Unknown key version ${keyVersion}.`);
  const url = new URL(binding.origin);
  return createSiweMessage({
    domain: url.host,
    uri: url.origin,
    address: getAddress(binding.address),
    chainId: binding.chainId,
    version: "1",
    ...fixedFields(binding.address, keyVersion),
    statement:
      `Unlock my CareKeys encryption key (key version ${keyVersion}). This signature is the key to my health ` +
      `records: sign it only on ${url.origin}. It sends no transaction and costs nothing.`,
    resources: [`${KEY_MESSAGE_RESOURCE}:v${keyVersion}`],
  });
}

/** Whether `message` is a key message of any version (its signature is a master key). */
export function isKeyMessage(message: string): boolean {
  if (message.includes("CareKeys: create my encryption key") || message.includes(KEY_MESSAGE_RESOURCE))
    return true;
  const parsed = parseSiweMessage(message);
  return (parsed.resources ?? []).some((resource) => resource.startsWith(KEY_MESSAGE_RESOURCE));
}
