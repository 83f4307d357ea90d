import type { Address, Hex, PublicClient } from "viem";
import { type Category, categoriesIn, type Purpose, purposesIn } from "../consent/codes";
import { cidFromBytes } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { fetchVerified } from "../ipfs/car";
import { readKeyring } from "../records/keyring";

/**
 * What a party the patient shared with may still hold, for the honest receipt after a revocation:
 * the records it logged reading (copies of those cannot be recalled), and every category key
 * generation its keyrings ever carried (with those it can open any record sealed under them whose
 * ciphertext it fetches, until "re-encrypt history" replaces them).
 */
export type Exposure = {
  /** Its read receipts, oldest first. */
  reads: { recordIds: Hex[]; purpose: Purpose; blockNumber: bigint; transactionHash: Hex }[];
  /** Category key generations it was given, per category. */
  generations: { category: Category; generations: number[] }[];
  /** Keyrings that could not be fetched now (their generations are missing above). */
  unreadKeyrings: string[];
};

type Client = Pick<PublicClient, "getContractEvents">;

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
  const [logged, granted, published] = await Promise.all([
    client.getContractEvents({ ...common, eventName: "AccessLogged" }),
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
    reads: logged.map((e) => ({
      recordIds: [...(e.args.recordIds ?? [])],
      purpose: purposesIn(1 << e.args.purpose!)[0],
      blockNumber: e.blockNumber,
      transactionHash: e.transactionHash,
    })),
    generations: [...held]
      .sort(([a], [b]) => a - b)
      .map(([category, generations]) => ({
        category: categoriesIn(1 << category)[0],
        generations: [...generations].sort((a, b) => a - b),
      })),
    unreadKeyrings,
  };
}
