import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY, type Category } from "../consent/codes";
import { type CategoryKeys, currentKey } from "../records/keyring";
import type { DirectoryEntry } from "./directory";
import { openSharedKeyring, planGrant } from "./grantKeyring";
import { type ExpiryPreset, expiresAtFor, listPatientShares, listSharedWith, type Share } from "./grants";
import { lapsedHoldersOf, lapsedReason, planLapsedRotation } from "./lapsed";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, worldWithTwoClinicians } from "./testing";

const LABS = CATEGORY.labs;

describe("a holder whose access lapsed, before the next record of its kinds is sealed", () => {
  let world: SharingWorld;
  let rivera: Person;
  let okafor: Person;
  let entries: DirectoryEntry[];
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;

  beforeAll(async () => {
    ({ world, rivera, okafor, entries } = await worldWithTwoClinicians());
  }, 60_000);
  afterAll(() => world?.stop());

  const grant = async (patient: Patient, grantee: Person, categories: Category[], preset: ExpiryPreset) => {
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(grantee),
      choice: {
        categories,
        purposes: ["treatment"],
        expiresAt: expiresAtFor(preset, await world.chainNow()),
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
  };
  const shares = (patient: Patient) =>
    listPatientShares(world.anvil.publicClient, world.consent, patient.address);
  const lapsedFor = async (patient: Patient, categories: Category[]) =>
    lapsedHoldersOf({
      shares: await shares(patient),
      keys: patient.keys,
      categories,
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
    });
  const latestKeys = async (grantee: Person, patient: Patient) => {
    const list = await listSharedWith(world.anvil.publicClient, world.consent, grantee.address);
    return openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: list.find((s) => s.patient === patient.address)!.keyringCid!,
      me: grantee.address,
      identity: grantee.identity,
    });
  };
  const generations = (keys: CategoryKeys, category: number) =>
    [...(keys.get(category)?.keys() ?? [])].sort();

  it("finds an expired holder of the current lab key (a record sealed now would be readable by it) and rotates labs in one transaction", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs", "medications"], "thisVisit");
    await grant(patient, okafor, ["labs"], "days30");
    expect(await lapsedFor(patient, ["labs"])).toEqual([]); // still active: nothing to replace

    await world.advance(25 * 3600);
    const lapsed = await lapsedFor(patient, ["labs"]);
    expect(lapsed).toEqual([{ grantee: rivera.address, status: "expired", held: ["labs"] }]);
    expect(lapsedReason(lapsed, () => "Dr. Maya Rivera")).toBe(
      "Replacing the keys of lab results: Dr. Maya Rivera's access has ended",
    );

    const rotation = await planLapsedRotation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      gatewayUrl: world.node.gatewayUrl,
      own: { keys: patient.keys, archived: new Map() },
      shares: await shares(patient),
      directory: entries,
      categories: ["labs"],
    });
    expect(rotation?.plan.rotated).toEqual(["labs"]);
    const { receipt, events } = await world.carryOut(patient.wallet, rotation!.plan);
    // Nothing about the lapsed grant is sent: the patient's own keyring, then the active holder's.
    expect(events.map((e) => [e.eventName, (e.args as { grantee: string }).grantee])).toEqual([
      ["KeyringPublished", patient.address],
      ["KeyringPublished", okafor.address],
    ]);
    expect(new Set(events.map((e) => e.transactionHash))).toEqual(new Set([receipt.transactionHash]));
    patient.keys = (await world.ownKeyring(patient)).keys;
    expect(currentKey(patient.keys, "labs")?.generation).toBe(2);
    expect(currentKey(patient.keys, "medications")?.generation).toBe(1);
    expect(generations(await latestKeys(rivera, patient), LABS)).toEqual([1]);
    expect(generations(await latestKeys(okafor, patient), LABS)).toEqual([1, 2]);

    // Once replaced, the next record needs nothing more.
    expect(await lapsedFor(patient, ["labs"])).toEqual([]);
    expect(
      await planLapsedRotation({
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identity: patient.identity,
        gatewayUrl: world.node.gatewayUrl,
        own: { keys: patient.keys, archived: new Map() },
        shares: await shares(patient),
        directory: entries,
        categories: ["labs"],
      }),
    ).toBeNull();
    // Medications (which Rivera also held) are replaced only when one of them is sealed next.
    expect(await lapsedFor(patient, ["medications"])).toEqual([
      { grantee: rivera.address, status: "expired", held: ["medications"] },
    ]);
  }, 60_000);

  it("counts a party whose access ended and whose keyring cannot be fetched as holding the current keys, and ignores an active share", async () => {
    const keys: CategoryKeys = new Map([[LABS, new Map([[1, new Uint8Array(32)]])]]);
    const share = (grantee: `0x${string}`, status: Share["status"]): Share => ({
      patient: rivera.address,
      grantee,
      status,
      categories: ["labs", "medications"],
      purposes: ["treatment"],
      expiresAt: new Date(0),
      write: false,
      oneShot: false,
      identity: 1,
      keyringCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
      keyringCids: ["bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"],
      everShared: ["labs", "medications"],
      grantedInBlock: 1n,
    });
    const found = await lapsedHoldersOf({
      shares: [
        share("0x0000000000000000000000000000000000000001", "suspended"),
        share("0x0000000000000000000000000000000000000002", "active"),
        share("0x0000000000000000000000000000000000000003", "revoked"),
      ],
      keys,
      categories: ["labs", "medications"],
      gatewayUrl: "http://127.0.0.1:9", // nothing listens there
      chainId: CHAIN_ID,
      patient: rivera.address,
    });
    // Medications have no key yet: nothing to replace there. A revocation outside this app
    // rotated nothing, so a revoked party counts like any other whose access ended.
    expect(found).toEqual([
      { grantee: "0x0000000000000000000000000000000000000001", status: "suspended", held: ["labs"] },
      { grantee: "0x0000000000000000000000000000000000000003", status: "revoked", held: ["labs"] },
    ]);
  });

  it("names several parties and kinds in one sentence", () => {
    const names: Record<string, string> = { "0x1": "Dr. A", "0x2": "Dr. B" };
    expect(
      lapsedReason(
        [
          { grantee: "0x1", status: "expired", held: ["medications"] },
          { grantee: "0x2", status: "suspended", held: ["labs"] },
        ],
        (a) => names[a],
      ),
    ).toBe("Replacing the keys of lab results and medications: the access of Dr. A and Dr. B has ended");
  });
});
