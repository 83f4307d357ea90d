import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY } from "../consent/codes";
import { consentReader } from "../consent/consent";
import type { CategoryKeys } from "../records/keyring";
import { type DirectoryEntry, listDirectory } from "./directory";
import { planGrant } from "./grantKeyring";
import { expiresAtFor, listPatientShares } from "./grants";
import { planRevokeAll } from "./revokeAll";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

describe("stop sharing with everyone", () => {
  let world: SharingWorld;
  let rivera: Person;
  let okafor: Person;
  let entries: DirectoryEntry[];

  beforeAll(async () => {
    world = await startSharingWorld();
    rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    okafor = await world.clinician("Dr. Ada Okafor, Hill Hospital");
    entries = await listDirectory(world.anvil.publicClient, world.directory);
  }, 60_000);
  afterAll(() => world?.stop());

  const grant = async (
    patient: Patient,
    grantee: Person,
    categories: ("labs" | "vitals")[],
    preset: "days30" | "thisVisit" = "days30",
  ) => {
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entries.find((e) => e.address === grantee.address)!,
      choice: {
        categories,
        purposes: ["treatment"],
        expiresAt: expiresAtFor(preset, await world.chainNow()),
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
  };
  const generations = (keys: CategoryKeys, category: number) =>
    [...(keys.get(category)?.keys() ?? [])].sort();

  it("ends every grant and rotates every category anyone held, in one transaction", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "vitals");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs"]);
    await grant(patient, okafor, ["labs", "vitals"]);

    const plan = await planRevokeAll({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      shares: await listPatientShares(world.anvil.publicClient, world.consent, patient.address),
    });
    expect(new Set(plan.rotated)).toEqual(new Set(["labs", "vitals"]));
    expect(plan.uploads).toHaveLength(1); // the patient's own keyring only: nobody holds keys after
    const { receipt, events } = await world.carryOut(patient.wallet, plan);
    expect(events.map((e) => e.eventName)).toEqual(["AllAccessRevoked", "KeyringPublished"]);
    expect(new Set(events.map((e) => e.transactionHash))).toEqual(new Set([receipt.transactionHash]));

    const reader = consentReader(world.anvil.publicClient, world.consent);
    expect((await reader.grantOf(patient.address, rivera.address)).status).toBe("allRevoked");
    expect((await reader.grantOf(patient.address, okafor.address)).status).toBe("allRevoked");
    const own = await world.ownKeyring(patient);
    expect(generations(own.keys, CATEGORY.labs)).toEqual([1, 2]);
    expect(generations(own.keys, CATEGORY.vitals)).toEqual([1, 2]);
    expect(generations(own.keys, CATEGORY.medications)).toEqual([1]); // never shared: not rotated
  });

  it("also replaces the kinds of a share that already ran out (it still holds their current keys)", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "vitals");
    await grant(patient, rivera, ["labs"], "thisVisit");
    await grant(patient, okafor, ["vitals"]);
    await world.advance(25 * 3600); // Rivera's share runs out; nothing sealed since
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    expect(shares.find((s) => s.grantee === rivera.address)?.status).toBe("expired");

    const plan = await planRevokeAll({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      shares,
    });
    expect(new Set(plan.rotated)).toEqual(new Set(["labs", "vitals"]));
    await world.carryOut(patient.wallet, plan);
    const own = await world.ownKeyring(patient);
    expect(generations(own.keys, CATEGORY.labs)).toEqual([1, 2]);
    expect(generations(own.keys, CATEGORY.vitals)).toEqual([1, 2]);
  });
});
