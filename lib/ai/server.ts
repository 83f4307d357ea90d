import {
  type Address,
  createWalletClient,
  getAddress,
  type Hex,
  hexToBytes,
  http,
  isAddressEqual,
  publicActions,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { chainClient } from "../auth/http";
import type { ServerConfig } from "../config/server";
import { CATEGORY_LABEL } from "../consent/codes";
import { consentReader } from "../consent/consent";
import { directoryAbi } from "../contracts/generated";
import { createIdentityKey, type IdentityKey } from "../crypto/identity";
import { acceptCar } from "../ipfs/acceptCar";
import { fetchVerifiedJson } from "../ipfs/car";
import { ipfsClient } from "../ipfs/client";
import { listDirectory } from "../sharing/directory";
import { localChain } from "../wallet/localAccountWallet";
import { categoriesOf, type ModelCard, modelCardSchema } from "./card";
import type { Answers } from "./inputs";
import { type InferenceOutcome, type RunnerContext, runInference } from "./runner";

/**
 * The model runner inside the app server: the model accounts it runs (from configuration), their
 * decryption keys (derived once per process, as the app derives one, for APP_ORIGIN), and one
 * queue per model so its transactions never race for a nonce.
 */

const identities = new Map<string, Promise<IdentityKey>>();
const queues = new Map<string, Promise<unknown>>();

/**
 * Who may ask a model to run on a patient's records: the patient; or a clinician whose active
 * treatment grant covers every kind of record the model reads (a run shows them its inputs, so
 * it must not show more than they may read: review 5), and only on a standing consent (a
 * one-time permission is the patient's to use). Null when allowed, else the sentence.
 */
export async function mayRequestRun(
  config: ServerConfig,
  requester: Address,
  patient: Address,
  model?: { address: Address; card: ModelCard },
): Promise<string | null> {
  if (isAddressEqual(requester, patient)) return null;
  const reader = consentReader(chainClient(config), config.public.consentAddress);
  const grant = await reader.grantOf(patient, requester);
  if (grant.status !== "active" || !grant.purposes.includes("treatment")) {
    return "Only the patient, or a clinician the patient shares records with for their treatment, can run a model on them.";
  }
  if (!model) return null;
  const missing = categoriesOf(model.card).filter((c) => !grant.categories.includes(c));
  if (missing.length > 0) {
    return `This model reads the patient's ${missing.map((c) => CATEGORY_LABEL[c]).join(", ")}, which the patient does not share with you, so you cannot run it for them.`;
  }
  const consent = await reader.grantOf(patient, model.address);
  if (consent.oneShot)
    return "The patient allowed this model to run once: only the patient can use that run.";
  return null;
}

/** When each (model, patient) last produced a result, and how many runs each model has waiting. */
const lastRun = new Map<string, number>();
const waiting = new Map<string, number>();
/** The shortest time between two results of one model for one patient. */
export const RUN_INTERVAL_MS = 30_000;
/** The most runs one model may have waiting at once on this server. */
export const RUN_QUEUE_LIMIT = 20;
const pairOf = (model: Address, patient: Address) => `${getAddress(model)}|${getAddress(patient)}`;

/** Whether one more run may wait for `model` (a bounded queue), or the sentence. */
export function queueRoom(model: Address): string | null {
  return (waiting.get(getAddress(model)) ?? 0) >= RUN_QUEUE_LIMIT
    ? "This model has too many runs waiting just now. Try again in a minute."
    : null;
}

/**
 * Whether `model` may produce another result for `patient` now: at most one every 30 seconds
 * (review 5: 40 runs sent at once all went through, each a receipt and a record). Asked inside the
 * model's queue, after the consent check, so refusals and questions never count.
 */
export function tooSoon(model: Address, patient: Address, now = Date.now()): string | null {
  const since = now - (lastRun.get(pairOf(model, patient)) ?? Number.NEGATIVE_INFINITY);
  if (since >= RUN_INTERVAL_MS) return null;
  return `This model gave you a result ${Math.round(since / 1000)} seconds ago. Wait ${Math.ceil((RUN_INTERVAL_MS - since) / 1000)} seconds before running it again.`;
}

/** A result was produced now (the pause before the next one starts). */
export function markResult(model: Address, patient: Address, now = Date.now()): void {
  lastRun.set(pairOf(model, patient), now);
}

/** Runs `model` for `patient` on this server, one run per model at a time. */
export async function runOnServer(
  config: ServerConfig,
  request: { model: Address; patient: Address; answers?: Answers; answeredBy?: string },
): Promise<InferenceOutcome | { ok: false; reason: "notRunHere"; message: string; timings: object }> {
  const key = config.modelRunnerKeys.find((k) =>
    isAddressEqual(privateKeyToAccount(k).address, request.model),
  );
  if (!key) {
    return {
      ok: false,
      reason: "notRunHere",
      message: "This model is not run by this CareKeys server, so it cannot run on your records here.",
      timings: {},
    };
  }
  const model = getAddress(request.model);
  waiting.set(model, (waiting.get(model) ?? 0) + 1);
  const previous = queues.get(model) ?? Promise.resolve();
  const run = previous
    .catch(() => {})
    .then(async () => {
      const context = await contextFor(config, key);
      const outcome = await runInference(
        { ...context, mayProceed: () => tooSoon(model, request.patient) },
        request,
      );
      if (outcome.ok) markResult(model, request.patient);
      return outcome;
    })
    .finally(() => waiting.set(model, Math.max(0, (waiting.get(model) ?? 1) - 1)));
  queues.set(model, run);
  return run;
}

/** The model card a model registered (verified against its CID), or null when it is not a readable model. */
export async function registeredCard(config: ServerConfig, model: Address): Promise<ModelCard | null> {
  const entry = (await listDirectory(chainClient(config), config.public.directoryAddress)).find((e) =>
    isAddressEqual(e.address, model),
  );
  if (entry?.kind !== "model") return null;
  const parsed = modelCardSchema.safeParse(
    await fetchVerifiedJson(config.IPFS_GATEWAY_URL, entry.profileCid).catch(() => null),
  );
  return parsed.success ? parsed.data : null;
}

async function contextFor(config: ServerConfig, privateKey: Hex): Promise<RunnerContext> {
  const client = chainClient(config);
  const wallet = createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: localChain(config.CHAIN_ID, config.RPC_URL),
    transport: http(config.RPC_URL),
  }).extend(publicActions);
  const address = wallet.account.address;
  const entry = (await listDirectory(client, config.public.directoryAddress)).find((e) =>
    isAddressEqual(e.address, address),
  );
  if (!entry) throw new Error("This model is not registered in the Directory.");
  const cacheKey = `${config.APP_ORIGIN}|${config.CHAIN_ID}|${address}`;
  if (!identities.has(cacheKey)) {
    const derived = createIdentityKey((message) => wallet.account.signMessage({ message }), {
      origin: config.APP_ORIGIN,
      chainId: config.CHAIN_ID,
      address,
    });
    identities.set(cacheKey, derived);
    // A failed derivation is tried again next time, not kept.
    derived.catch(() => identities.delete(cacheKey));
  }
  const ipfs = ipfsClient(config.IPFS_API_URL);
  return {
    client,
    wallet,
    chainId: config.CHAIN_ID,
    consent: config.public.consentAddress,
    gatewayUrl: config.IPFS_GATEWAY_URL,
    identity: await identities.get(cacheKey)!,
    entry,
    patientPublicKey: async (patient) =>
      hexToBytes(
        await client.readContract({
          address: config.public.directoryAddress,
          abi: directoryAbi,
          functionName: "patientKeyOf",
          args: [patient],
        }),
      ),
    store: async (cid, parts) => {
      await acceptCar(Buffer.concat(parts), cid, ipfs);
    },
  };
}
