import { privateKeyToAccount } from "viem/accounts";
import { parseSiweMessage } from "viem/siwe";
import { describe, expect, it } from "vitest";
import { isKeyMessage, keyMessage } from "../crypto/keyMessage";
import { SIGN_IN_RESOURCE, SIGN_IN_STATEMENT, signInMessage } from "./message";

const account = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const origin = "http://127.0.0.1:3000";

describe("the sign-in message", () => {
  const issuedAt = new Date("2026-05-01T10:00:00.000Z");
  const message = signInMessage({
    origin,
    address: account.address,
    chainId: 31337,
    nonce: "abcdef0123456789",
    issuedAt,
  });

  it("is EIP-4361 for the app's host and origin, with the sign-in statement and resource and a 10-minute expiry", () => {
    expect(parseSiweMessage(message)).toEqual({
      domain: "127.0.0.1:3000",
      uri: origin,
      address: account.address,
      version: "1",
      chainId: 31337,
      nonce: "abcdef0123456789",
      issuedAt,
      expirationTime: new Date("2026-05-01T10:10:00.000Z"),
      statement: SIGN_IN_STATEMENT,
      resources: [SIGN_IN_RESOURCE],
    });
  });

  it("is never taken for the identity-key message, and the key message is never taken for it", () => {
    expect(isKeyMessage(message)).toBe(false);
    for (const version of [1, 2, 3]) {
      const key = keyMessage({ origin, chainId: 31337, address: account.address }, version);
      expect(isKeyMessage(key)).toBe(true);
      expect(key).not.toContain(SIGN_IN_RESOURCE);
      expect(key).not.toContain(SIGN_IN_STATEMENT);
    }
  });
});
