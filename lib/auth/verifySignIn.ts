import { type Address, getAddress, type Hex, type PublicClient } from "viem";
import { parseSiweMessage, validateSiweMessage } from "viem/siwe";
import { isKeyMessage } from "../crypto/keyMessage";
import { SIGN_IN_LIFETIME_MS, SIGN_IN_RESOURCE, SIGN_IN_STATEMENT, signInMessage } from "./message";
import type { NonceStore } from "./nonceStore";

/** A sign-in the server refuses, with a sentence for the person and the HTTP status. */
export class SignInRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 503,
  ) {
    super(message);
    this.name = "SignInRefused";
  }
}

/** How far a wallet's clock may run ahead of the server's. */
export const CLOCK_SKEW_MS = 60 * 1000;

export const KEY_MESSAGE_REFUSED =
  "This is the message that unlocks your encryption key, not a sign-in message. Its signature is the key " +
  "to your records and must never be sent to a server: CareKeys refused it and did not keep it.";

export type SignInAttempt = {
  message: string;
  signature: Hex;
  /** `APP_ORIGIN`: the message must name its host as domain and its origin as URI. */
  expectedOrigin: string;
  /** The deployment's chain (`CHAIN_ID`). */
  chainId: number;
  nonceStore: NonceStore;
  /** Checks the signature: ECDSA for ordinary accounts, ERC-1271/ERC-6492 for contract wallets. */
  publicClient: Pick<PublicClient, "verifySiweMessage">;
  now: Date;
};

/**
 * Checks a Sign-In with Ethereum message and its signature, and returns the account that signed
 * in. Refuses (with `SignInRefused`), in this order: the identity-key message (before anything
 * else: it must never be used or kept); anything that is not exactly a CareKeys sign-in message
 * for this origin and chain; a message issued in the future, older than its lifetime, expired or
 * not yet valid; a nonce this server did not issue, or already used (each is consumed here, so a
 * replayed message fails); and a signature that is not the account's.
 */
export async function verifySignIn(attempt: SignInAttempt): Promise<{ address: Address }> {
  const { message, signature, expectedOrigin, chainId, nonceStore, publicClient, now } = attempt;
  if (isKeyMessage(message)) throw new SignInRefused(KEY_MESSAGE_REFUSED, 400);

  const parsed = parseSiweMessage(message);
  const origin = new URL(expectedOrigin);
  if (
    !parsed.address ||
    !parsed.domain ||
    !parsed.uri ||
    !parsed.nonce ||
    !parsed.chainId ||
    !parsed.issuedAt
  )
    throw new SignInRefused("This is not a sign-in message (EIP-4361). Sign in from the CareKeys app.", 400);
  if (parsed.domain !== origin.host || uriOrigin(parsed.uri) !== origin.origin)
    throw new SignInRefused(
      `This sign-in message is for ${parsed.domain === origin.host ? parsed.uri : parsed.domain}, not for ` +
        `${origin.origin}. Sign in on ${origin.origin}.`,
      400,
    );
  if (parsed.scheme !== undefined && `${parsed.scheme}:` !== origin.protocol)
    throw new SignInRefused(`This sign-in message is for another site. Sign in on ${origin.origin}.`, 400);
  if (parsed.chainId !== chainId)
    throw new SignInRefused(
      `This sign-in message is for chain ${parsed.chainId}; CareKeys here works on chain ${chainId}.`,
      400,
    );
  const resources = parsed.resources ?? [];
  if (
    parsed.statement !== SIGN_IN_STATEMENT ||
    resources.length !== 1 ||
    resources[0] !== SIGN_IN_RESOURCE ||
    parsed.requestId !== undefined
  )
    throw new SignInRefused("This is not a CareKeys sign-in message. Sign in from the CareKeys app.", 400);

  const issuedAt = parsed.issuedAt.getTime();
  if (Number.isNaN(issuedAt)) throw new SignInRefused("The sign-in message has no valid issue time.", 400);
  if (issuedAt > now.getTime() + CLOCK_SKEW_MS)
    throw new SignInRefused(
      "This sign-in message was issued in the future: check your device's clock, then sign in again.",
      401,
    );
  if (issuedAt < now.getTime() - SIGN_IN_LIFETIME_MS)
    throw new SignInRefused("This sign-in message is too old. Sign in again.", 401);
  if (!validateSiweMessage({ message: parsed, domain: origin.host, time: now }))
    throw new SignInRefused("This sign-in message has expired or is not valid yet. Sign in again.", 401);

  // Only the exact text the app composes: no extra lines (the parser ignores trailing text),
  // no other expiry or not-before than its own.
  const canonical = signInMessage({
    origin: origin.origin,
    address: parsed.address,
    chainId,
    nonce: parsed.nonce,
    issuedAt: parsed.issuedAt,
  });
  if (message !== canonical)
    throw new SignInRefused("This is not a CareKeys sign-in message. Sign in from the CareKeys app.", 400);

  // Consumed before the signature is checked: one attempt per nonce, and no signature check (a
  // call to the chain for contract wallets) for nonces this server never issued.
  if (!(await nonceStore.consume(parsed.nonce, now.getTime())))
    throw new SignInRefused(
      "This sign-in message was already used, has expired, or was not issued by this server. Sign in again.",
      401,
    );

  // Ordinary accounts are checked by recovering the signer (also when the chain node is down);
  // contract wallets by calling them (ERC-1271, ERC-6492 for ones not yet deployed), so for
  // them an unreachable node means a refusal.
  let valid: boolean;
  try {
    valid = await publicClient.verifySiweMessage({
      message,
      signature,
      domain: origin.host,
      nonce: parsed.nonce,
      time: now,
    });
  } catch {
    throw new SignInRefused("The signature could not be checked just now. Try again in a moment.", 503);
  }
  if (!valid)
    throw new SignInRefused("The signature does not match the account in the sign-in message.", 401);
  return { address: getAddress(parsed.address) };
}

function uriOrigin(uri: string): string | null {
  try {
    return new URL(uri).origin;
  } catch {
    return null;
  }
}
