import type { Address, Hex, PublicClient } from "viem";
import { type Category, categoriesIn, categoryOfRecordId, type Purpose, purposesIn } from "../consent/codes";
import { cidFromBytes } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { fetchVerified } from "../ipfs/car";
import { readKeyring } from "../records/keyring";
import type { Share } from "./grants";

/**
 * What a party the patient shared with may still hold, for the honest receipt after a revocation:
 * the records it logged reading (copies of those cannot be recalled), and every category key
 * generation its keyrings ever carried (with those it can open any record sealed under them whose
 * ciphertext it fetches, until "re-encrypt history" replaces them).
 */
export type Exposure = ShareHistory & {
  /** Category key generations it was given, per category. */
  generations: { category: Category; generations: number[] }[];
  /** Keyrings that could not be fetched now (their generations are missing above). */
  unreadKeyrings: string[];
};

/** One read receipt a party logged: which records, for what, and when (its block's time). */
export type LoggedRead = {
  recordIds: Hex[];
  purpose: Purpose;
  blockNumber: bigint;
  transactionHash: Hex;
  at: Date;
};

/** A record a party added to the patient's records (a clinician's note), and when. */
export type AddedRecord = { recordId: Hex; category: Category | undefined; at: Date };

/** What a party did with a share, from the chain alone: what it logged reading and what it added. */
export type ShareHistory = {
  /** Its read receipts, oldest first. */
  reads: LoggedRead[];
  /** Records it anchored in the patient's records, oldest first. */
  added: AddedRecord[];
};

type Client = Pick<PublicClient, "getContractEvents" | "getBlock">;

/** The time of each block, fetched once per block. */
export async function blockTimes(
  client: Pick<PublicClient, "getBlock">,
  blocks: readonly bigint[],
): Promise<Map<bigint, Date>> {
  return new Map(
    await Promise.all(
      [...new Set(blocks)].map(
        async (blockNumber) =>
          [blockNumber, new Date(Number((await client.getBlock({ blockNumber })).timestamp) * 1000)] as const,
      ),
    ),
  );
}

/**
 * The history the patient sees for one party, at any time (not only after stopping): each read
 * receipt it logged (AccessLogged), and each record it added to the patient's records
 * (RecordsAnchored with it as author), with dates.
 */
export async function historyOf(
  client: Client,
  where: { consent: Address; patient: Address; grantee: Address },
): Promise<ShareHistory> {
  const [logged, anchored] = await Promise.all([
    client.getContractEvents({
      address: where.consent,
      abi: consentRegistryAbi,
      eventName: "AccessLogged",
      args: { patient: where.patient, grantee: where.grantee },
      fromBlock: 0n,
    }),
    client.getContractEvents({
      address: where.consent,
      abi: consentRegistryAbi,
      eventName: "RecordsAnchored",
      args: { patient: where.patient, author: where.grantee },
      fromBlock: 0n,
    }),
  ]);
  const times = await blockTimes(
    client,
    [...logged, ...anchored].map((e) => e.blockNumber),
  );
  return {
    reads: logged.map((e) => ({
      recordIds: [...(e.args.recordIds ?? [])],
      purpose: purposesIn(1 << e.args.purpose!)[0],
      blockNumber: e.blockNumber,
      transactionHash: e.transactionHash,
      at: times.get(e.blockNumber)!,
    })),
    added: anchored.flatMap((e) =>
      (e.args.records ?? []).map((r) => ({
        recordId: r.recordId,
        category: categoryOfRecordId(r.recordId),
        at: times.get(e.blockNumber)!,
      })),
    ),
  };
}

export async function exposureOf(
  client: Client,
  where: { consent: Address; gatewayUrl: string; chainId: number; patient: Address; grantee: Address },
): Promise<Exposure> {
  const common = {
    address: where.consent,
    abi: consentRegistryAbi,
    args: { patient: where.patient, grantee: where.grantee },
    fromBlock: 0n,
  } as const;
  const [history, granted, published] = await Promise.all([
    historyOf(client, where),
    client.getContractEvents({ ...common, eventName: "AccessGranted" }),
    client.getContractEvents({ ...common, eventName: "KeyringPublished" }),
  ]);
  const cids = [...new Set([...granted, ...published].map((e) => cidFromBytes(e.args.keyringCid!)))];
  const held = new Map<number, Set<number>>();
  const unreadKeyrings: string[] = [];
  for (const cid of cids) {
    try {
      const file = readKeyring(await fetchVerified(where.gatewayUrl, cid), {
        ...where,
        holder: where.grantee,
      });
      for (const entry of file.keys) {
        held.set(entry.category, (held.get(entry.category) ?? new Set()).add(entry.generation));
      }
    } catch {
      unreadKeyrings.push(cid);
    }
  }
  return {
    ...history,
    generations: [...held]
      .sort(([a], [b]) => a - b)
      .map(([category, generations]) => ({
        category: categoriesIn(1 << category)[0],
        generations: [...generations].sort((a, b) => a - b),
      })),
    unreadKeyrings,
  };
}

/** A share's history (see {@link historyOf}) and, for one that ended, when it ended. */
export async function shareHistoryOf(
  client: Client,
  consent: Address,
  share: Pick<Share, "patient" | "grantee" | "status" | "expiresAt" | "endedInBlock">,
): Promise<ShareHistory & { endedAt: Date | null }> {
  const [history, ended] = await Promise.all([
    historyOf(client, { consent, patient: share.patient, grantee: share.grantee }),
    share.endedInBlock != null ? blockTimes(client, [share.endedInBlock]) : null,
  ]);
  const endedAt = share.status === "expired" ? share.expiresAt : (ended?.get(share.endedInBlock!) ?? null);
  return { ...history, endedAt };
}
