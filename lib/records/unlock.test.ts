import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { createIdentityKey } from "../crypto/identity";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { unlockWithKeyring } from "./unlock";

const account = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
const binding = { origin: "http://127.0.0.1:3000", chainId: 31337, address: account.address };

function countingSigner() {
  const signer = {
    count: 0,
    sign: (message: string) => {
      signer.count += 1;
      return account.signMessage({ message });
    },
  };
  return signer;
}

describe("unlocking with the keyring's key version", () => {
  it("needs one signature for the current key", async () => {
    const v2 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 2);
    const signer = countingSigner();
    const none = { cid: null, keyVersion: null, holderKey: null };
    await expect(unlockWithKeyring(signer.sign, binding, v2.publicKeyHex, none)).resolves.toMatchObject({
      state: "current",
      key: { publicKeyHex: v2.publicKeyHex, version: 2 },
    });
    expect(signer.count).toBe(1);
  });

  it("unlocks the version the keyring names, after a rotation", async () => {
    const v3 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 3);
    const keyring = { cid: "bafy", keyVersion: 3, holderKey: v3.publicKeyHex };
    await expect(
      unlockWithKeyring(countingSigner().sign, binding, v3.publicKeyHex, keyring),
    ).resolves.toMatchObject({
      state: "current",
      key: { version: 3 },
    });
  });

  it("recognises a rotation whose new key is not yet in the Directory", async () => {
    const v2 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 2);
    const v3 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 3);
    const keyring = { cid: "bafy", keyVersion: 3, holderKey: v3.publicKeyHex };
    await expect(
      unlockWithKeyring(countingSigner().sign, binding, v2.publicKeyHex, keyring),
    ).resolves.toMatchObject({ state: "unfinishedRotation", key: { publicKeyHex: v3.publicKeyHex } });
  });

  it("finds a legacy (version 1) key without a keyring with one more signature, and marks it for upgrade", async () => {
    const v1 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 1);
    const signer = countingSigner();
    const none = { cid: null, keyVersion: null, holderKey: null };
    await expect(unlockWithKeyring(signer.sign, binding, v1.publicKeyHex, none)).resolves.toMatchObject({
      state: "legacy",
      key: { version: 1 },
    });
    expect(signer.count).toBe(2);
  });

  it("refuses another wallet's key, and the same wallet on another origin", async () => {
    const v2 = await createIdentityKey((m) => account.signMessage({ message: m }), binding, 2);
    const other = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey);
    const none = { cid: null, keyVersion: null, holderKey: null };
    await expect(
      unlockWithKeyring((m) => other.signMessage({ message: m }), binding, v2.publicKeyHex, none),
    ).rejects.toThrow(/different encryption key/);
    await expect(
      unlockWithKeyring(
        (m) => account.signMessage({ message: m }),
        { ...binding, origin: "http://localhost:3000" },
        v2.publicKeyHex,
        none,
      ),
    ).rejects.toThrow(/different encryption key/);
  });
});
