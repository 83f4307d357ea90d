import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { CATEGORY, categoryOfRecordId } from "../consent/codes";
import { consentReader, consentWriter } from "../consent/consent";
import { fetchVerified } from "../ipfs/car";
import { KeyringError, readKeyring } from "../records/keyring";
import { openAnchoredRecord } from "../records/open";
import { type DirectoryEntry, listDirectory, UNVERIFIED_WARNING } from "./directory";
import { type GrantChoice, grantKeyringCar, openSharedKeyring, planGrant } from "./grantKeyring";
import { expiresAtFor, listSharedWith } from "./grants";
import { openSharedRecord } from "./openShared";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

describe("grantee keyrings against a real chain and IPFS node", () => {
  let world: SharingWorld;
  let rivera: Person;
  let stranger: Person;
  let entries: DirectoryEntry[];
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;

  beforeAll(async () => {
    world = await startSharingWorld();
    rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    stranger = await world.clinician("Dr. Unchecked", { verified: false });
    entries = await listDirectory(world.anvil.publicClient, world.directory);
  }, 60_000);
  afterAll(() => world?.stop());

  const choice = async (overrides: Partial<GrantChoice> = {}): Promise<GrantChoice> => ({
    categories: ["labs"],
    purposes: ["treatment"],
    expiresAt: expiresAtFor("days30", await world.chainNow()),
    ...overrides,
  });

  const grant = async (patient: Patient, grantee: Person, overrides: Partial<GrantChoice> = {}) => {
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(grantee),
      choice: await choice(overrides),
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
    return plan;
  };

  /** The keys the grantee finds for `patient`, as the clinician's browser finds them. */
  const keysFor = async (grantee: Person, patient: Patient) => {
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

  it("opens with the grantee's identity key and decrypts a record of a granted category, not of another", async () => {
    const patient = await world.patient();
    const [lab] = await world.addRecords(patient, "labs");
    const [medication] = await world.addRecords(patient, "medications");
    const plan = await grant(patient, rivera);
    expect(plan.uploads).toHaveLength(1);
    expect(plan.call.functionName).toBe("grant");

    const keys = await keysFor(rivera, patient);
    expect([...keys.keys()]).toEqual([1]); // labs only: no medications key at all
    const open = (record: typeof lab) =>
      openSharedRecord(record, {
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identityPrivateKey: rivera.identity.privateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
        keys,
      });
    const opened = await open(lab);
    expect(opened.status).toBe("verified");
    expect(opened.status === "verified" && new TextDecoder().decode(opened.content)).toContain("labs-0");
    expect(categoryOfRecordId(medication.recordId)).toBe("medications");
    expect(await open(medication)).toEqual({
      status: "notShared",
      reason: "The patient has not shared this kind of record with you.",
    });
    // Nor does any key the grantee holds open it when tried anyway.
    const forced = await openAnchoredRecord(medication, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: rivera.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys: new Map([[CATEGORY.medications, keys.get(CATEGORY.labs)!]]),
    });
    expect(forced.status).toBe("tampered");
    expect(
      await consentReader(world.anvil.publicClient, world.consent).canAccess(
        patient.address,
        rivera.address,
        "labs",
        "treatment",
      ),
    ).toBe(true);
  });

  it("is refused with a plain sentence by another identity key", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const plan = await grant(patient, rivera);
    const attempt = openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: plan.terms.keyringCid,
      me: rivera.address,
      identity: stranger.identity,
    });
    await expect(attempt).rejects.toBeInstanceOf(KeyringError);
    await expect(attempt).rejects.toThrow("another encryption key of yours");
  });

  it("has the same size for a patient with 1 record and with 50 (it never grows with the record count)", async () => {
    const few = await world.patient();
    await world.addRecords(few, "labs", 1);
    const many = await world.patient();
    await world.addRecords(many, "labs", 50);
    const fewPlan = await grant(few, rivera);
    const manyPlan = await grant(many, rivera);
    const size = (plan: typeof fewPlan) => plan.uploads[0].size;
    console.info(
      `grantee keyring CAR: ${size(fewPlan)} bytes with 1 record, ${size(manyPlan)} bytes with 50`,
    );
    expect(size(manyPlan)).toBe(size(fewPlan));
    // Both keyrings are published and open to one generation of one category.
    expect((await keysFor(rivera, many)).get(1)?.size).toBe(1);
  }, 60_000);

  it("grants 10 categories with one small keyring (figures printed)", async () => {
    const patient = await world.patient();
    const ten = [
      "vitals",
      "labs",
      "conditions",
      "medications",
      "allergies",
      "immunizations",
      "notes",
      "imaging",
      "documents",
      "aiResults",
    ] as const;
    for (const category of ten) await world.addRecords(patient, category);
    const started = performance.now();
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(rivera),
      choice: await choice({ categories: [...ten] }),
    });
    const clientMs = performance.now() - started;
    const { receipt } = await world.carryOut(patient.wallet, plan);
    console.info(
      `grant of 10 categories: client ${clientMs.toFixed(0)} ms, keyring ${plan.uploads[0].size} bytes, ${receipt.gasUsed} gas`,
    );
    expect((await keysFor(rivera, patient)).size).toBe(10);
  }, 60_000);

  it("starts a key for a granted category the patient has no records in, in the same transaction", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const plan = await grant(patient, rivera, { categories: ["labs", "imaging"] });
    expect(plan.uploads).toHaveLength(2);
    expect(plan.call.functionName).toBe("multicall");
    const own = await world.ownKeyring(patient);
    expect(own.cid).toBe(plan.uploads[0].cid.toString());
    expect(own.keys.get(7)?.get(1)).toEqual((await keysFor(rivera, patient)).get(7)?.get(1));
  });

  it("approves a request narrowed, with the keyring (and a first key) in the same transaction", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const { events } = await consentWriter(rivera.wallet, world.consent).requestAccess({
      patient: patient.address,
      categories: ["labs", "imaging", "notes"],
      purposes: ["treatment"],
      durationSeconds: 30 * 24 * 3600,
      reasonCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    });
    const requested = events.find((e) => e.eventName === "AccessRequested");
    const requestId = requested?.eventName === "AccessRequested" ? requested.args.requestId! : -1n;
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(rivera),
      choice: await choice({ categories: ["labs", "imaging"] }),
      requestId,
    });
    expect(plan.call.functionName).toBe("multicall");
    const sent = await world.carryOut(patient.wallet, plan);
    expect(sent.events.map((e) => e.eventName)).toEqual([
      "KeyringPublished",
      "AccessRequestApproved",
      "AccessGranted",
    ]);
    const keys = await keysFor(rivera, patient);
    expect([...keys.keys()].sort()).toEqual([CATEGORY.labs, CATEGORY.imaging]);
  });

  it("needs an explicit confirmation for an unverified grantee", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await expect(grant(patient, stranger)).rejects.toThrow(UNVERIFIED_WARNING);
    await grant(patient, stranger, { allowUnverified: true });
    expect((await keysFor(stranger, patient)).get(1)?.size).toBe(1);
  });

  it("holds only the keys in scope, wrapped for the grantee's Directory key", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "vitals");
    await world.addRecords(patient, "notes");
    const car = await grantKeyringCar(patient.keys, {
      chainId: CHAIN_ID,
      patient: patient.address,
      holder: entryOf(rivera),
      categories: ["vitals", "notes"],
    });
    await world.upload(car);
    const bytes = await fetchVerified(world.node.gatewayUrl, car.cid.toString());
    const file = readKeyring(bytes, { chainId: CHAIN_ID, patient: patient.address, holder: rivera.address });
    expect(file.keys.map((k) => k.category)).toEqual([0, 6]);
    expect(file.holderKey).toBe(rivera.identity.publicKeyHex);
    expect(file.keyVersion).toBe(1);
  });
});
