import { type Address, getAddress } from "viem";
import { createSiweMessage } from "viem/siwe";

/**
 * The sign-in message (EIP-4361, Sign-In with Ethereum): what the person signs to prove to the
 * CareKeys server that they hold their account. It is not the identity-key message
 * (lib/crypto/keyMessage.ts): it carries its own resource and statement, a random nonce from
 * the server and the current time, so its signature is worthless as a key and can be sent.
 */

/** Marks a sign-in message (in its EIP-4361 resources); a key message never carries it. */
export const SIGN_IN_RESOURCE = "urn:carekeys:sign-in";

export const SIGN_IN_STATEMENT = "Sign in to CareKeys. This does not unlock your records and costs nothing.";

/** A sign-in message expires this long after it was issued (and so does its nonce). */
export const SIGN_IN_LIFETIME_MS = 10 * 60 * 1000;

export type SignInMessageFields = {
  /** The app's canonical origin (`APP_ORIGIN`): its host is the message's domain, the origin its URI. */
  origin: string;
  address: Address;
  chainId: number;
  /** Issued by the server (`GET /api/auth/nonce`), single use. */
  nonce: string;
  issuedAt: Date;
};

export function signInMessage({ origin, address, chainId, nonce, issuedAt }: SignInMessageFields): string {
  const url = new URL(origin);
  return createSiweMessage({
    domain: url.host,
    uri: url.origin,
    address: getAddress(address),
    chainId,
    version: "1",
    nonce,
    issuedAt,
    expirationTime: new Date(issuedAt.getTime() + SIGN_IN_LIFETIME_MS),
    statement: SIGN_IN_STATEMENT,
    resources: [SIGN_IN_RESOURCE],
  });
}
