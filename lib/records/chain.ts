import type { Address, Hex, PublicClient } from "viem";
import { type Category, categoryOfRecordId } from "../consent/codes";
import { cidFromBytes } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";

/** A record as anchored on chain: what the app lists before anything is decrypted. */
export type AnchoredRecord = {
  recordId: Hex;
  category: Category | undefined;
  cid: string;
  contentHash: Hex;
  author: Address;
  anchoredAt: Date;
  blockNumber: bigint;
  transactionHash: Hex;
};

type Client = Pick<PublicClient, "getContractEvents" | "getBlock">;

/**
 * The patient's current records, newest first, from the registry's events (RPC logs; an
 * indexer takes this place in production). Superseded records are left out.
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
      eventName: "RecordAnchored",
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
  const times = new Map<bigint, Date>(
    await Promise.all(
      [...new Set(anchored.map((e) => e.blockNumber))].map(
        async (blockNumber) =>
          [blockNumber, new Date(Number((await client.getBlock({ blockNumber })).timestamp) * 1000)] as const,
      ),
    ),
  );
  return anchored
    .filter((e) => !replaced.has(e.args.recordId))
    .map((e) => ({
      recordId: e.args.recordId!,
      category: categoryOfRecordId(e.args.recordId!),
      cid: cidFromBytes(e.args.cid!),
      contentHash: e.args.contentHash!,
      author: e.args.author!,
      anchoredAt: times.get(e.blockNumber)!,
      blockNumber: e.blockNumber,
      transactionHash: e.transactionHash,
    }))
    .reverse();
}
