// Regression test from the outside review of issue 11 (N3): a grant's keyring is stored before its
// transaction and named in it; when the transaction fails on chain, the party can still fetch and
// open the keyring. The device remembers it, and the sealing check replaces those kinds' keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { listAnchoredRecords } from "../records/chain";
import { listDirectory } from "./directory";
import { openSharedKeyring, planGrant } from "./grantKeyring";
import { listPatientShares } from "./grants";
import { lapsedHoldersOf, planLapsedRotation } from "./lapsed";
import { openSharedRecord } from "./openShared";
import { CHAIN_ID, type SharingWorld, startSharingWorld } from "./testing";
import { givenBy, storageUnconfirmed, withUnconfirmed } from "./unconfirmed";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

describe("keyrings named in a transaction that did not confirm", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it("are remembered on the device, and the kinds they hold get new keys before the next record is sealed", async () => {
    const mallory = await world.clinician("Dr. Front Runner, Nowhere Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const directory = await listDirectory(world.anvil.publicClient, world.directory);
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: directory.find((e) => e.address === mallory.address)!,
      choice: { categories: ["labs"], purposes: ["treatment"], expiresAt: new Date(Date.now() + 86_400_000) },
    });
    // The keyring is stored and the transaction sent, but it fails on chain: no grant, no event.
    for (const car of plan.uploads) await world.upload(car);
    const storage = memoryStorage();
    const unconfirmed = storageUnconfirmed(storage, "k");
    unconfirmed.add(givenBy(plan));
    expect(unconfirmed.list()).toEqual([
      { grantee: mallory.address, cid: plan.terms.keyringCid, categories: ["labs"] },
    ]);

    const onChain = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    expect(onChain).toEqual([]);
    const input = {
      keys: patient.keys,
      categories: ["labs"] as const,
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
    };
    // The chain alone says nobody holds lab keys; with what the device remembers, Mallory does.
    expect(await lapsedHoldersOf({ ...input, categories: ["labs"], shares: onChain })).toEqual([]);
    const shares = withUnconfirmed(patient.address, onChain, unconfirmed.list());
    expect(await lapsedHoldersOf({ ...input, categories: ["labs"], shares })).toEqual([
      { grantee: mallory.address, status: "revoked", held: ["labs"] },
    ]);

    const own = await world.ownKeyring(patient);
    const rotation = await planLapsedRotation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      gatewayUrl: world.node.gatewayUrl,
      own: { keys: own.keys, archived: own.archived },
      shares,
      directory,
      categories: ["labs"],
    });
    expect(rotation?.plan.rotated).toEqual(["labs"]);
    await world.carryOut(patient.wallet, rotation!.plan);
    patient.keys = rotation!.plan.keys;
    const [record] = await world.addRecords(patient, "labs");

    const keys = await openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: plan.terms.keyringCid,
      me: mallory.address,
      identity: mallory.identity,
    });
    const anchored = (
      await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address)
    ).find((r) => r.recordId === record.recordId)!;
    const opened = await openSharedRecord(anchored, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: mallory.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys,
    });
    expect(opened.status).toBe("notShared");
  }, 60_000);

  it("a stored list survives reloads, ignores damaged entries, and empties itself", () => {
    const storage = memoryStorage();
    const a = storageUnconfirmed(storage, "k");
    a.add([{ grantee: "0x0000000000000000000000000000000000000001", cid: "bafy1", categories: ["labs"] }]);
    a.add([{ grantee: "0x0000000000000000000000000000000000000001", cid: "bafy1", categories: ["labs"] }]);
    expect(storageUnconfirmed(storage, "k").list()).toHaveLength(1);
    storage.setItem("k", '[{"grantee":1},{"grantee":"0x1","cid":"c","categories":[]}]');
    expect(storageUnconfirmed(storage, "k").list()).toEqual([{ grantee: "0x1", cid: "c", categories: [] }]);
    storage.setItem("k", "not json");
    expect(storageUnconfirmed(storage, "k").list()).toEqual([]);
    const b = storageUnconfirmed(storage, "k");
    b.add([{ grantee: "0x0000000000000000000000000000000000000002", cid: "bafy2", categories: ["vitals"] }]);
    b.remove(["bafy2"]);
    expect(storage.items.has("k")).toBe(false);
  });
});
