import { createPrivateKey, createPublicKey, hkdfSync } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { type Hex, hexToBytes } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../dev/accounts";
import {
  createIdentityKey,
  deriveIdentityKey,
  identityMessage,
  keyFingerprint,
  UnstableSignatureError,
  unlockIdentityKey,
} from "./identity";

const account = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
const sign = (message: string) => account.signMessage({ message });

describe("identity key", () => {
  it("binds the message to the chain and the key version", () => {
    expect(identityMessage(31337)).toContain("Chain ID: 31337");
    expect(identityMessage(31337)).toContain("Key version: 1");
    expect(identityMessage(8453)).not.toEqual(identityMessage(31337));
  });

  it("derives the same key from the same wallet every time", async () => {
    const a = await createIdentityKey(sign, 31337);
    const b = await createIdentityKey(sign, 31337);
    expect(a.publicKeyHex).toEqual(b.publicKeyHex);
    expect(a.publicKey).toHaveLength(32);
    expect(x25519.getPublicKey(a.privateKey)).toEqual(a.publicKey);
  });

  it("gives different keys on different chains and for different wallets", async () => {
    const local = await createIdentityKey(sign, 31337);
    const other = await createIdentityKey(sign, 1);
    const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
    const theirs = await createIdentityKey((message) => clinician.signMessage({ message }), 31337);
    expect(other.publicKeyHex).not.toEqual(local.publicKeyHex);
    expect(theirs.publicKeyHex).not.toEqual(local.publicKeyHex);
  });

  it("agrees with an independent HKDF + X25519 (node:crypto) and a known-answer vector", () => {
    const signature: Hex = `0x${"11".repeat(65)}`;
    const key = deriveIdentityKey(signature);
    const scalar = Buffer.from(
      hkdfSync("sha256", hexToBytes(signature), "CareKeys identity key v1", "x25519", 32),
    );
    const jwk = createPublicKey(
      createPrivateKey({
        key: Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), scalar]),
        format: "der",
        type: "pkcs8",
      }),
    ).export({ format: "jwk" });
    expect(Buffer.from(key.privateKey)).toEqual(scalar);
    expect(Buffer.from(key.publicKey).toString("base64url")).toEqual(jwk.x);
    expect(key.publicKeyHex).toMatchInlineSnapshot(
      `"0x6e70e0137b33b492734c16ebf7fccedb1e95d0c7029f58648e9257a5d724bc0f"`,
    );
  });

  it("refuses a wallet whose two signatures differ", async () => {
    let call = 0;
    const unstable = async (message: string): Promise<Hex> => {
      call += 1;
      return account.signMessage({ message: `${message}${call}` });
    };
    await expect(createIdentityKey(unstable, 31337)).rejects.toBeInstanceOf(UnstableSignatureError);
  });

  it("unlocks only with the wallet that registered the key", async () => {
    const key = await createIdentityKey(sign, 31337);
    await expect(unlockIdentityKey(sign, 31337, key.publicKeyHex)).resolves.toMatchObject({
      publicKeyHex: key.publicKeyHex,
    });
    const other = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey);
    await expect(
      unlockIdentityKey((message) => other.signMessage({ message }), 31337, key.publicKeyHex),
    ).rejects.toThrow(/different encryption key/);
  });

  it("rejects a truncated signature", () => {
    expect(() => deriveIdentityKey("0x1234")).toThrow(/too short/);
  });

  it("prints a 16-hex-digit fingerprint", () => {
    expect(keyFingerprint(`0x${"ab".repeat(32)}`)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });
});
