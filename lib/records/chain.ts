import type { Address, Hex, PublicClient } from "viem";
import { type Category, categoryOfRecordId } from "../consent/codes";
import { cidFromBytes, consentReader, recordDigest } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import type { AnchorState } from "./pending";
import { isTombstone } from "./tombstone";

/** A record as anchored on chain: what the app lists before anything is decrypted. */
export type AnchoredRecord = {
  recordId: Hex;
  category: Category | undefined;
  cid: string;
  contentHash: Hex;
  author: Address;
  /** When this anchor's block was made. */
  anchoredAt: Date;
  /**
   * When the record was first added: the time of its first anchor. A record re-sealed with a new
   * key (re-encrypt history) is anchored anew and supersedes the old one, but it is the same
   * record: it keeps the date of the anchor it replaced (and that one's, down the chain).
   */
  addedAt: Date;
  blockNumber: bigint;
  transactionHash: Hex;
};

type Client = Pick<PublicClient, "getContractEvents" | "getBlock">;

/**
 * The patient's current records, newest first, from the registry's events (RPC logs; an
 * indexer takes this place in production). Superseded records, and the tombstones that replace
 * deleted ones, are left out.
 */
export async function listAnchoredRecords(
  client: Client,
  consent: Address,
  patient: Address,
): Promise<AnchoredRecord[]> {
  const [anchored, superseded] = await Promise.all([
    client.getContractEvents({
      address: consent,
      abi: consentRegistryAbi,
      eventName: "RecordsAnchored",
      args: { patient },
      fromBlock: 0n,
    }),
    client.getContractEvents({
      address: consent,
      abi: consentRegistryAbi,
      eventName: "RecordSuperseded",
      args: { patient },
      fromBlock: 0n,
    }),
  ]);
  const replaced = new Set(superseded.map((e) => e.args.recordId));
  /** The record each replacement superseded (only the patient can supersede their records). */
  const replacing = new Map(superseded.map((e) => [e.args.replacementId!, e.args.recordId!] as const));
  const times = new Map<bigint, Date>(
    await Promise.all(
      [...new Set(anchored.map((e) => e.blockNumber))].map(
        async (blockNumber) =>
          [blockNumber, new Date(Number((await client.getBlock({ blockNumber })).timestamp) * 1000)] as const,
      ),
    ),
  );
  const all = anchored.flatMap((e) =>
    (e.args.records ?? []).map((r) => ({
      recordId: r.recordId,
      category: categoryOfRecordId(r.recordId),
      cid: cidFromBytes(r.cid),
      contentHash: r.contentHash,
      author: e.args.author!,
      anchoredAt: times.get(e.blockNumber)!,
      addedAt: times.get(e.blockNumber)!,
      blockNumber: e.blockNumber,
      transactionHash: e.transactionHash,
    })),
  );
  const anchoredAtOf = new Map(all.map((r) => [r.recordId, r.anchoredAt] as const));
  return all
    .filter((r) => !replaced.has(r.recordId) && !isTombstone(r))
    .map((r) => ({ ...r, addedAt: firstAdded(r.recordId, replacing, anchoredAtOf) ?? r.anchoredAt }))
    .reverse();
}

/** The time of the first anchor in a line of replacements ending at `recordId` (cycles cannot happen on chain; guarded anyway). */
export function firstAdded(
  recordId: Hex,
  replacing: ReadonlyMap<Hex, Hex>,
  anchoredAtOf: ReadonlyMap<Hex, Date>,
): Date | undefined {
  let current = recordId;
  const seen = new Set<Hex>([current]);
  for (
    let previous = replacing.get(current);
    previous && !seen.has(previous);
    previous = replacing.get(current)
  ) {
    seen.add(previous);
    current = previous;
  }
  return anchoredAtOf.get(current);
}

/**
 * Whether `upload` is anchored on chain: the anchor under the patient's record id must be the
 * patient's own, with this CID and content hash (`recordOf` holds their digest), to count as
 * this upload.
 */
export async function anchorStateOf(
  client: Pick<PublicClient, "readContract">,
  consent: Address,
  upload: { patient: Address; recordId: Hex; cid: string; contentHash: Hex },
): Promise<AnchorState> {
  const record = await consentReader(client, consent).recordOf(upload.patient, upload.recordId);
  if (!record.anchored) return "absent";
  return record.digest === recordDigest(upload.patient, upload.contentHash, upload.cid)
    ? "this upload"
    : "different";
}
