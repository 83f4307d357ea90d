import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { CATEGORY } from "../consent/codes";
import { ConsentError, consentReader, consentWriter } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { type CategoryKeys, currentKey } from "../records/keyring";
import { openAnchoredRecord } from "../records/open";
import { type DirectoryEntry, listDirectory } from "./directory";
import { exposureOf } from "./exposure";
import { openSharedKeyring, planGrant } from "./grantKeyring";
import { expiresAtFor, listPatientShares, listSharedWith } from "./grants";
import { openSharedRecord } from "./openShared";
import { holdersOf, type KeyChange, planRevocation } from "./revocation";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, worldWithTwoClinicians } from "./testing";

const LABS = CATEGORY.labs;
const MEDS = CATEGORY.medications;

describe("revocation with key rotation against a real chain and IPFS node", () => {
  let world: SharingWorld;
  let rivera: Person;
  let okafor: Person;
  let entries: DirectoryEntry[];
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;

  beforeAll(async () => {
    ({ world, rivera, okafor, entries } = await worldWithTwoClinicians());
  }, 60_000);
  afterAll(() => world?.stop());

  const grant = async (patient: Patient, grantee: Person, categories: ("labs" | "medications")[]) => {
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

  /** The keys in the latest keyring published for `grantee`, as its browser opens them. */
  const latestKeys = async (grantee: Person, patient: Patient) => {
    const shares = await listSharedWith(world.anvil.publicClient, world.consent, grantee.address);
    const share = shares.find((s) => s.patient === patient.address)!;
    return openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: share.keyringCid!,
      me: grantee.address,
      identity: grantee.identity,
    });
  };

  const plan = async (patient: Patient, change: KeyChange) =>
    planRevocation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      holders: holdersOf(
        await listPatientShares(world.anvil.publicClient, world.consent, patient.address),
        entries,
      ),
      change,
    });

  const generations = (keys: CategoryKeys, category: number) =>
    [...(keys.get(category)?.keys() ?? [])].sort();

  it("revokes one of two holders in one multicall and rotates exactly what it held", async () => {
    const patient = await world.patient();
    const [lab] = await world.addRecords(patient, "labs");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs"]);
    await grant(patient, okafor, ["labs", "medications"]);
    await consentWriter(rivera.wallet, world.consent).logAccess({
      patient: patient.address,
      recordIds: [lab.recordId],
      purpose: "treatment",
    });
    const ownBefore = (await world.ownKeyring(patient)).cid;

    const revocation = await plan(patient, { kind: "revoke", grantee: rivera.address, held: ["labs"] });
    expect(revocation.rotated).toEqual(["labs"]);
    expect(revocation.calls).toHaveLength(3); // revoke + own keyring + Okafor's keyring
    expect(revocation.keyrings.map((k) => k.holder)).toEqual([okafor.address]);
    const { receipt, events } = await world.carryOut(patient.wallet, revocation);
    expect(events.map((e) => e.eventName)).toEqual(["AccessRevoked", "KeyringPublished", "KeyringPublished"]);
    expect(new Set(events.map((e) => e.transactionHash))).toEqual(new Set([receipt.transactionHash]));
    patient.keys = revocation.keys;

    const reader = consentReader(world.anvil.publicClient, world.consent);
    expect(await reader.canAccess(patient.address, rivera.address, "labs", "treatment")).toBe(false);
    // The revoked grantee's latest keyring has no new generation; the remaining holder's and the patient's have it.
    const riveraKeys = await latestKeys(rivera, patient);
    const okaforKeys = await latestKeys(okafor, patient);
    const own = await world.ownKeyring(patient);
    expect(own.cid).not.toBe(ownBefore);
    expect(generations(riveraKeys, LABS)).toEqual([1]);
    expect(generations(okaforKeys, LABS)).toEqual([1, 2]);
    expect(generations(own.keys, LABS)).toEqual([1, 2]);
    expect(own.keys.get(LABS)?.get(2)).toEqual(okaforKeys.get(LABS)?.get(2));
    // Medications were not held by the revoked grantee: no rotation.
    expect(generations(own.keys, MEDS)).toEqual([1]);
    expect(generations(okaforKeys, MEDS)).toEqual([1]);

    // A record sealed after, with the new generation, opens for the remaining holder and not the revoked one.
    expect(currentKey(own.keys, "labs")?.generation).toBe(2);
    patient.keys = own.keys;
    const [later] = await world.addRecords(patient, "labs");
    const open = (who: Person, keys: CategoryKeys) =>
      openSharedRecord(later, {
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identityPrivateKey: who.identity.privateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
        keys,
      });
    expect((await open(okafor, okaforKeys)).status).toBe("verified");
    expect(await open(rivera, riveraKeys)).toEqual({
      status: "notShared",
      reason:
        "This record (lab results) was added after your access ended or changed, so you have no key for it.",
    });
    // Her old generation does not open it when tried anyway.
    const forced = await openAnchoredRecord(later, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: rivera.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys: new Map([[LABS, new Map([[2, riveraKeys.get(LABS)!.get(1)!]])]]),
    });
    expect(forced.status).toBe("tampered");
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    expect(shares.find((s) => s.grantee === rivera.address)?.status).toBe("revoked");

    // The honest receipt: what Rivera read, and the key generations she was given (not the new one).
    const exposure = await exposureOf(world.anvil.publicClient, {
      consent: world.consent,
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      grantee: rivera.address,
    });
    expect(exposure.reads.map((r) => [r.recordIds, r.purpose])).toEqual([[[lab.recordId], "treatment"]]);
    expect(exposure.reads[0].at).toBeInstanceOf(Date);
    expect(exposure.added).toEqual([]);
    expect(exposure.generations).toEqual([{ category: "labs", generations: [1] }]);
    expect(exposure.unreadKeyrings).toEqual([]);
  }, 60_000);

  it("rotates and re-publishes for 1 and for 20 remaining holders in one transaction (figures printed)", async () => {
    const extra: Person[] = [];
    for (let i = 0; i < 20; i++) extra.push(await world.clinician(`Dr. Holder ${i}, Test Clinic`));
    entries = await listDirectory(world.anvil.publicClient, world.directory);
    for (const remaining of [[okafor], extra]) {
      const patient = await world.patient();
      await world.addRecords(patient, "labs");
      await grant(patient, rivera, ["labs"]);
      for (const holder of remaining) await grant(patient, holder, ["labs"]);
      const started = performance.now();
      const revocation = await plan(patient, { kind: "revoke", grantee: rivera.address, held: ["labs"] });
      const clientMs = performance.now() - started;
      const { receipt } = await world.carryOut(patient.wallet, revocation);
      const bytes = revocation.uploads.reduce((sum, car) => sum + car.size, 0);
      console.info(
        `revoke + rotate, ${remaining.length} remaining holder(s): client ${clientMs.toFixed(0)} ms, ` +
          `${revocation.uploads.length} keyrings / ${bytes} bytes uploaded, one transaction of ${receipt.gasUsed} gas`,
      );
      expect(revocation.keyrings).toHaveLength(remaining.length);
      for (const holder of remaining.slice(0, 3)) {
        expect(generations(await latestKeys(holder, patient), LABS)).toEqual([1, 2]);
      }
    }
  }, 120_000);

  it("leaves nothing changed on chain when the multicall fails, refused or mined", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await grant(patient, rivera, ["labs"]);
    await grant(patient, okafor, ["labs"]);
    // A stale plan: Rivera is still listed as a holder, but her grant ends before it is sent, so
    // publishing her keyring reverts, and with it the revocation of Okafor in the same transaction.
    const stale = await plan(patient, { kind: "revoke", grantee: okafor.address, held: ["labs"] });
    expect(stale.keyrings.map((k) => k.holder)).toEqual([rivera.address]);
    const before = await world.ownKeyring(patient);
    await consentWriter(patient.wallet, world.consent).revoke(rivera.address);
    const published = () =>
      world.anvil.publicClient.getContractEvents({
        address: world.consent,
        abi: consentRegistryAbi,
        eventName: "KeyringPublished",
        args: { patient: patient.address },
        fromBlock: 0n,
      });
    const publishedBefore = (await published()).length;

    // Refused at simulation: nothing is sent.
    const refused = world.carryOut(patient.wallet, stale);
    await expect(refused).rejects.toBeInstanceOf(ConsentError);
    await expect(refused).rejects.toThrow("The patient's consent does not cover this");
    // Sent anyway (a wallet that skips simulation): mined, reverted as a whole.
    const hash = await patient.wallet.writeContract({
      address: world.consent,
      abi: consentRegistryAbi,
      functionName: "multicall",
      args: [stale.calls],
      gas: 1_000_000n,
    });
    expect((await world.anvil.publicClient.waitForTransactionReceipt({ hash })).status).toBe("reverted");

    const reader = consentReader(world.anvil.publicClient, world.consent);
    expect((await reader.grantOf(patient.address, okafor.address)).status).toBe("active");
    expect(await reader.canAccess(patient.address, okafor.address, "labs", "treatment")).toBe(true);
    expect((await published()).length).toBe(publishedBefore);
    const after = await world.ownKeyring(patient);
    expect(after.cid).toBe(before.cid);
    expect(generations(after.keys, LABS)).toEqual([1]);
    expect(generations(await latestKeys(okafor, patient), LABS)).toEqual([1]);
  }, 60_000);

  it("narrows a grant: the dropped categories rotate, the narrowed grantee keeps the rest", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "medications");
    await grant(patient, rivera, ["labs", "medications"]);
    await grant(patient, okafor, ["medications"]);
    const expiresAt = expiresAtFor("year1", await world.chainNow());
    const narrowing = await plan(patient, {
      kind: "narrow",
      grantee: entryOf(rivera),
      held: ["labs", "medications"],
      choice: { categories: ["labs"], purposes: ["treatment"], expiresAt },
    });
    expect(narrowing.rotated).toEqual(["medications"]);
    const { events } = await world.carryOut(patient.wallet, narrowing);
    expect(events.map((e) => e.eventName)).toEqual(["AccessGranted", "KeyringPublished", "KeyringPublished"]);

    const share = (await listPatientShares(world.anvil.publicClient, world.consent, patient.address)).find(
      (s) => s.grantee === rivera.address,
    );
    expect(share).toMatchObject({
      status: "active",
      categories: ["labs"],
      expiresAt,
      keyringCid: narrowing.terms?.keyringCid,
    });
    const riveraKeys = await latestKeys(rivera, patient);
    expect([...riveraKeys.keys()]).toEqual([LABS]);
    expect(generations(await latestKeys(okafor, patient), MEDS)).toEqual([1, 2]);
    expect(generations((await world.ownKeyring(patient)).keys, MEDS)).toEqual([1, 2]);
    expect(generations((await world.ownKeyring(patient)).keys, LABS)).toEqual([1]);
  }, 60_000);

  it("rotates what an expired grant held, re-publishing for the holders still active", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const now = await world.chainNow();
    const short = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(rivera),
      choice: { categories: ["labs"], purposes: ["treatment"], expiresAt: expiresAtFor("thisVisit", now) },
    });
    await world.carryOut(patient.wallet, short);
    await grant(patient, okafor, ["labs"]);
    await world.advance(2 * 24 * 3600);
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    expect(shares.find((s) => s.grantee === rivera.address)?.status).toBe("expired");
    const rotation = await plan(patient, {
      kind: "lapsed",
      grantees: [{ grantee: rivera.address, held: ["labs"] }],
    });
    expect(rotation.calls).toHaveLength(2); // own keyring + Okafor's (an expired grantee cannot be given one)
    await world.carryOut(patient.wallet, rotation);
    expect(generations(await latestKeys(okafor, patient), LABS)).toEqual([1, 2]);
    expect(generations(await latestKeys(rivera, patient), LABS)).toEqual([1]);
  }, 60_000);
});
