import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY, type Category } from "../consent/codes";
import { consentReader } from "../consent/consent";
import type { CategoryKeys } from "../records/keyring";
import type { DirectoryEntry } from "./directory";
import { droppedCategories, planShareEdit } from "./editShare";
import { openSharedKeyring, planGrant } from "./grantKeyring";
import { expiresAtFor, listPatientShares, listSharedWith } from "./grants";
import { holdersOf } from "./revocation";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, worldWithTwoClinicians } from "./testing";

const LABS = CATEGORY.labs;
const MEDS = CATEGORY.medications;

describe("editing a share against a real chain and IPFS node", () => {
  let world: SharingWorld;
  let rivera: Person;
  let okafor: Person;
  let entries: DirectoryEntry[];
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;

  beforeAll(async () => {
    ({ world, rivera, okafor, entries } = await worldWithTwoClinicians());
  }, 60_000);
  afterAll(() => world?.stop());

  const grant = async (patient: Patient, grantee: Person, categories: Category[]) => {
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
        expiresAt: expiresAtFor("days30", await world.chainNow()),
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
  };

  const edit = async (patient: Patient, grantee: Person, categories: Category[], expiresAt: Date) => {
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    const share = shares.find((s) => s.grantee === grantee.address)!;
    return planShareEdit({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      holders: holdersOf(shares, entries),
      grantee: entryOf(grantee),
      held: share.categories,
      choice: { categories, purposes: ["treatment"], expiresAt },
    });
  };

  const latestKeys = async (grantee: Person, patient: Patient) => {
    const shares = await listSharedWith(world.anvil.publicClient, world.consent, grantee.address);
    return openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: shares.find((s) => s.patient === patient.address)!.keyringCid!,
      me: grantee.address,
      identity: grantee.identity,
    });
  };
  const generations = (keys: CategoryKeys, category: number) =>
    [...(keys.get(category)?.keys() ?? [])].sort();

  it("knows which kinds an edit takes away", () => {
    expect(droppedCategories(["labs", "medications"], { categories: ["labs", "vitals"] })).toEqual([
      "medications",
    ]);
    expect(droppedCategories(["labs"], { categories: ["labs", "medications"] })).toEqual([]);
  });

  it("narrows: the kind taken away rotates for the other holder, the grantee keeps the rest, in one transaction", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs", "medications"]);
    await grant(patient, okafor, ["medications"]);
    const shorter = expiresAtFor("thisVisit", await world.chainNow());

    const narrowing = await edit(patient, rivera, ["labs"], shorter);
    expect(narrowing.kind).toBe("narrow");
    expect(narrowing.dropped).toEqual(["medications"]);
    const { receipt, events } = await world.carryOut(patient.wallet, narrowing.plan);
    expect(events.map((e) => e.eventName)).toEqual(["AccessGranted", "KeyringPublished", "KeyringPublished"]);
    expect(new Set(events.map((e) => e.transactionHash))).toEqual(new Set([receipt.transactionHash]));
    patient.keys = narrowing.plan.keys;

    const reader = consentReader(world.anvil.publicClient, world.consent);
    expect(await reader.canAccess(patient.address, rivera.address, "medications", "treatment")).toBe(false);
    expect(await reader.canAccess(patient.address, rivera.address, "labs", "treatment")).toBe(true);
    const share = (await listPatientShares(world.anvil.publicClient, world.consent, patient.address)).find(
      (s) => s.grantee === rivera.address,
    )!;
    expect(share.expiresAt).toEqual(shorter);
    const riveraKeys = await latestKeys(rivera, patient);
    expect(generations(riveraKeys, LABS)).toEqual([1]);
    expect(riveraKeys.has(MEDS)).toBe(false);
    expect(generations(await latestKeys(okafor, patient), MEDS)).toEqual([1, 2]);
    expect(generations((await world.ownKeyring(patient)).keys, MEDS)).toEqual([1, 2]);
  }, 60_000);

  it("extends: more kinds and a later expiry give a keyring with the added kinds and rotate nothing", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs"]);
    const ownBefore = (await world.ownKeyring(patient)).cid;
    const later = expiresAtFor("year1", await world.chainNow());

    const extending = await edit(patient, rivera, ["labs", "medications"], later);
    expect(extending.kind).toBe("extend");
    const { events } = await world.carryOut(patient.wallet, extending.plan);
    expect(events.map((e) => e.eventName)).toEqual(["AccessGranted"]);
    patient.keys = extending.plan.keys;

    const reader = consentReader(world.anvil.publicClient, world.consent);
    expect(await reader.canAccess(patient.address, rivera.address, "medications", "treatment")).toBe(true);
    const riveraKeys = await latestKeys(rivera, patient);
    expect(generations(riveraKeys, LABS)).toEqual([1]);
    expect(generations(riveraKeys, MEDS)).toEqual([1]);
    expect((await world.ownKeyring(patient)).cid).toBe(ownBefore);
  }, 60_000);
});
