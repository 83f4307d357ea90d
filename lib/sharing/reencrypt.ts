import type { Address, Hex, PublicClient } from "viem";
import type { Category } from "../consent/codes";
import { consentReader, toChainAnchors } from "../consent/consent";
import type { ContractCall } from "../contracts/sendCall";
import { readHeader } from "../crypto/envelope";
import type { IdentityKey } from "../crypto/identity";
import { fetchVerified } from "../ipfs/car";
import { type AnchoredRecord, listAnchoredRecords } from "../records/chain";
import { type ArchivedKeys, type CategoryKeys, currentKey } from "../records/keyring";
import { openAnchoredRecord, recordReadLimits } from "../records/open";
import { sealDraft } from "../records/seal";
import { consentCall, encodeCall, multicallOf } from "./calls";

/** How many records one transaction re-anchors (one wallet prompt each). */
export const REENCRYPT_BATCH = 20;

type Client = Pick<PublicClient, "getContractEvents" | "getBlock" | "readContract">;

export type ReencryptContext = {
  client: Client;
  gatewayUrl: string;
  chainId: number;
  consent: Address;
  patient: Address;
  identity: IdentityKey;
  /** The patient's own keyring, unwrapped: the newest generation of each category seals. */
  keys: CategoryKeys;
  archived: ArchivedKeys;
  /** The largest record this server accepts (`maxRecordBytes`): no record read fetches more. */
  maxRecordBytes: number;
};

/** A record of the patient's sealed under an older generation than the category's newest. */
export type OutdatedRecord = { record: AnchoredRecord; generation: number; current: number };

export type ReencryptScan = {
  outdated: OutdatedRecord[];
  /** Records others added (a clinician's note): sealed with their author's own key, never re-sealed. */
  byOthers: number;
  /** Records whose file could not be read now: left as they are, checked again next time. */
  unreadable: AnchoredRecord[];
};

/**
 * The patient's current records (superseded ones are not listed, so a record already re-encrypted
 * is never found again) in `categories` (every category when omitted) that are sealed under an
 * older generation than the newest in the patient's own keyring. Only the patient's own records:
 * a note another author added is sealed with a key of its own that no keyring ever held.
 */
export async function findOutdatedRecords(
  context: ReencryptContext,
  options: { categories?: readonly Category[]; onChecked?: (checked: number, total: number) => void } = {},
): Promise<ReencryptScan> {
  const wanted = options.categories ? new Set(options.categories) : null;
  const records = (await listAnchoredRecords(context.client, context.consent, context.patient)).filter(
    (r) => r.category && (!wanted || wanted.has(r.category)) && currentKey(context.keys, r.category),
  );
  const own = records.filter((r) => r.author.toLowerCase() === context.patient.toLowerCase());
  const scan: ReencryptScan = { outdated: [], byOthers: records.length - own.length, unreadable: [] };
  let checked = 0;
  for (const record of own) {
    const current = currentKey(context.keys, record.category!)!.generation;
    try {
      const { header } = readHeader(
        await fetchVerified(context.gatewayUrl, record.cid, recordReadLimits(context.maxRecordBytes)),
      );
      if (header.generation < current) scan.outdated.push({ record, generation: header.generation, current });
    } catch {
      scan.unreadable.push(record);
    }
    options.onChecked?.(++checked, own.length);
  }
  // Oldest first: an interrupted run has then re-encrypted the longest-exposed records.
  scan.outdated.reverse();
  return scan;
}

/** Old copies to remove once the chain shows them superseded; kept on the device across reloads. */
export type QueuedUnpin = { recordId: Hex; cid: string };

export interface UnpinQueue {
  list(): Promise<QueuedUnpin[]>;
  add(items: readonly QueuedUnpin[]): Promise<void>;
  remove(cid: string): Promise<void>;
}

/**
 * An {@link UnpinQueue} in a `Storage` (the browser's localStorage). It holds CIDs and record ids
 * only, which the chain shows anyway: no content, no names.
 */
export function storageUnpinQueue(storage: Pick<Storage, "getItem" | "setItem">, key: string): UnpinQueue {
  const read = (): QueuedUnpin[] => {
    try {
      const parsed = JSON.parse(storage.getItem(key) ?? "[]");
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  };
  return {
    list: async () => read(),
    add: async (items) => {
      const known = read();
      const fresh = items.filter((item) => !known.some((k) => k.cid === item.cid));
      storage.setItem(key, JSON.stringify([...known, ...fresh]));
    },
    remove: async (cid) => storage.setItem(key, JSON.stringify(read().filter((item) => item.cid !== cid))),
  };
}

export type ReencryptSteps = {
  /** Stores a CAR through the upload route (pinned when it resolves). */
  upload: (cid: string, parts: Uint8Array[]) => Promise<void>;
  /** Sends one transaction; resolves to null when it was refused or failed (nothing changed then). */
  send: (call: ContractCall) => Promise<unknown | null>;
  /** Asks the authorised route to remove a superseded record's file from storage. */
  unpin: (cid: string) => Promise<void>;
};

export type ReencryptPhase = "removing" | "encrypting" | "transaction";
export type ReencryptProgress = { done: number; total: number; phase: ReencryptPhase };

export type ReencryptResult =
  /** Every record given is re-encrypted and its old copy removed (or was already). */
  | { status: "done"; reencrypted: number; skipped: AnchoredRecord[]; leftOver: number }
  /** The transaction of a batch was refused or failed: that batch is unchanged, earlier ones are done. */
  | { status: "stopped"; reencrypted: number; skipped: AnchoredRecord[]; leftOver: number };

// `leftOver`: old copies an earlier, interrupted run left behind, removed by this run.

export class ReencryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReencryptError";
  }
}

/**
 * Re-encrypts `outdated` records: each is fetched and opened with the patient's keys, its same
 * content and details sealed again with a NEW content key under the category's newest generation,
 * stored, and then a batch of up to {@link REENCRYPT_BATCH} old records is superseded by the new
 * ones in ONE transaction (a multicall: all of a batch or none). Then each old file is removed
 * through `steps.unpin`.
 *
 * Resumable: the old CIDs of a batch go into `queue` before its transaction; a later run first
 * removes the queued ones the chain shows superseded (and forgets the rest: their records are still
 * current and are found again). A record already superseded is skipped. A refused transaction
 * changes nothing on chain for its batch (its new files are unreferenced and the storage clean-up
 * removes them). A record that does not open as verified is left as it is, in `skipped`.
 */
export async function reencryptRecords(
  outdated: readonly OutdatedRecord[],
  context: ReencryptContext,
  steps: ReencryptSteps,
  queue: UnpinQueue,
  options: { batchSize?: number; onProgress?: (progress: ReencryptProgress) => void } = {},
): Promise<ReencryptResult> {
  const reader = consentReader(context.client, context.consent);
  const total = outdated.length;
  let done = 0;
  const report = (phase: ReencryptPhase) => options.onProgress?.({ done, total, phase });
  /** Removes a queued old copy if its record is superseded; whether it was. */
  const remove = async (item: QueuedUnpin): Promise<boolean> => {
    const { superseded } = await reader.recordOf(context.patient, item.recordId);
    if (superseded) {
      try {
        await steps.unpin(item.cid);
      } catch (error) {
        throw new ReencryptError(
          `An old copy could not be removed from storage (${firstSentence(error)}). ` +
            "The records re-encrypted so far are safe. Press the button again to finish removing the old copies.",
        );
      }
    }
    await queue.remove(item.cid);
    return superseded;
  };

  report("removing");
  let leftOver = 0;
  for (const item of await queue.list()) if (await remove(item)) leftOver++;

  const skipped: AnchoredRecord[] = [];
  const size = options.batchSize ?? REENCRYPT_BATCH;
  for (let start = 0; start < outdated.length; start += size) {
    report("encrypting");
    const batch: { old: AnchoredRecord; anchor: { recordId: Hex; cid: string; contentHash: Hex } }[] = [];
    for (const { record } of outdated.slice(start, start + size)) {
      if ((await reader.recordOf(context.patient, record.recordId)).superseded) {
        done++; // re-encrypted (or deleted) by an earlier run
        continue;
      }
      const anchor = await reseal(record, context);
      if (!anchor) {
        skipped.push(record);
        done++;
        continue;
      }
      try {
        await steps.upload(anchor.cid, anchor.carParts);
      } catch (error) {
        throw new ReencryptError(
          `A re-encrypted copy could not be stored, so nothing more was changed (${firstSentence(error)}). ` +
            "The records re-encrypted so far are safe. Press the button again to continue.",
        );
      }
      batch.push({ old: record, anchor });
    }
    if (batch.length === 0) {
      report("encrypting");
      continue;
    }
    const olds = batch.map(({ old }) => ({ recordId: old.recordId, cid: old.cid }));
    await queue.add(olds);
    report("transaction");
    const calls = batch.map(({ old, anchor }) =>
      encodeCall(
        consentCall(context.consent, "supersedeRecord", [old.recordId, toChainAnchors([anchor])[0]]),
      ),
    );
    const receipt = await steps.send(multicallOf(context.consent, calls));
    if (!receipt) {
      // Nothing changed on chain: forget this batch's old copies (they stay current).
      for (const old of olds) await queue.remove(old.cid);
      return { status: "stopped", reencrypted: done - skipped.length, skipped, leftOver };
    }
    report("removing");
    for (const old of olds) {
      await remove(old);
      done++;
      report("removing");
    }
  }
  return { status: "done", reencrypted: done - skipped.length, skipped, leftOver };
}

/** Opens a record and seals its same content and details again; undefined when it does not open as verified. */
async function reseal(record: AnchoredRecord, context: ReencryptContext) {
  const category = record.category!;
  const opened = await openAnchoredRecord(record, {
    gatewayUrl: context.gatewayUrl,
    chainId: context.chainId,
    consent: context.consent,
    patient: context.patient,
    identityPrivateKey: context.identity.privateKey,
    keys: context.keys,
    archived: context.archived,
    maxRecordBytes: context.maxRecordBytes,
  });
  if (opened.status !== "verified") return undefined;
  const categoryKey = currentKey(context.keys, category);
  if (!categoryKey) return undefined;
  return sealDraft({
    draft: { category, meta: opened.meta, content: opened.content, summary: "" },
    chainId: context.chainId,
    consent: context.consent,
    patient: context.patient,
    categoryKey,
    patientPublicKey: context.identity.publicKey,
  });
}

/** The first sentence of a step's error, to go in brackets inside ours. */
function firstSentence(error: unknown): string {
  const text = ((error as Error).message || "the storage node did not answer")
    .split(". ")[0]
    .replace(/\.$/, "");
  return text.charAt(0).toLowerCase() + text.slice(1);
}
