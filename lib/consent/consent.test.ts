import type { Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentRegistryAbi } from "../contracts/generated";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { startAnvil } from "../testing/anvil";
import { deployWithVerifiedProvider } from "../testing/registry";
import { newRecordId } from "./codes";
import {
  ConsentError,
  consentReader,
  consentWriter,
  type GrantTerms,
  recordDigest,
  unpackGrant,
} from "./consent";
import { consentDomain, signGrant, signRevoke } from "./eip712";

const KEYRING = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";
const CID = "bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";
const HASH = `0x${"ab".repeat(32)}` as const;
const DAY = 24 * 3600 * 1000;

describe("lib/consent against a real chain", () => {
  let anvil: Awaited<ReturnType<typeof startAnvil>>;
  let consent: Address;
  const patientAccount = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
  const clinicianAccount = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
  const relayerAccount = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey);
  const patient = patientAccount.address;
  const clinician = clinicianAccount.address;
  let now: number;

  const terms = (overrides: Partial<GrantTerms> = {}): GrantTerms => ({
    grantee: clinician,
    categories: ["labs", "vitals"],
    purposes: ["treatment"],
    expiresAt: new Date(now + 30 * DAY),
    identity: 1,
    keyringCid: KEYRING,
    ...overrides,
  });

  /** Lets some chain time pass and returns the new latest block time: the `issuedAt` of a signature. */
  const tick = async () => {
    await anvil.publicClient.request({ method: "evm_increaseTime", params: [5] } as never);
    await anvil.publicClient.request({ method: "evm_mine", params: [] } as never);
    return Number((await anvil.publicClient.getBlock()).timestamp);
  };

  beforeAll(async () => {
    anvil = await startAnvil();
    const deployment = await deployWithVerifiedProvider(anvil, clinicianAccount);
    consent = deployment.consent;
    now = Number((await anvil.publicClient.getBlock()).timestamp) * 1000;
  });
  afterAll(() => anvil?.stop());

  it("grants, reads back in the app's words, logs a read, and decodes the events", async () => {
    const { events } = await consentWriter(anvil.wallet(patientAccount), consent).grant(terms());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventName: "AccessGranted", args: { patient, grantee: clinician } });
    const word = events[0].eventName === "AccessGranted" ? events[0].args.grant : 0n;
    expect(unpackGrant(word)).toEqual({
      categories: ["vitals", "labs"],
      purposes: ["treatment"],
      expiresAt: new Date(Math.floor((now + 30 * DAY) / 1000) * 1000),
      write: false,
      oneShot: false,
      requireVerified: true,
      epoch: 0,
      identity: 1,
      signedAt: null,
      nonce: 1,
    });
    // The contract's own decoder reads the same layout.
    const decoded = await anvil.publicClient.readContract({
      address: consent,
      abi: consentRegistryAbi,
      functionName: "decodeGrant",
      args: [word],
    });
    expect(decoded).toMatchObject({
      categories: 0b11,
      purposes: 1,
      identity: 1,
      signedAt: 0,
      nonce: 1,
      requireVerified: true,
    });

    const reader = consentReader(anvil.publicClient, consent);
    expect(await reader.canAccess(patient, clinician, "labs", "treatment")).toBe(true);
    expect(await reader.canAccess(patient, clinician, "labs", "aiTraining")).toBe(false);
    const grant = await reader.grantOf(patient, clinician);
    expect(grant).toMatchObject({
      categories: ["vitals", "labs"],
      purposes: ["treatment"],
      status: "active",
    });

    const recordId = newRecordId("labs");
    await consentWriter(anvil.wallet(patientAccount), consent).anchorRecords(patient, [
      { recordId, cid: CID, contentHash: HASH },
    ]);
    const logged = await consentWriter(anvil.wallet(clinicianAccount), consent).logAccess({
      patient,
      recordIds: [recordId],
      purpose: "treatment",
    });
    expect(logged.events[0]).toMatchObject({
      eventName: "AccessLogged",
      args: { patient, grantee: clinician, purpose: 0, recordIds: [recordId] },
    });
  });

  it("refuses a receipt outside the grant with a sentence a person understands", async () => {
    const writer = consentWriter(anvil.wallet(clinicianAccount), consent);
    const attempt = writer.logAccess({ patient, recordIds: [newRecordId("notes")], purpose: "treatment" });
    await expect(attempt).rejects.toBeInstanceOf(ConsentError);
    await expect(attempt).rejects.toThrow("The patient's consent does not cover this");
  });

  it("refuses a receipt naming a record that was never anchored for the patient (security review F4a)", async () => {
    const writer = consentWriter(anvil.wallet(clinicianAccount), consent);
    const attempt = writer.logAccess({ patient, recordIds: [newRecordId("labs")], purpose: "treatment" });
    await expect(attempt).rejects.toThrow("This record is not on the chain for this patient.");
  });

  it("anchors records under the patient, with the digest the contract computes, and refuses a clinician without a write grant", async () => {
    const recordId = newRecordId("labs");
    const { events } = await consentWriter(anvil.wallet(patientAccount), consent).anchorRecords(patient, [
      { recordId, cid: CID, contentHash: HASH },
    ]);
    expect(events[0]).toMatchObject({
      eventName: "RecordsAnchored",
      args: { patient, author: patient, records: [{ recordId, contentHash: HASH }] },
    });
    const reader = consentReader(anvil.publicClient, consent);
    const record = await reader.recordOf(patient, recordId);
    expect(record).toMatchObject({ anchored: true, superseded: false });
    expect(record.digest).toBe(recordDigest(patient, HASH, CID));
    expect(record.digest).not.toBe(recordDigest(clinician, HASH, CID));
    expect((await reader.recordOf(clinician, recordId)).anchored).toBe(false);
    await expect(
      consentWriter(anvil.wallet(clinicianAccount), consent).anchorRecords(patient, [
        { recordId: newRecordId("notes"), cid: CID, contentHash: HASH },
      ]),
    ).rejects.toThrow("You are not allowed to add records of this kind for this patient.");
  });

  it("relays a grant and a revocation signed off chain, and refuses a replay", async () => {
    const reader = consentReader(anvil.publicClient, consent);
    const relayer = consentWriter(anvil.wallet(relayerAccount), consent);
    const domain = consentDomain(31337, consent);
    const deadline = BigInt(Math.floor(now / 1000) + 3600);
    const signedTerms = terms({ categories: ["medications"] });
    const issuedAt = await tick();
    const { signatureEpoch, nonce } = await reader.signatureStateOf(patient, clinician);
    const signature = await signGrant(
      patientAccount,
      domain,
      signedTerms,
      { issuedAt, signatureEpoch, nonce },
      deadline,
    );
    await relayer.grantBySig({ patient, terms: signedTerms, issuedAt, deadline, signature });
    expect(await reader.canAccess(patient, clinician, "medications", "treatment")).toBe(true);
    expect((await reader.grantOf(patient, clinician)).signedAt).toEqual(new Date(issuedAt * 1000));
    await expect(
      relayer.grantBySig({ patient, terms: signedTerms, issuedAt, deadline, signature }),
    ).rejects.toThrow(/does not count/);

    const revokedAt = await tick();
    const revokeSig = await signRevoke(
      patientAccount,
      domain,
      clinician,
      { issuedAt: revokedAt, ...(await reader.signatureStateOf(patient, clinician)) },
      deadline,
    );
    const { events } = await relayer.revokeBySig({
      patient,
      grantee: clinician,
      issuedAt: revokedAt,
      deadline,
      signature: revokeSig,
    });
    expect(events[0]).toMatchObject({ eventName: "AccessRevoked", args: { patient, grantee: clinician } });
    expect(await reader.canAccess(patient, clinician, "medications", "treatment")).toBe(false);
  });

  it("refuses a grant signed before a revoke-all (regression: it restored access)", async () => {
    const reader = consentReader(anvil.publicClient, consent);
    const deadline = BigInt(Math.floor(now / 1000) + 3600);
    const signedTerms = terms({ categories: ["allergies"] });
    const issuedAt = await tick();
    const signature = await signGrant(
      patientAccount,
      consentDomain(31337, consent),
      signedTerms,
      { issuedAt, ...(await reader.signatureStateOf(patient, clinician)) },
      deadline,
    );
    await tick();
    await consentWriter(anvil.wallet(patientAccount), consent).revokeAll();
    await expect(
      consentWriter(anvil.wallet(relayerAccount), consent).grantBySig({
        patient,
        terms: signedTerms,
        issuedAt,
        deadline,
        signature,
      }),
    ).rejects.toThrow(/does not match this patient's consent/);
    expect(await reader.canAccess(patient, clinician, "allergies", "treatment")).toBe(false);
  });

  it("turns a request into a narrower grant, and refuses a wider one", async () => {
    const clinicianWriter = consentWriter(anvil.wallet(clinicianAccount), consent);
    const patientWriter = consentWriter(anvil.wallet(patientAccount), consent);
    const { events } = await clinicianWriter.requestAccess({
      patient,
      categories: ["labs", "conditions"],
      purposes: ["treatment"],
      durationSeconds: 7 * 24 * 3600,
      reasonCid: CID,
    });
    expect(events[0]).toMatchObject({ eventName: "AccessRequested", args: { write: false } });
    const requested = events.find((e) => e.eventName === "AccessRequested");
    const requestId = requested?.eventName === "AccessRequested" ? requested.args.requestId : -1n;
    expect(requestId).toBeGreaterThan(0n);

    await expect(patientWriter.approveRequest(requestId, terms({ categories: ["notes"] }))).rejects.toThrow(
      "You can approve less than was asked, but not more",
    );
    await expect(patientWriter.approveRequest(requestId, terms({ write: true }))).rejects.toThrow(
      "You can approve less than was asked, but not more",
    );
    const approved = await patientWriter.approveRequest(
      requestId,
      terms({ categories: ["labs"], expiresAt: new Date(now + DAY) }),
    );
    expect(approved.events.map((e) => e.eventName)).toEqual(["AccessRequestApproved", "AccessGranted"]);
    expect(
      await consentReader(anvil.publicClient, consent).canAccess(
        patient,
        clinician,
        "conditions",
        "treatment",
      ),
    ).toBe(false);
  });

  it("keeps one open request per clinician and patient: a second one is refused until withdrawn", async () => {
    const clinicianWriter = consentWriter(anvil.wallet(clinicianAccount), consent);
    const reader = consentReader(anvil.publicClient, consent);
    const ask = () =>
      clinicianWriter.requestAccess({
        patient,
        categories: ["labs"],
        purposes: ["treatment"],
        durationSeconds: DAY / 1000,
        reasonCid: CID,
      });
    await ask();
    const open = await reader.openRequestOf(clinician, patient);
    expect(open).toBeGreaterThan(0n);
    await expect(ask()).rejects.toThrow("You already have a request waiting for this patient's answer.");
    const { events } = await clinicianWriter.withdrawRequest(open);
    expect(events[0]).toMatchObject({
      eventName: "AccessRequestWithdrawn",
      args: { requestId: open, patient, grantee: clinician },
    });
    expect(await reader.openRequestOf(clinician, patient)).toBe(0n);
    await expect(consentWriter(anvil.wallet(patientAccount), consent).withdrawRequest(open)).rejects.toThrow(
      "This access request does not exist any more: it was answered, withdrawn, or replaced by a newer one.",
    );
    await ask();
    const next = await reader.openRequestOf(clinician, patient);
    await expect(consentWriter(anvil.wallet(patientAccount), consent).withdrawRequest(next)).rejects.toThrow(
      "Only the clinician who sent this request can withdraw it.",
    );
    await consentWriter(anvil.wallet(patientAccount), consent).denyRequest(next);
  });

  it("ends every grant with revokeAll", async () => {
    const writer = consentWriter(anvil.wallet(patientAccount), consent);
    await writer.grant(terms({ categories: ["imaging"] }));
    const { events } = await writer.revokeAll();
    expect(events[0]).toMatchObject({ eventName: "AllAccessRevoked", args: { patient } });
    expect(
      await consentReader(anvil.publicClient, consent).canAccess(patient, clinician, "imaging", "treatment"),
    ).toBe(false);
  });

  it("asks for explicit consent before sharing with an unverified or unknown account", async () => {
    const writer = consentWriter(anvil.wallet(patientAccount), consent);
    await expect(writer.grant(terms({ grantee: relayerAccount.address }))).rejects.toThrow(
      "This account is not registered as a clinician or AI model in CareKeys.",
    );
  });
});
