import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentWriter } from "../consent/consent";
import { directoryAbi } from "../contracts/generated";
import { sendCall } from "../contracts/sendCall";
import { type DirectoryEntry, listDirectory } from "./directory";
import { shareHistoryOf } from "./exposure";
import { type GrantChoice, planGrant } from "./grantKeyring";
import {
  describeTerms,
  EXPIRY_PRESETS,
  expiresAtFor,
  listInWords,
  listPatientShares,
  listSharedWith,
  SHARE_STATUS_LABEL,
  UNTIL_REVOKED,
} from "./grants";
import { planRevocation } from "./revocation";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

describe("expiry presets and the terms in words", () => {
  const now = new Date("2026-03-05T10:00:00.500Z");

  it("turns each preset into an expiry counted from now", () => {
    expect(EXPIRY_PRESETS.map((preset) => expiresAtFor(preset, now).toISOString())).toEqual([
      "2026-03-06T10:00:00.000Z",
      "2026-04-04T10:00:00.000Z",
      "2027-03-05T10:00:00.000Z",
      "9999-12-31T23:59:59.000Z",
    ]);
  });

  it("says who can read what, why and until when, before the patient signs", () => {
    const rivera = { name: "Dr. Rivera, Mercy Clinic", verified: true };
    expect(
      describeTerms(
        rivera,
        {
          categories: ["labs", "medications"],
          purposes: ["treatment"],
          expiresAt: new Date("2027-03-05T12:00:00Z"),
        },
        { timeZone: "UTC" },
      ),
    ).toBe(
      "Dr. Rivera, Mercy Clinic (verified) can read your lab results and medications for your treatment until 5 Mar 2027",
    );
    expect(
      describeTerms(
        { name: "Unknown Clinic", verified: false },
        {
          categories: ["vitals", "labs", "notes"],
          purposes: ["treatment", "emergency"],
          expiresAt: UNTIL_REVOKED,
          write: true,
        },
      ),
    ).toBe(
      "Unknown Clinic (not verified) can read your vital signs, lab results and clinical notes for your treatment " +
        "and emergencies until you revoke it, and can add notes (and other records of these kinds) to your records",
    );
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
  });
});

describe("shares against a real chain", () => {
  let world: SharingWorld;
  let entries: DirectoryEntry[];
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;
  let patient: Patient;
  const clinicians: Record<string, Person> = {};

  beforeAll(async () => {
    world = await startSharingWorld();
    for (const name of ["active", "expired", "revoked", "suspended", "identityChanged", "used"]) {
      clinicians[name] = await world.clinician(`Dr. ${name}, Test Clinic`);
    }
    entries = await listDirectory(world.anvil.publicClient, world.directory);
    patient = await world.patient();
    await world.addRecords(patient, "labs");
  }, 60_000);
  afterAll(() => world?.stop());

  const grant = async (who: Patient, grantee: Person, choice: Partial<GrantChoice> = {}) => {
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: who.address,
      identity: who.identity,
      own: { keys: who.keys, archived: new Map() },
      grantee: entryOf(grantee),
      choice: {
        categories: ["labs"],
        purposes: ["treatment"],
        expiresAt: expiresAtFor("year1", await world.chainNow()),
        ...choice,
      },
    });
    await world.carryOut(who.wallet, plan);
    who.keys = plan.keys;
    return plan;
  };
  const shares = async (who: Patient) =>
    Object.fromEntries(
      (await listPatientShares(world.anvil.publicClient, world.consent, who.address)).map((s) => [
        Object.keys(clinicians).find((k) => clinicians[k].address === s.grantee) ?? s.grantee,
        s,
      ]),
    );

  it("lists every grantee ever granted with where its grant stands now", async () => {
    const writer = consentWriter(patient.wallet, world.consent);
    const activePlan = await grant(patient, clinicians.active, {
      write: true,
      categories: ["labs", "notes"],
    });
    await grant(patient, clinicians.expired, {
      expiresAt: expiresAtFor("thisVisit", await world.chainNow()),
    });
    await grant(patient, clinicians.revoked);
    await writer.revoke(clinicians.revoked.address);
    await grant(patient, clinicians.suspended);
    await sendCall(world.deployer, {
      address: world.directory,
      abi: directoryAbi,
      functionName: "revokeVerification",
      args: [clinicians.suspended.address],
    });
    await grant(patient, clinicians.identityChanged);
    await world.directoryCall(clinicians.identityChanged.wallet, "setEncryptionKey", [
      `0x${"22".repeat(32)}`,
    ]);
    await grant(patient, clinicians.used, { oneShot: true });
    const [lab] = await world.addRecords(patient, "labs");
    await consentWriter(clinicians.used.wallet, world.consent).logAccess({
      patient: patient.address,
      recordIds: [lab.recordId],
      purpose: "treatment",
    });

    let listed = await shares(patient);
    expect(Object.fromEntries(Object.entries(listed).map(([k, s]) => [k, s.status]))).toEqual({
      active: "active",
      expired: "active",
      revoked: "revoked",
      suspended: "suspended",
      identityChanged: "identityChanged",
      used: "used",
    });
    expect(listed.active).toMatchObject({
      patient: patient.address,
      categories: ["labs", "notes"],
      purposes: ["treatment"],
      write: true,
      oneShot: false,
      identity: 1,
      keyringCid: activePlan.terms.keyringCid,
    });
    // A revoked grant still shows what had been shared, and when it was stopped.
    expect(listed.revoked.categories).toEqual(["labs"]);
    expect(listed.revoked.endedInBlock).toBeTypeOf("bigint");
    expect(listed.used.endedInBlock).toBeTypeOf("bigint");
    expect(listed.active.endedInBlock).toBeNull();
    expect(SHARE_STATUS_LABEL.revoked).toBe("Stopped");
    // Walk #2: while a share runs, the patient sees what the party read and added, with dates.
    const used = await shareHistoryOf(world.anvil.publicClient, world.consent, listed.used);
    expect(used.reads).toHaveLength(1);
    expect(used.reads[0].at).toBeInstanceOf(Date);
    expect(used.endedAt?.getTime()).toBe(used.reads[0].at.getTime());
    const stopped = await shareHistoryOf(world.anvil.publicClient, world.consent, listed.revoked);
    expect(stopped.endedAt).toBeInstanceOf(Date);
    expect(SHARE_STATUS_LABEL[listed.suspended.status]).toMatch(/verification has lapsed/);

    await world.advance(2 * 24 * 3600);
    listed = await shares(patient);
    expect(listed.expired.status).toBe("expired");
    expect(listed.active.status).toBe("active");
  }, 60_000);

  it("shows a revoke-all, and a grantee the patients who shared with it with their latest keyring", async () => {
    const other = await world.patient();
    await world.addRecords(other, "labs");
    await grant(other, clinicians.active);
    await grant(other, clinicians.revoked);
    // A rotation re-publishes the active clinician's keyring: the share names the new one.
    const rotation = await planRevocation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: other.address,
      identity: other.identity,
      own: { keys: other.keys, archived: new Map() },
      holders: [{ ...entryOf(clinicians.active), categories: ["labs"] }],
      change: { kind: "revoke", grantee: clinicians.revoked.address, held: ["labs"] },
    });
    await world.carryOut(other.wallet, rotation);
    const mine = await listSharedWith(world.anvil.publicClient, world.consent, clinicians.active.address);
    expect(mine.map((s) => s.patient).sort()).toEqual([patient.address, other.address].sort());
    expect(mine.find((s) => s.patient === other.address)?.keyringCid).toBe(rotation.keyrings[0].cid);

    await consentWriter(other.wallet, world.consent).revokeAll();
    const ended = (await shares(other)).active;
    expect(ended.status).toBe("allRevoked");
    expect(ended.endedInBlock).toBeTypeOf("bigint");
    expect((await shares(other)).revoked.status).toBe("revoked");
  }, 60_000);
});
