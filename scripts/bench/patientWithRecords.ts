// A fresh patient with `count` anchored records, made exactly as the app makes them: the
// identity key derived from the wallet's signature for the app's origin and registered, the
// patient's own keyring published, each record sealed with the keyring's category key, its CAR
// proved, imported and pinned, and the records anchored many per transaction. For the records
// view benchmark (scripts/bench-records-view.ts).
import PQueue from "p-queue";
import { type Address, createWalletClient, type Hex, http, publicActions } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import type { Category } from "../../lib/consent/codes.ts";
import { consentWriter, type RecordAnchor } from "../../lib/consent/consent.ts";
import { directoryAbi } from "../../lib/contracts/generated.ts";
import { sendCall } from "../../lib/contracts/sendCall.ts";
import { createIdentityKey } from "../../lib/crypto/identity.ts";
import { acceptCar } from "../../lib/ipfs/acceptCar.ts";
import { ipfsClient } from "../../lib/ipfs/client.ts";
import { currentKey } from "../../lib/records/keyring.ts";
import { minimalPdf } from "../../lib/records/minimalPdf.ts";
import { ownKeyringCar, withKeysFor } from "../../lib/records/ownKeyring.ts";
import { prepareFile, type RecordDraft } from "../../lib/records/prepare.ts";
import { sealDraft } from "../../lib/records/seal.ts";
import { syntheticPatientBundle } from "../../lib/records/synthetic.ts";
import { localChain } from "../../lib/wallet/localAccountWallet.ts";

export type BenchStack = {
  appUrl: string;
  rpcUrl: string;
  ipfsApiUrl: string;
  chainId: number;
  directory: Address;
  consent: Address;
};

export type SeededPatient = {
  privateKey: Hex;
  address: Address;
  /** Records anchored, by category. */
  byCategory: Partial<Record<Category, number>>;
  /** Lab results at each visit of each lab record: the most values one lab measurement can merge. */
  labValues: number;
};

/** Records anchored per transaction (about 4 M gas for 100 on the local chain). */
export const ANCHOR_BATCH = 100;
/** Records sealed and uploaded at once (sealing is CPU, uploading waits on the IPFS node). */
const SEAL_CONCURRENCY = 8;
/** Visits per synthetic export: each lab and vital-signs record holds this many dates. */
const VISITS = 4;
/** Every this many exports also carries conditions, medications, allergies and immunizations. */
const FULL_EXPORT_EVERY = 10;

/**
 * The drafts of `count` records: mostly lab results and vital signs from synthetic exports of
 * one clinic (a different seed and last-visit date each, so values differ), every tenth export
 * with its other categories too, one demographics record, and one PDF letter per fifty records.
 */
export async function benchDrafts(count: number, now = new Date()): Promise<RecordDraft[]> {
  const pdfs = Math.max(1, Math.round(count / 50));
  const drafts: RecordDraft[] = [];
  let demographics = false;
  for (let file = 0; drafts.length < count - pdfs; file++) {
    // Five days and seven minutes apart: no two exports share a visit's timestamp, so none of
    // their values is merged as the same measurement imported twice.
    const lastVisit = new Date(
      Date.UTC(2026, 9, 15, 9, 30) - file * (5 * 86_400_000 + 7 * 60_000),
    ).toISOString();
    const bundle = syntheticPatientBundle({ seed: 7_000 + file, visits: VISITS, lastVisit });
    const name = `riverside-export-${String(file + 1).padStart(4, "0")}.json`;
    const bytes = new TextEncoder().encode(JSON.stringify(bundle));
    for (const draft of (await prepareFile({ name, bytes }, { maxBytes: Number.POSITIVE_INFINITY, now }))
      .drafts) {
      const keep =
        draft.category === "labs" ||
        draft.category === "vitals" ||
        (draft.category === "demographics" ? !demographics : file % FULL_EXPORT_EVERY === 0);
      if (!keep || drafts.length >= count - pdfs) continue;
      if (draft.category === "demographics") demographics = true;
      drafts.push(draft);
    }
  }
  for (let i = 0; i < pdfs; i++) {
    const name = `clinic-letter-${String(i + 1).padStart(3, "0")}.pdf`;
    drafts.push(
      ...(
        await prepareFile(
          { name, bytes: minimalPdf(`Riverside Clinic letter ${i + 1} (benchmark)`) },
          { maxBytes: Number.POSITIVE_INFINITY, now },
        )
      ).drafts,
    );
  }
  return drafts;
}

export async function seedPatientWithRecords(stack: BenchStack, count: number): Promise<SeededPatient> {
  const privateKey = generatePrivateKey();
  const account = privateKeyToAccount(privateKey);
  const address = account.address;
  const patient = createWalletClient({
    account,
    chain: localChain(stack.chainId, stack.rpcUrl),
    transport: http(stack.rpcUrl),
  }).extend(publicActions);
  const funded = await fetch(stack.rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "anvil_setBalance",
      params: [address, "0x8ac7230489e80000"],
    }),
  });
  if (!funded.ok) throw new Error(`The local chain did not fund the patient (HTTP ${funded.status}).`);

  const identity = await createIdentityKey((message) => account.signMessage({ message }), {
    origin: stack.appUrl,
    chainId: stack.chainId,
    address,
  });
  await sendCall(patient, {
    address: stack.directory,
    abi: directoryAbi,
    functionName: "registerPatientKey",
    args: [identity.publicKeyHex],
  });

  const drafts = await benchDrafts(count);
  const ipfs = ipfsClient(stack.ipfsApiUrl);
  const { keys } = withKeysFor(
    new Map(),
    drafts.map((draft) => draft.category),
  );
  const keyring = await ownKeyringCar(keys, { chainId: stack.chainId, patient: address, identity });
  await acceptCar(Buffer.concat(keyring.parts), keyring.cid.toString(), ipfs);
  const writer = consentWriter(patient, stack.consent);
  await writer.publishKeyring(address, keyring.cid.toString());

  const queue = new PQueue({ concurrency: SEAL_CONCURRENCY });
  const anchors = await Promise.all(
    drafts.map((draft) =>
      queue.add(async (): Promise<RecordAnchor> => {
        const categoryKey = currentKey(keys, draft.category);
        if (!categoryKey) throw new Error(`The keyring has no key for ${draft.category}.`);
        const sealed = await sealDraft({
          draft,
          chainId: stack.chainId,
          consent: stack.consent,
          patient: address,
          categoryKey,
          patientPublicKey: identity.publicKey,
        });
        await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, ipfs);
        return { recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash };
      }),
    ),
  );
  // One sender, so one transaction after another (nonces in order); each anchors a batch.
  for (let i = 0; i < anchors.length; i += ANCHOR_BATCH) {
    await writer.anchorRecords(address, anchors.slice(i, i + ANCHOR_BATCH));
  }

  const byCategory: Partial<Record<Category, number>> = {};
  for (const draft of drafts) byCategory[draft.category] = (byCategory[draft.category] ?? 0) + 1;
  return { privateKey, address, byCategory, labValues: (byCategory.labs ?? 0) * VISITS };
}
