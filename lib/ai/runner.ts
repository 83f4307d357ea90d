import type { RiskAssessment } from "@medplum/fhirtypes";
import * as ort from "onnxruntime-node";
import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  isAddressEqual,
  type PublicClient,
} from "viem";
import { CATEGORY_LABEL, type Category, PURPOSE } from "../consent/codes";
import { consentReader, toChainAnchors } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { type CallClient, sendCall } from "../contracts/sendCall";
import { randomBytes } from "../crypto/aead";
import type { IdentityKey } from "../crypto/identity";
import { buildCar, fetchVerified, IntegrityError } from "../ipfs/car";
import { listAnchoredRecords } from "../records/chain";
import { shownFileName } from "../records/fileName";
import { FHIR_JSON } from "../records/prepare";
import { resourcesOf } from "../records/read";
import { type SealedRecord, sealDraft } from "../records/seal";
import { multicallOf } from "../sharing/calls";
import { AUTHOR_KEY_GENERATION } from "../sharing/clinicianNote";
import type { DirectoryEntry } from "../sharing/directory";
import { openSharedKeyring } from "../sharing/grantKeyring";
import { listPatientShares } from "../sharing/grants";
import { openSharedRecord } from "../sharing/openShared";
import { categoriesOf, type ModelCard, modelCardSchema } from "./card";
import { type Answers, type InputProblem, readModelInputs, type UsedInput } from "./inputs";
import { percentText } from "./percent";

/**
 * The model runner: runs one registered model for one patient, only on consent, and leaves a
 * receipt. Server-side, with the model's own account and identity key. In order:
 *   1. chain check: the model's grant from the patient is active for AI inference and covers every
 *      kind of record the card's inputs need (a training-only, expired, revoked or one-shot-used
 *      grant is refused: nothing is read and no receipt is written);
 *   2. fetch: the card and artifact by their registered CIDs (every block verified; an artifact
 *      whose bytes do not hash to the registered CID is refused), the keyring, the records;
 *   3. decrypt in memory; 4. map FHIR to the card's inputs (missing or out-of-range: refused,
 *      no receipt); 5. run the ONNX artifact;
 *   6. receipt: `logAccess` from the model's account, purpose AI inference, the records read
 *      (a one-shot consent is used up here);
 *   7. store: a FHIR RiskAssessment sealed for the patient alone (a key of its own, wrapped for
 *      the patient's identity key, as a clinician's note), pinned and anchored under AI results.
 * Plaintext stays in this process's memory; nothing of it is logged.
 */

export type RunnerContext = {
  client: Pick<PublicClient, "readContract" | "getContractEvents" | "getBlock">;
  /** The model's account: sends the receipt and anchors the result. */
  wallet: CallClient;
  chainId: number;
  consent: Address;
  gatewayUrl: string;
  /** The model's identity key (its Directory encryption key). */
  identity: IdentityKey;
  /** The model's Directory entry as it is now. */
  entry: DirectoryEntry;
  /** The patient's registered identity public key (the result is sealed for it). */
  patientPublicKey: (patient: Address) => Promise<Uint8Array>;
  /** Pins a CAR on the IPFS node (the runner's own, server-side). */
  store: (cid: string, parts: Uint8Array[]) => Promise<void>;
  /** Asked once consent is confirmed, before anything is read: a sentence stops the run (too soon after the last). */
  mayProceed?: () => string | null;
  /** An artifact the operator deployed with the runner, checked against the registered CID. */
  localArtifact?: Uint8Array;
  now?: () => Date;
};

export type Step = "chain" | "fetch" | "decrypt" | "map" | "run" | "receipt" | "store";
export type Timings = Partial<Record<Step, number>>;

export type InferenceResult = {
  model: { address: Address; name: string; version: string; artifactCid: string; cardCid: string };
  /** 0..1 */
  risk: number;
  /** "8.4 %" */
  text: string;
  inputs: UsedInput[];
  receipt: { transactionHash: Hex; records: number; byCategory: { category: Category; records: number }[] };
  stored: { recordId: Hex; cid: string; transactionHash: Hex };
};

export type InferenceOutcome =
  | { ok: true; result: InferenceResult; timings: Timings }
  | {
      ok: false;
      reason: "noConsent" | "inputs" | "artifact" | "unavailable" | "tooSoon";
      message: string;
      problems?: InputProblem[];
      timings: Timings;
    };

/** Why a model may not run for this patient now, in the patient's words; null when it may. */
export async function consentProblem(
  context: Pick<RunnerContext, "client" | "consent" | "entry">,
  patient: Address,
  card: ModelCard,
): Promise<string | null> {
  const grant = await consentReader(context.client, context.consent).grantOf(patient, context.entry.address);
  const name = context.entry.name;
  switch (grant.status) {
    case "none":
      return `You have not allowed ${name} to run on your records.`;
    case "expired":
      return `Your permission for ${name} to run on your records has ended.`;
    case "allRevoked":
      return `You stopped sharing with everyone, so ${name} may not run on your records.`;
    case "suspended":
      return `${name} is no longer verified, so your permission is paused.`;
    case "identityChanged":
      return `${name} has changed (a new version or key) since you allowed it: allow the new version first.`;
  }
  if (!grant.purposes.includes("aiInference")) {
    return `You allowed ${name} only for ${grant.purposes.includes("aiTraining") ? "training" : "other purposes"}, not to run on your records.`;
  }
  const missing = categoriesOf(card).filter((c) => !grant.categories.includes(c));
  if (missing.length > 0) {
    return `${name} needs your ${missing.map((c) => CATEGORY_LABEL[c]).join(", ")}, which you have not allowed it to read.`;
  }
  return null;
}

/** The card and artifact a Directory entry registers, each verified against its CID. */
export async function loadRegisteredModel(
  gatewayUrl: string,
  entry: DirectoryEntry,
  localArtifact?: Uint8Array,
): Promise<{ card: ModelCard; artifact: Uint8Array }> {
  if (entry.kind !== "model" || !entry.artifactCid)
    throw new IntegrityError(`${entry.name} is not a registered model.`);
  const card = modelCardSchema.parse(
    JSON.parse(new TextDecoder().decode(await fetchVerified(gatewayUrl, entry.profileCid))),
  );
  const artifact = localArtifact ?? (await fetchVerified(gatewayUrl, entry.artifactCid));
  const cid = (await buildCar(artifact)).cid.toString();
  if (cid !== entry.artifactCid) {
    throw new IntegrityError(
      `The model's file (${cid}) is not the one registered in the Directory (${entry.artifactCid}): it was not run.`,
    );
  }
  return { card, artifact };
}

/** Sessions by artifact CID: an artifact is loaded once per process. */
const sessions = new Map<string, Promise<ort.InferenceSession>>();

/** Runs an artifact on rows of inputs (card order); returns one output per row. */
export async function score(
  artifactCid: string,
  artifact: Uint8Array,
  rows: readonly number[][],
): Promise<Float32Array> {
  if (!sessions.has(artifactCid)) sessions.set(artifactCid, ort.InferenceSession.create(artifact));
  const session = await sessions.get(artifactCid)!;
  const width = rows[0]?.length ?? 0;
  const x = new ort.Tensor("float32", Float32Array.from(rows.flat()), [rows.length, width]);
  const out = await session.run({ x });
  return out[session.outputNames[0]].data as Float32Array;
}

export { percentText } from "./percent";

/** How many records the runner opens at once. */
const DECRYPT_CONCURRENCY = 8;

/** `work` over `items`, at most `limit` at a time, results in order. */
async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

export async function runInference(
  context: RunnerContext,
  request: { patient: Address; answers?: Answers; answeredBy?: string },
): Promise<InferenceOutcome> {
  const timings: Timings = {};
  const patient = getAddress(request.patient);
  const now = context.now ?? (() => new Date());
  const step = async <T>(name: Step, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = (timings[name] ?? 0) + (performance.now() - started);
    }
  };

  let card: ModelCard;
  let artifact: Uint8Array;
  try {
    ({ card, artifact } = await step("fetch", () =>
      loadRegisteredModel(context.gatewayUrl, context.entry, context.localArtifact),
    ));
  } catch (error) {
    return { ok: false, reason: "artifact", message: (error as Error).message, timings };
  }

  const refused = await step("chain", () => consentProblem(context, patient, card));
  if (refused) return { ok: false, reason: "noConsent", message: refused, timings };
  const wait = context.mayProceed?.() ?? null;
  if (wait) return { ok: false, reason: "tooSoon", message: wait, timings };

  const categories = categoriesOf(card);
  const { keys, records } = await step("fetch", async () => {
    const share = (await listPatientShares(context.client, context.consent, patient)).find((s) =>
      isAddressEqual(s.grantee, context.entry.address),
    );
    const keys = await openSharedKeyring({
      gatewayUrl: context.gatewayUrl,
      chainId: context.chainId,
      patient,
      cid: share!.keyringCid!,
      me: context.entry.address,
      identity: context.identity,
    });
    const records = (await listAnchoredRecords(context.client, context.consent, patient)).filter(
      (r) => r.category && categories.includes(r.category) && isAddressEqual(r.author, patient),
    );
    return { keys, records };
  });

  // Consent checked again right before anything is decrypted (a revocation while the records were
  // fetched stops the run here), then at most 8 records open at a time: memory stays bounded.
  const stillAllowed = await step("chain", () => consentProblem(context, patient, card));
  if (stillAllowed) return { ok: false, reason: "noConsent", message: stillAllowed, timings };
  const opened = await step("decrypt", () =>
    inBatches(records, DECRYPT_CONCURRENCY, async (record) => ({
      record,
      opened: await openSharedRecord(record, {
        gatewayUrl: context.gatewayUrl,
        chainId: context.chainId,
        consent: context.consent,
        patient,
        identityPrivateKey: context.identity.privateKey,
        keys,
        maxBytes: 4 * 1024 * 1024,
      }),
    })),
  );
  const read = opened.flatMap(({ record, opened }) => {
    if (opened.status !== "verified" || opened.meta.type !== FHIR_JSON) return [];
    const resources = resourcesOf(opened.content);
    return resources ? [{ record, name: shownFileName(opened.meta, opened.content), resources }] : [];
  });

  const mapped = await step("map", async () =>
    readModelInputs(card, read, { asOf: now(), answers: request.answers, answeredBy: request.answeredBy }),
  );
  if (!mapped.ok) {
    return {
      ok: false,
      reason: "inputs",
      message: `${card.name} cannot give you a result: ${mapped.problems.map((p) => p.message).join(" ")}`,
      problems: mapped.problems,
      timings,
    };
  }

  const [risk] = await step("run", () => score(context.entry.artifactCid!, artifact, [mapped.row]));

  const model = {
    address: context.entry.address,
    name: context.entry.name,
    version: context.entry.modelVersion ?? card.version,
    artifactCid: context.entry.artifactCid!,
    cardCid: context.entry.profileCid,
  };
  const sealed = await step("store", async () => {
    const assessment = riskAssessment({
      card,
      model,
      risk,
      inputs: mapped.inputs,
      patient,
      chainId: context.chainId,
      now: now(),
      recordsRead: read.length,
    });
    const sealed = await sealResult(context, patient, assessment, card);
    await context.store(sealed.cid, sealed.carParts);
    return sealed;
  });
  // ONE transaction from the model's account: the result anchored (while the consent still holds),
  // then the read receipt (which uses up a one-shot consent). Both land, or neither.
  const receipt = await step("receipt", () =>
    sendCall(
      context.wallet,
      multicallOf(context.consent, [
        encodeFunctionData({
          abi: consentRegistryAbi,
          functionName: "anchorRecords",
          args: [
            patient,
            toChainAnchors([{ recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash }]),
          ],
        }),
        encodeFunctionData({
          abi: consentRegistryAbi,
          functionName: "logAccess",
          args: [patient, read.map((r) => r.record.recordId), PURPOSE.aiInference],
        }),
      ]),
    ),
  );
  const stored = { recordId: sealed.recordId, cid: sealed.cid, transactionHash: receipt.transactionHash };

  return {
    ok: true,
    timings,
    result: {
      model,
      risk,
      text: percentText(risk),
      inputs: mapped.inputs,
      receipt: {
        transactionHash: receipt.transactionHash,
        records: read.length,
        byCategory: [...new Set(read.map((r) => r.record.category!))].map((category) => ({
          category,
          records: read.filter((r) => r.record.category === category).length,
        })),
      },
      stored,
    },
  };
}

const AI_RESULTS: Category = "aiResults";

async function sealResult(
  context: RunnerContext,
  patient: Address,
  assessment: RiskAssessment,
  card: ModelCard,
): Promise<SealedRecord> {
  return sealDraft({
    draft: {
      category: AI_RESULTS,
      meta: { name: `${card.name}.json`, type: FHIR_JSON, createdAt: assessment.occurrenceDateTime! },
      content: new TextEncoder().encode(JSON.stringify(assessment)),
      summary: card.output.label,
    },
    chainId: context.chainId,
    consent: context.consent,
    patient,
    categoryKey: { generation: AUTHOR_KEY_GENERATION, key: randomBytes(32) },
    patientPublicKey: await context.patientPublicKey(patient),
  });
}

const accountIdentifier = (chainId: number, address: Address) => ({
  system: `urn:carekeys:eip155:${chainId}`,
  value: getAddress(address),
});

/** The result as FHIR R4: who ran what on which inputs, with the receipt's transaction. */
export function riskAssessment(input: {
  card: ModelCard;
  model: InferenceResult["model"];
  risk: number;
  inputs: readonly UsedInput[];
  patient: Address;
  chainId: number;
  now: Date;
  recordsRead: number;
}): RiskAssessment {
  const { card, model } = input;
  return {
    resourceType: "RiskAssessment",
    status: "final",
    subject: { identifier: accountIdentifier(input.chainId, input.patient) },
    occurrenceDateTime: input.now.toISOString(),
    performer: { display: model.name, identifier: accountIdentifier(input.chainId, model.address) },
    method: {
      text: `${card.name}, version ${model.version} (artifact ${model.artifactCid}, model card ${model.cardCid})`,
    },
    basis: [
      {
        display: `${input.recordsRead} of the patient's records, listed in the read receipt logged on chain in the transaction that added this result`,
      },
    ],
    prediction: [
      {
        outcome: { coding: [card.outcome], text: card.output.label },
        probabilityDecimal: Number(input.risk.toFixed(4)),
        whenRange: { high: { value: 10, unit: "years", system: "http://unitsofmeasure.org", code: "a" } },
      },
    ],
    note: [
      ...input.inputs.map((i) => ({ text: `${i.label}: ${i.text} — ${i.from}` })),
      { text: card.intendedUse },
    ],
  };
}
