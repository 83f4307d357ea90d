import { x25519 } from "@noble/curves/ed25519.js";
import { bytesToHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../dev/accounts";
import {
  currentKey,
  KEYRING_SCHEMA,
  KeyringError,
  keyOfGeneration,
  openKeyring,
  readKeyring,
  sealKeyring,
  withNewGenerations,
} from "./keyring";
import { keysForRotation, withKeysFor } from "./ownKeyring";

const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const identityPrivateKey = new Uint8Array(32).fill(7);
const holderPublicKey = x25519.getPublicKey(identityPrivateKey);
const holder = {
  chainId: 31337,
  patient,
  holder: patient,
  holderPublicKey,
  holderKeyHex: bytesToHex(holderPublicKey),
  keyVersion: 2,
};

describe("keyring", () => {
  it("wraps every generation of every category for its holder and opens them again", async () => {
    const keys = withNewGenerations(withNewGenerations(new Map(), ["labs", "vitals"]), ["labs"]);
    const bytes = await sealKeyring(keys, holder);
    const file = readKeyring(bytes, holder);
    expect(file).toMatchObject({ schema: KEYRING_SCHEMA, keyVersion: 2, holderKey: holder.holderKeyHex });
    expect(file.keys.map((k) => [k.category, k.generation])).toEqual([
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
    const opened = await openKeyring(bytes, { ...holder, identityPrivateKey });
    expect(currentKey(opened.keys, "labs")).toEqual({ generation: 2, key: keyOfGeneration(keys, 1, 2) });
    expect(keyOfGeneration(opened.keys, 1, 1)).toEqual(keyOfGeneration(keys, 1, 1));
    expect(JSON.stringify(file)).not.toContain(bytesToHex(keyOfGeneration(keys, 1, 1)!).slice(2));
  });

  it("only goes forward: a new generation is one above the newest, and the old ones stay", () => {
    const first = withNewGenerations(new Map(), ["notes"]);
    const second = withNewGenerations(first, ["notes"]);
    expect(currentKey(first, "notes")?.generation).toBe(1);
    expect(currentKey(second, "notes")?.generation).toBe(2);
    expect(keyOfGeneration(second, 6, 1)).toEqual(keyOfGeneration(first, 6, 1));
    expect(withKeysFor(second, ["notes", "labs"]).added).toEqual(["labs"]);
    expect(currentKey(withKeysFor(second, ["notes"]).keys, "notes")?.generation).toBe(2);
  });

  it("refuses a keyring for another patient, holder or chain, a malformed one, and a wrong key", async () => {
    const bytes = await sealKeyring(withNewGenerations(new Map(), ["labs"]), holder);
    expect(() => readKeyring(bytes, { ...holder, holder: clinician })).toThrow(KeyringError);
    expect(() => readKeyring(bytes, { ...holder, patient: clinician })).toThrow(/another patient/);
    expect(() => readKeyring(bytes, { ...holder, chainId: 1 })).toThrow(/another patient/);
    expect(() => readKeyring(new TextEncoder().encode("{"), holder)).toThrow(/not readable/);
    expect(() => readKeyring(new TextEncoder().encode('{"schema":"x"}'), holder)).toThrow(/malformed/);
    await expect(
      openKeyring(bytes, { ...holder, identityPrivateKey: new Uint8Array(32).fill(9) }),
    ).rejects.toThrow(/does not open with this identity key/);
  });
});

describe("keys handed on by a rotation", () => {
  const key = (byte: number) => new Uint8Array(32).fill(byte);
  const gens = (entries: [number, Uint8Array][]) => new Map(entries);

  it("start a new generation of every category, so the old identity key opens nothing sealed after it", () => {
    const own = {
      cid: "bafy",
      keys: new Map([
        [1, gens([[1, key(1)]])],
        [
          6,
          gens([
            [1, key(2)],
            [2, key(3)],
          ]),
        ],
      ]),
      archived: new Map(),
    };
    const { keys, archived } = keysForRotation(own, { keys: new Map(), extra: new Map() });
    expect(currentKey(keys, "labs")?.generation).toBe(2);
    expect(currentKey(keys, "notes")?.generation).toBe(3);
    expect(keyOfGeneration(keys, 1, 1)).toEqual(key(1)); // old records stay readable
    expect(currentKey(keys, "labs")?.key).not.toEqual(key(1));
    expect(archived.size).toBe(0);
  });

  it("keep, read-only, a key of the patient's own records that the keyring lacks or holds otherwise", () => {
    const own = { cid: "bafy", keys: new Map([[1, gens([[1, key(1)]])]]), archived: new Map() };
    const found = { keys: new Map([[1, gens([[1, key(9)]])]]), extra: new Map([[1, [key(8)]]]) };
    const { keys, archived } = keysForRotation(own, found);
    expect(keyOfGeneration(keys, 1, 1)).toEqual(key(1));
    expect(archived.get(1)).toEqual([key(8), key(9)]);
  });

  it("build a key from before keyrings from its own records, and never seal with one of theirs", () => {
    const found = {
      keys: new Map([
        [
          1,
          gens([
            [1, key(1)],
            [7, key(7)],
          ]),
        ],
      ]),
      extra: new Map(),
    };
    const { keys } = keysForRotation({ cid: null, keys: new Map(), archived: new Map() }, found);
    expect(keyOfGeneration(keys, 1, 7)).toEqual(key(7));
    expect(currentKey(keys, "labs")?.generation).toBe(8);
    expect(currentKey(keys, "labs")?.key).not.toEqual(key(7));
  });

  it("write read-only keys into the keyring file and read them back", async () => {
    const keys = withNewGenerations(new Map(), ["labs"]);
    const bytes = await sealKeyring(keys, holder, new Map([[1, [key(5)]]]));
    const opened = await openKeyring(bytes, { ...holder, identityPrivateKey });
    expect(opened.archived.get(1)).toEqual([key(5)]);
    expect(currentKey(opened.keys, "labs")?.generation).toBe(1);
  });
});
