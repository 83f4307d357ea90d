import { type Address, getAddress } from "viem";
import { CATEGORY, CATEGORY_LABEL, type Category } from "../consent/codes";
import type { IdentityKey } from "../crypto/identity";
import { fetchVerified } from "../ipfs/car";
import { type ArchivedKeys, type CategoryKeys, currentKey, readKeyring } from "../records/keyring";
import { inCategoryOrder } from "./consentView";
import type { DirectoryEntry } from "./directory";
import { listInWords, type Share, type ShareStatus } from "./grants";
import { holdersOf, planRevocation, type RevocationPlan } from "./revocation";

/**
 * Shares that ended without the patient's client rotating keys: they ran out, were suspended,
 * their holder's identity changed, or a one-time read used them up. A revocation (one or all)
 * already rotated what it ended, and an active share still may hold the keys.
 */
export const LAPSED_STATUSES = [
  "expired",
  "suspended",
  "identityChanged",
  "used",
] as const satisfies readonly ShareStatus[];

const lapsed = (status: ShareStatus) => (LAPSED_STATUSES as readonly ShareStatus[]).includes(status);

/** A party whose access ended but who still holds the current keys of some kinds of record. */
export type LapsedHolder = { grantee: Address; status: ShareStatus; held: Category[] };

/**
 * The lapsed holders (see {@link LAPSED_STATUSES}) whose latest keyring still carries the current
 * generation of one of `categories` (the kinds about to be sealed): a record sealed with it now
 * would be readable by a party whose access has ended. A keyring that cannot be fetched counts as
 * holding the current keys of its kinds (the safe side: a needless rotation costs one transaction,
 * a missed one a record). Reads the keyrings' public part only (their kinds and generations).
 */
export async function lapsedHoldersOf(input: {
  shares: readonly Share[];
  /** The patient's own keys as the chain has them now. */
  keys: CategoryKeys;
  categories: readonly Category[];
  gatewayUrl: string;
  chainId: number;
  patient: Address;
}): Promise<LapsedHolder[]> {
  const found = await Promise.all(
    input.shares.map(async (share): Promise<LapsedHolder | null> => {
      if (!lapsed(share.status) || !share.keyringCid) return null;
      const candidates = inCategoryOrder(
        share.categories.filter((c) => input.categories.includes(c) && currentKey(input.keys, c)),
      );
      if (candidates.length === 0) return null;
      let held = candidates;
      try {
        const file = readKeyring(await fetchVerified(input.gatewayUrl, share.keyringCid), {
          chainId: input.chainId,
          patient: input.patient,
          holder: share.grantee,
        });
        held = candidates.filter((c) =>
          file.keys.some(
            (e) => e.category === CATEGORY[c] && e.generation === currentKey(input.keys, c)?.generation,
          ),
        );
      } catch {
        // Unreadable now: assume it holds them.
      }
      return held.length > 0 ? { grantee: getAddress(share.grantee), status: share.status, held } : null;
    }),
  );
  return found.filter((holder): holder is LapsedHolder => holder !== null);
}

/**
 * Before sealing records of `categories`: if a party whose access lapsed still holds their
 * current keys, plans the rotation of those kinds (`planRevocation`, change "lapsed": the
 * patient's new own keyring and new keyrings for the active holders, ONE transaction, nothing sent
 * about the lapsed parties). Null when nothing needs replacing. Seal with `plan.keys` once the
 * transaction is confirmed.
 */
export async function planLapsedRotation(input: {
  chainId: number;
  consent: Address;
  patient: Address;
  identity: IdentityKey;
  gatewayUrl: string;
  own: { keys: CategoryKeys; archived: ArchivedKeys };
  shares: readonly Share[];
  directory: readonly DirectoryEntry[];
  categories: readonly Category[];
}): Promise<{ lapsed: LapsedHolder[]; plan: RevocationPlan } | null> {
  const holders = await lapsedHoldersOf({ ...input, keys: input.own.keys });
  if (holders.length === 0) return null;
  const plan = await planRevocation({
    ...input,
    holders: holdersOf(input.shares, input.directory),
    change: { kind: "lapsed", grantees: holders.map(({ grantee, held }) => ({ grantee, held })) },
  });
  return { lapsed: holders, plan };
}

/**
 * The progress line while the wallet asks: "Replacing the keys of lab results: Dr. Rivera's
 * access has ended".
 */
export function lapsedReason(holders: readonly LapsedHolder[], nameOf: (address: Address) => string): string {
  const kinds = listInWords(inCategoryOrder(holders.flatMap((h) => h.held)).map((c) => CATEGORY_LABEL[c]));
  const names = [...new Set(holders.map((h) => nameOf(h.grantee)))];
  const whose =
    names.length === 1 ? `${names[0]}'s access has ended` : `the access of ${listInWords(names)} has ended`;
  return `Replacing the keys of ${kinds}: ${whose}`;
}
