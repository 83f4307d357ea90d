// Regression tests from the outside review (issue 11): a party whose access ended in a way the
// lapsed check did not see kept reading records added afterwards. Each case follows the app's own
// sealing path (useSealingKeys: listPatientShares -> planLapsedRotation -> seal with its keys),
// then the former grantee tries the newest record with every keyring it was ever given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import type { Category } from "../consent/codes";
import { consentWriter } from "../consent/consent";
import { listAnchoredRecords } from "../records/chain";
import { listDirectory } from "./directory";
import { openSharedKeyring } from "./grantKeyring";
import { listPatientShares } from "./grants";
import { lapsedReason, planLapsedRotation } from "./lapsed";
import { openSharedRecord } from "./openShared";
import { planRevokeAll } from "./revokeAll";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

describe("records added after access ended, however it ended, are not readable by the former grantee", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  const shares = (patient: Patient) =>
    listPatientShares(world.anvil.publicClient, world.consent, patient.address);
  const grant = async (patient: Patient, grantee: Person, categories: Category[], seconds: number) =>
    world.grant(patient, grantee, {
      categories,
      purposes: ["treatment"],
      expiresAt: new Date((await world.chainNow()).getTime() + seconds * 1000),
    });

  /** The app's sealing path: rotate first if anyone whose access ended holds the keys, then add. */
  const addLikeTheApp = async (patient: Patient, category: Category) => {
    const own = await world.ownKeyring(patient);
    const rotation = await planLapsedRotation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      gatewayUrl: world.node.gatewayUrl,
      own: { keys: own.keys, archived: own.archived },
      shares: await shares(patient),
      directory: await listDirectory(world.anvil.publicClient, world.directory),
      categories: [category],
    });
    patient.keys = own.keys;
    if (rotation) {
      await world.carryOut(patient.wallet, rotation.plan);
      patient.keys = rotation.plan.keys;
    }
    const [record] = await world.addRecords(patient, category);
    return { record, rotation };
  };

  /** What the former grantee can open of `recordId` with each keyring it was ever given. */
  const formerGranteeOpens = async (
    patient: Patient,
    who: Person,
    keyringCids: string[],
    recordId: string,
  ) => {
    const records = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
    const record = records.find((r) => r.recordId === recordId)!;
    return Promise.all(
      keyringCids.map(async (cid) => {
        const keys = await openSharedKeyring({
          gatewayUrl: world.node.gatewayUrl,
          chainId: CHAIN_ID,
          patient: patient.address,
          cid,
          me: who.address,
          identity: who.identity,
        });
        const opened = await openSharedRecord(record, {
          gatewayUrl: world.node.gatewayUrl,
          chainId: CHAIN_ID,
          consent: world.consent,
          patient: patient.address,
          identityPrivateKey: who.identity.privateKey,
          maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
          keys,
        });
        return opened.status;
      }),
    );
  };

  it("a share that ran out and was then ended by 'stop sharing with everyone'", async () => {
    const rivera = await world.clinician("Dr. Expired, A Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await grant(patient, rivera, ["labs"], 3600);
    const given = (await shares(patient))[0].keyringCids;
    await world.advance(7200); // it runs out; nothing is sealed in between
    const own = await world.ownKeyring(patient);
    const plan = await planRevokeAll({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: own.keys, archived: own.archived },
      shares: await shares(patient),
    });
    expect(plan.rotated).toEqual(["labs"]);
    await world.carryOut(patient.wallet, plan);
    const { record, rotation } = await addLikeTheApp(patient, "labs");
    expect(rotation).toBeNull(); // "stop sharing" already replaced the keys
    expect(await formerGranteeOpens(patient, rivera, given, record.recordId)).toEqual(["notShared"]);
  });

  it("a share of lab results and vital signs that ran out, given again for vital signs only", async () => {
    const okafor = await world.clinician("Dr. Narrowed, B Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "vitals");
    await grant(patient, okafor, ["labs", "vitals"], 3600);
    await world.advance(7200);
    await grant(patient, okafor, ["vitals"], 30 * 86400); // active again, vital signs only
    const share = (await shares(patient))[0];
    expect(share.status).toBe("active");
    expect(share.keyringCids).toHaveLength(2);
    expect(new Set(share.everShared)).toEqual(new Set(["labs", "vitals"]));
    const { record, rotation } = await addLikeTheApp(patient, "labs");
    expect(rotation?.lapsed).toEqual([{ grantee: okafor.address, status: "active", held: ["labs"] }]);
    expect(await formerGranteeOpens(patient, okafor, share.keyringCids, record.recordId)).toEqual([
      "notShared",
      "notShared",
    ]);
    // Vital signs, still shared, are not replaced: the next one needs no new keys.
    expect((await addLikeTheApp(patient, "vitals")).rotation).toBeNull();
  });

  it("a share revoked outside this app (a plain revoke, no new keys)", async () => {
    const lee = await world.clinician("Dr. Revoked, C Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await grant(patient, lee, ["labs"], 30 * 86400);
    const given = (await shares(patient))[0].keyringCids;
    await consentWriter(patient.wallet, world.consent).revoke(lee.address);
    const { record, rotation } = await addLikeTheApp(patient, "labs");
    expect(rotation?.lapsed).toEqual([{ grantee: lee.address, status: "revoked", held: ["labs"] }]);
    expect(await formerGranteeOpens(patient, lee, given, record.recordId)).toEqual(["notShared"]);
    // Once replaced, the next lab record needs nothing more.
    expect((await addLikeTheApp(patient, "labs")).rotation).toBeNull();
  });
});

describe("a share about to end (review P2)", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it("counts as ended for sealing within its last 10 minutes: new keys first, which its party does not get", async () => {
    const rivera = await world.clinician("Dr. Almost Over, P Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const now = await world.chainNow();
    await world.grant(patient, rivera, {
      categories: ["labs"],
      purposes: ["treatment"],
      expiresAt: new Date(now.getTime() + 5 * 60_000),
    });
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    const own = await world.ownKeyring(patient);
    const input = {
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      gatewayUrl: world.node.gatewayUrl,
      own: { keys: own.keys, archived: own.archived },
      shares: await listPatientShares(world.anvil.publicClient, world.consent, patient.address),
      directory: entries,
      categories: ["labs"] as Category[],
    };
    expect(await planLapsedRotation(input)).toBeNull(); // without the chain's time: still active
    const rotation = await planLapsedRotation({ ...input, now: await world.chainNow() });
    expect(rotation?.lapsed).toEqual([
      { grantee: rivera.address, status: "active", held: ["labs"], endingSoon: true },
    ]);
    expect(rotation?.plan.keyrings).toEqual([]); // it gets no new keys
    expect(lapsedReason(rotation!.lapsed, () => "Dr. Almost Over")).toBe(
      "Replacing the keys of lab results: Dr. Almost Over's access ends in a few minutes",
    );
  });
});
