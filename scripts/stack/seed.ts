// Registers the demo participants on a fresh chain (idempotent): a verified clinician at
// Riverside Clinic and a verified AI model, with profiles and model card on IPFS. Their
// encryption keys are derived exactly as the app derives them (from a wallet signature), so
// signing in as them in the browser gives the same keys.
import { type Address, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { survivalModelOnnx } from "../../lib/ai/onnx/survivalModel.ts";
import { storeArtifact } from "../../lib/ai/publish.ts";
import { SHIPPED_MODELS } from "../../lib/ai/shipped.ts";
import { consentWriter, type RecordAnchor } from "../../lib/consent/consent.ts";
import { consentRegistryAbi, directoryAbi } from "../../lib/contracts/generated.ts";
import { type CallClient, sendCall } from "../../lib/contracts/sendCall.ts";
import { createIdentityKey } from "../../lib/crypto/identity.ts";
import { DEMO_PATIENT_NAME, DEV_ACCOUNTS } from "../../lib/dev/accounts.ts";
import { PARTICIPANT_KIND } from "../../lib/directory/kinds.ts";
import type { ProviderProfile } from "../../lib/directory/metadata.ts";
import { attestParticipant } from "../../lib/directory/verify.ts";
import { acceptCar } from "../../lib/ipfs/acceptCar.ts";
import { addJson, ipfsClient } from "../../lib/ipfs/client.ts";
import { currentKey } from "../../lib/records/keyring.ts";
import { minimalPdf } from "../../lib/records/minimalPdf.ts";
import { ownKeyringCar, withKeysFor } from "../../lib/records/ownKeyring.ts";
import { prepareFile } from "../../lib/records/prepare.ts";
import { sealDraft } from "../../lib/records/seal.ts";
import { syntheticPatientBundle } from "../../lib/records/synthetic.ts";
import { localChain } from "../../lib/wallet/localAccountWallet.ts";

type SeedOptions = {
  rpcUrl: string;
  chainId: number;
  /** The origin the app is served from: demo keys are derived for it, as the app derives them. */
  appOrigin: string;
  ipfsApiUrl: string;
  directory: Address;
  consent: Address;
};

const walletFor = (options: SeedOptions, privateKey: Hex) =>
  createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: localChain(options.chainId, options.rpcUrl),
    transport: http(options.rpcUrl),
  }).extend(publicActions);

const directoryCall = (
  options: SeedOptions,
  client: CallClient,
  functionName: string,
  args: readonly unknown[],
) => sendCall(client, { address: options.directory, abi: directoryAbi, functionName, args });

export async function seedDemo(options: SeedOptions): Promise<void> {
  const ipfs = ipfsClient(options.ipfsApiUrl);
  const verifier = walletFor(options, DEV_ACCOUNTS.deployer.privateKey);
  const send = (client: CallClient, functionName: string, args: readonly unknown[]) =>
    directoryCall(options, client, functionName, args);

  async function ensureRegistered(
    privateKey: Hex,
    register: (client: CallClient, key: Hex) => Promise<void>,
  ) {
    const client = walletFor(options, privateKey);
    const [kind, verified] = await client.readContract({
      address: options.directory,
      abi: directoryAbi,
      functionName: "statusOf",
      args: [client.account.address],
    });
    if (kind === PARTICIPANT_KIND.None) {
      const key = await createIdentityKey((message) => client.account.signMessage({ message }), {
        origin: options.appOrigin,
        chainId: options.chainId,
        address: client.account.address,
      });
      await register(client, key.publicKeyHex);
    }
    if (!verified) await attestParticipant(verifier, options.directory, client.account.address);
  }

  await ensureRegistered(DEV_ACCOUNTS.clinician.privateKey, async (client, key) => {
    const profile: ProviderProfile = {
      schema: "carekeys/provider-profile@1",
      name: "Dr. Maya Rivera",
      organization: "Riverside Clinic",
      specialty: "Cardiology",
      licence: { issuer: "Demo Medical Board", number: "DEMO-0001" },
    };
    await send(client, "registerProvider", [
      "Dr. Maya Rivera, Riverside Clinic",
      key,
      await addJson(ipfs, profile),
    ]);
  });

  // The shipped AI models: a model card and a deterministic ONNX artifact each (same bytes, same
  // CID every build), registered by the model's own account and verified. Adding a model is data:
  // a spec and a card, nothing in the runner.
  for (const { account, card, spec } of SHIPPED_MODELS) {
    await ensureRegistered(DEV_ACCOUNTS[account].privateKey, async (client, key) => {
      const artifact = await storeArtifact(ipfs, survivalModelOnnx(spec));
      await send(client, "registerModel", [
        card.name,
        key,
        await addJson(ipfs, card),
        artifact,
        card.version,
      ]);
    });
  }
}

/** The demo patient's FHIR export: named as the development wallet names the account. */
export const demoPatientExport = () =>
  syntheticPatientBundle({ seed: 42, visits: 4, name: DEMO_PATIENT_NAME });

/**
 * Gives the demo patient an encryption key, a keyring and a populated record: a synthetic FHIR
 * export and a PDF letter, sealed, pinned and anchored exactly as the app does it. Skipped when
 * the patient already has records.
 */
export async function seedDemoPatient(options: SeedOptions): Promise<void> {
  const patient = walletFor(options, DEV_ACCOUNTS.patient.privateKey);
  const address = patient.account.address;
  const existing = await patient.getContractEvents({
    address: options.consent,
    abi: consentRegistryAbi,
    eventName: "RecordsAnchored",
    args: { patient: address },
    fromBlock: 0n,
  });
  if (existing.length > 0) return;

  const identity = await createIdentityKey((message) => patient.account.signMessage({ message }), {
    origin: options.appOrigin,
    chainId: options.chainId,
    address,
  });
  const registered = await patient.readContract({
    address: options.directory,
    abi: directoryAbi,
    functionName: "patientKeyOf",
    args: [address],
  });
  if (registered !== identity.publicKeyHex) {
    await directoryCall(options, patient, "registerPatientKey", [identity.publicKeyHex]);
  }

  const now = new Date();
  const files = [
    {
      name: "riverside-clinic-export.json",
      bytes: new TextEncoder().encode(JSON.stringify(demoPatientExport())),
    },
    {
      name: "cardiology-letter.pdf",
      bytes: minimalPdf("Riverside Clinic - cardiology follow-up letter (demo)"),
    },
  ];
  const ipfs = ipfsClient(options.ipfsApiUrl);
  const prepared = await Promise.all(
    files.map((file) => prepareFile(file, { maxBytes: Number.POSITIVE_INFINITY, now })),
  );
  const drafts = prepared.flatMap((file) => file.drafts);
  // The patient's own keyring first, as the app does: the keys records are sealed with come from it.
  const { keys } = withKeysFor(
    new Map(),
    drafts.map((draft) => draft.category),
  );
  const keyring = await ownKeyringCar(keys, { chainId: options.chainId, patient: address, identity });
  await acceptCar(Buffer.concat(keyring.parts), keyring.cid.toString(), ipfs);
  const writer = consentWriter(patient, options.consent);
  await writer.publishKeyring(address, keyring.cid.toString());
  const anchors: RecordAnchor[] = [];
  for (const draft of drafts) {
    const categoryKey = currentKey(keys, draft.category);
    if (!categoryKey) throw new Error(`no key for ${draft.category}`);
    const sealed = await sealDraft({
      draft,
      chainId: options.chainId,
      consent: options.consent,
      patient: address,
      categoryKey,
      patientPublicKey: identity.publicKey,
    });
    await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, ipfs);
    anchors.push({ recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash });
  }
  await writer.anchorRecords(address, anchors);
}
