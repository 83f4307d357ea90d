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
import { consentReader } from "../consent/consent";
import { directoryAbi } from "../contracts/generated";
import { createIdentityKey, type IdentityKey } from "../crypto/identity";
import { acceptCar } from "../ipfs/acceptCar";
import { ipfsClient } from "../ipfs/client";
import { listDirectory } from "../sharing/directory";
import { localChain } from "../wallet/localAccountWallet";
import type { Answers } from "./inputs";
import { type InferenceOutcome, type RunnerContext, runInference } from "./runner";

/**
 * The model runner inside the app server: the model accounts it runs (from configuration), their
 * decryption keys (derived once per process, as the app derives one, for APP_ORIGIN), and one
 * queue per model so its transactions never race for a nonce.
 */

const identities = new Map<string, Promise<IdentityKey>>();
const queues = new Map<string, Promise<unknown>>();

/** Who may ask a model to run on a patient's records: the patient, or a clinician treating them. */
export async function mayRequestRun(
  config: ServerConfig,
  requester: Address,
  patient: Address,
): Promise<string | null> {
  if (isAddressEqual(requester, patient)) return null;
  const grant = await consentReader(chainClient(config), config.public.consentAddress).grantOf(
    patient,
    requester,
  );
  if (grant.status === "active" && grant.purposes.includes("treatment")) return null;
  return "Only the patient, or a clinician the patient shares records with for their treatment, can run a model on them.";
}

/** Runs `model` for `patient` on this server, one run per model at a time. */
export async function runOnServer(
  config: ServerConfig,
  request: { model: Address; patient: Address; answers?: Answers },
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
  const previous = queues.get(model) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(async () => runInference(await contextFor(config, key), request));
  queues.set(model, run);
  return run;
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
    identities.set(
      cacheKey,
      createIdentityKey((message) => wallet.account.signMessage({ message }), {
        origin: config.APP_ORIGIN,
        chainId: config.CHAIN_ID,
        address,
      }),
    );
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
