import type { RiskAssessment } from "@medplum/fhirtypes";
import { type Address, getAddress, hexToBytes } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { loadServerConfig } from "../config/server";
import { consentWriter } from "../consent/consent";
import { consentRegistryAbi, directoryAbi } from "../contracts/generated";
import { acceptCar } from "../ipfs/acceptCar";
import { listAnchoredRecords } from "../records/chain";
import { openAnchoredRecord } from "../records/open";
import { resourcesOf } from "../records/read";
import { syntheticPatientBundle } from "../records/synthetic";
import { listDirectory } from "../sharing/directory";
import { planGrant } from "../sharing/grantKeyring";
import { CHAIN_ID, type Patient, type SharingWorld, startSharingWorld } from "../sharing/testing";
import { categoriesOf } from "./card";
import { PCE_CARD } from "./cards";
import { survivalModelOnnx } from "./onnx/survivalModel";
import { PCE_SPEC } from "./pce/model";
import { pceRisk } from "./pce/risk";
import { storeArtifact } from "./publish";
import { type RunnerContext, runInference } from "./runner";
import { markResult, mayRequestRun, tooSoon } from "./server";
import { importFile, registerModel } from "./testing";

describe("the model runner: consented inference with a receipt, or a refusal and none", () => {
  let world: SharingWorld;
  let model: Awaited<ReturnType<typeof registerModel>>;
  const artifact = survivalModelOnnx(PCE_SPEC);

  beforeAll(async () => {
    world = await startSharingWorld();
    model = await registerModel(world, PCE_CARD, artifact);
  }, 120_000);
  afterAll(() => world?.stop());

  const context = (extra: Partial<RunnerContext> = {}): RunnerContext => ({
    client: world.anvil.publicClient,
    wallet: model.wallet,
    chainId: CHAIN_ID,
    consent: world.consent,
    gatewayUrl: world.node.gatewayUrl,
    identity: model.identity,
    entry: model.entry,
    patientPublicKey: async (patient) =>
      hexToBytes(
        await world.anvil.publicClient.readContract({
          address: world.directory,
          abi: directoryAbi,
          functionName: "patientKeyOf",
          args: [patient],
        }),
      ),
    store: async (cid, parts) => {
      await acceptCar(Buffer.concat(parts), cid, world.ipfs);
    },
    ...extra,
  });

  const patientWithRecords = async () => {
    const patient = await world.patient();
    await importFile(world, patient, "patient-7.json", syntheticPatientBundle({ seed: 7, visits: 3 }));
    return patient;
  };
  const consentTo = async (
    patient: Patient,
    options: { oneShot?: boolean; purposes?: ("aiInference" | "aiTraining")[] } = {},
  ) => {
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: model.entry,
      choice: {
        categories: categoriesOf(PCE_CARD),
        purposes: options.purposes ?? ["aiInference"],
        expiresAt: new Date((await world.chainNow()).getTime() + 86_400_000),
        oneShot: options.oneShot,
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
  };
  const receipts = async (patient: Address) =>
    world.anvil.publicClient.getContractEvents({
      address: world.consent,
      abi: consentRegistryAbi,
      eventName: "AccessLogged",
      args: { patient },
      fromBlock: 0n,
    });

  it("runs on consent: the risk the oracle gives, every input with its source, one receipt from the model, the result sealed for the patient", async () => {
    const patient = await patientWithRecords();
    await consentTo(patient);
    const outcome = await runInference(context(), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const { result } = outcome;
    const v = Object.fromEntries(result.inputs.map((i) => [i.name, i.value]));
    const group = v.female ? "whiteFemale" : "whiteMale";
    const oracle = pceRisk(group, {
      age: v.age,
      totalCholesterol: v.totalCholesterol,
      hdl: v.hdlCholesterol,
      systolicBp: v.systolicBloodPressure,
      treatedForHypertension: v.treatedHypertension === 1,
      smoker: v.smoker === 1,
      diabetes: v.diabetes === 1,
    });
    expect(Math.abs(result.risk - oracle)).toBeLessThan(1e-4);
    expect(result.inputs.find((i) => i.name === "treatedHypertension")?.text).toBe(
      "Yes (Lisinopril 10 mg tablet)",
    );
    expect(result.model).toMatchObject({
      address: model.address,
      artifactCid: model.artifactCid,
      cardCid: model.cardCid,
    });
    console.log(
      "one inference, by step (ms):",
      JSON.stringify(Object.fromEntries(Object.entries(outcome.timings).map(([k, t]) => [k, Math.round(t)]))),
    );

    const logged = await receipts(patient.address);
    expect(logged).toHaveLength(1);
    expect(getAddress(logged[0].args.grantee!)).toBe(model.address);
    expect(logged[0].args.purpose).toBe(1);
    expect(logged[0].transactionHash).toBe(result.receipt.transactionHash);
    expect(result.stored.transactionHash).toBe(result.receipt.transactionHash); // one transaction

    // The patient opens the result with their own key: a RiskAssessment by the model, in AI results.
    const stored = (await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address)).find(
      (r) => r.recordId === result.stored.recordId,
    )!;
    expect(stored.category).toBe("aiResults");
    expect(getAddress(stored.author)).toBe(model.address);
    const opened = await openAnchoredRecord(stored, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: patient.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
    });
    expect(opened.status).toBe("verified");
    const [assessment] = resourcesOf((opened as { content: Uint8Array }).content) as RiskAssessment[];
    expect(assessment.resourceType).toBe("RiskAssessment");
    expect(assessment.prediction?.[0].probabilityDecimal).toBeCloseTo(result.risk, 4);
    expect(assessment.performer?.display).toBe(PCE_CARD.name);
  }, 60_000);

  it("refuses without consent, after a revocation, and for training-only consent: nothing read, no receipt", async () => {
    const patient = await patientWithRecords();
    const none = await runInference(context(), { patient: patient.address, answers: { africanAmerican: 0 } });
    expect(none).toMatchObject({ ok: false, reason: "noConsent" });
    expect(none.ok || none.message).toBe(`You have not allowed ${PCE_CARD.name} to run on your records.`);

    await consentTo(patient, { purposes: ["aiTraining"] });
    const training = await runInference(context(), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    expect(training.ok || training.message).toMatch(/only for training/);

    await consentTo(patient);
    await consentWriter(patient.wallet, world.consent).revoke(model.address);
    const revoked = await runInference(context(), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    expect(revoked).toMatchObject({ ok: false, reason: "noConsent" });
    expect(await receipts(patient.address)).toHaveLength(0);
  }, 60_000);

  it("a one-shot consent allows exactly one run", async () => {
    const patient = await patientWithRecords();
    await consentTo(patient, { oneShot: true });
    const first = await runInference(context(), {
      patient: patient.address,
      answers: { africanAmerican: 1 },
    });
    expect(first.ok).toBe(true);
    const second = await runInference(context(), {
      patient: patient.address,
      answers: { africanAmerican: 1 },
    });
    expect(second).toMatchObject({ ok: false, reason: "noConsent" });
    expect(await receipts(patient.address)).toHaveLength(1);
  }, 60_000);

  it("refuses when race is not recorded and not answered, or when the artifact is not the registered one: no receipt", async () => {
    const patient = await patientWithRecords();
    await consentTo(patient);
    const unanswered = await runInference(context(), { patient: patient.address });
    expect(unanswered).toMatchObject({ ok: false, reason: "inputs" });
    expect(unanswered.ok ? [] : unanswered.problems?.map((p) => p.name)).toEqual(["africanAmerican"]);

    const tampered = artifact.slice();
    tampered[tampered.length - 5] ^= 1;
    const swapped = await runInference(context({ localArtifact: tampered }), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    expect(swapped).toMatchObject({ ok: false, reason: "artifact" });
    expect(swapped.ok || swapped.message).toMatch(/is not the one registered in the Directory/);
    expect(await receipts(patient.address)).toHaveLength(0);
  }, 60_000);

  it("a new artifact is a new identity: the consent given to the old one no longer lets it run", async () => {
    const other = await registerModel(world, PCE_CARD, survivalModelOnnx(PCE_SPEC));
    const entry = other.entry;
    const patient2 = await patientWithRecords();
    const grantTo = async (grantee: typeof entry) => {
      const plan = await planGrant({
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient2.address,
        identity: patient2.identity,
        own: { keys: patient2.keys, archived: new Map() },
        grantee,
        choice: {
          categories: categoriesOf(PCE_CARD),
          purposes: ["aiInference"],
          expiresAt: new Date((await world.chainNow()).getTime() + 86_400_000),
        },
      });
      await world.carryOut(patient2.wallet, plan);
      patient2.keys = plan.keys;
    };
    await grantTo(entry);
    const v3 = survivalModelOnnx({ ...PCE_SPEC, doc: `${PCE_SPEC.doc} Version 3.` });
    await world.directoryCall(other.wallet, "setModelArtifact", [
      await storeArtifact(world.ipfs, v3),
      "2013.3",
    ]);
    const latest = (await listDirectory(world.anvil.publicClient, world.directory)).find(
      (e) => e.address === other.address,
    )!;
    const outcome = await runInference(
      context({ wallet: other.wallet, identity: other.identity, entry: latest }),
      { patient: patient2.address, answers: { africanAmerican: 0 } },
    );
    expect(outcome).toMatchObject({ ok: false, reason: "noConsent" });
    expect(outcome.ok || outcome.message).toMatch(
      /has changed \(a new version or key\) since you allowed it/,
    );
    expect(await receipts(patient2.address)).toHaveLength(0);
  }, 60_000);

  it("only the patient, or a clinician treating them, may ask for a run (the route's check)", async () => {
    const patient = await patientWithRecords();
    const stranger = await world.clinician("Dr. Stranger, Nowhere");
    const config = loadServerConfig({
      CHAIN_ID: String(CHAIN_ID),
      RPC_URL: world.anvil.rpcUrl,
      CONSENT_ADDRESS: world.consent,
      DIRECTORY_ADDRESS: world.directory,
    } as unknown as NodeJS.ProcessEnv);
    expect(await mayRequestRun(config, patient.address, patient.address)).toBeNull();
    expect(await mayRequestRun(config, stranger.address, patient.address)).toMatch(/^Only the patient/);
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: (await listDirectory(world.anvil.publicClient, world.directory)).find(
        (e) => e.address === stranger.address,
      )!,
      choice: {
        categories: ["labs"],
        purposes: ["treatment"],
        expiresAt: new Date((await world.chainNow()).getTime() + 86_400_000),
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
    expect(await mayRequestRun(config, stranger.address, patient.address)).toBeNull();
    // Review 5: a run shows its inputs, so a clinician sharing lab results only may not run a model
    // that reads personal details, vital signs, medicines... — and never on a one-time permission.
    const pce = { address: model.address, card: PCE_CARD };
    expect(await mayRequestRun(config, stranger.address, patient.address, pce)).toMatch(
      /which the patient does not share with you/,
    );
    const wider = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: (await listDirectory(world.anvil.publicClient, world.directory)).find(
        (e) => e.address === stranger.address,
      )!,
      choice: {
        categories: categoriesOf(PCE_CARD),
        purposes: ["treatment"],
        expiresAt: new Date((await world.chainNow()).getTime() + 86_400_000),
      },
    });
    await world.carryOut(patient.wallet, wider);
    patient.keys = wider.keys;
    expect(await mayRequestRun(config, stranger.address, patient.address, pce)).toBeNull();
    await consentTo(patient, { oneShot: true });
    expect(await mayRequestRun(config, stranger.address, patient.address, pce)).toBe(
      "The patient allowed this model to run once: only the patient can use that run.",
    );
  }, 60_000);

  it("one result per patient and model every 30 seconds, asked after consent (review 5: 40 runs sent at once all went through)", async () => {
    const patient = await patientWithRecords();
    await consentTo(patient);
    const proceed = () => tooSoon(model.address, patient.address);
    const first = await runInference(context({ mayProceed: proceed }), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    expect(first.ok).toBe(true);
    markResult(model.address, patient.address);
    const second = await runInference(context({ mayProceed: proceed }), {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    expect(second).toMatchObject({ ok: false, reason: "tooSoon" });
    expect(second.ok || second.message).toMatch(
      /^This model gave you a result \d+ seconds ago\. Wait \d+ seconds/,
    );
    expect(await receipts(patient.address)).toHaveLength(1);
    expect(tooSoon(model.address, patient.address, Date.now() + 31_000)).toBeNull();
  }, 60_000);
});
