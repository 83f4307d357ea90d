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
 * The kinds of record a party may read by its current terms: all of an active share's, none of a
 * share that ended in any way (ran out, suspended, identity changed, used up, revoked — by this
 * app, by another wallet, or by a relayed signature).
 */
const readableNow = (share: Share, now?: Date): readonly Category[] =>
  share.status === "active" && !endsSoon(share, now) ? share.categories : [];

/**
 * How close to its end a share counts as ended for sealing: a record sealed now may be anchored
 * minutes later (the wallet prompt left open), after the share ran out, under keys its party holds
 * (review P2). Its party cannot read what is added in its last 10 minutes.
 */
export const END_MARGIN_MS = 10 * 60 * 1000;
const endsSoon = (share: Share, now?: Date) =>
  now !== undefined && share.expiresAt.getTime() - now.getTime() <= END_MARGIN_MS;

/** A party who still holds the current keys of some kinds of record it may no longer read. */
export type LapsedHolder = {
  grantee: Address;
  status: ShareStatus;
  held: Category[];
  /** Active still, but its share ends within {@link END_MARGIN_MS}. */
  endingSoon?: true;
};

/**
 * The parties who hold, in ANY keyring the patient ever gave them (a party keeps what it once
 * fetched), the current generation of one of `categories` (the kinds about to be sealed) while
 * their current terms no longer let them read that kind: a record sealed now would be readable by
 * a party whose access has ended. That covers a share that ran out or was suspended, one revoked
 * outside this app (no rotation happened), "stop sharing with everyone" after a share ran out, and
 * a share re-granted narrower after it ran out (the old keyring still holds the dropped kind).
 * A keyring that cannot be fetched counts as holding the current keys of the kinds (the safe
 * side: a needless rotation costs one transaction, a missed one a record). Reads the keyrings'
 * public part only (their kinds and generations), newest first, and stops once all are found.
 */
export async function lapsedHoldersOf(input: {
  shares: readonly Share[];
  /** The patient's own keys as the chain has them now. */
  keys: CategoryKeys;
  categories: readonly Category[];
  gatewayUrl: string;
  chainId: number;
  patient: Address;
  /** The chain's time now: a share ending within {@link END_MARGIN_MS} counts as ended. */
  now?: Date;
}): Promise<LapsedHolder[]> {
  const found = await Promise.all(
    input.shares.map(async (share): Promise<LapsedHolder | null> => {
      const candidates = inCategoryOrder(
        share.everShared.filter(
          (c) =>
            input.categories.includes(c) &&
            !readableNow(share, input.now).includes(c) &&
            currentKey(input.keys, c),
        ),
      );
      if (candidates.length === 0) return null;
      const held = new Set<Category>();
      for (const cid of share.keyringCids) {
        const open = candidates.filter((c) => !held.has(c));
        if (open.length === 0) break;
        try {
          const file = readKeyring(await fetchVerified(input.gatewayUrl, cid), {
            chainId: input.chainId,
            patient: input.patient,
            holder: share.grantee,
          });
          for (const c of open) {
            const generation = currentKey(input.keys, c)?.generation;
            if (file.keys.some((e) => e.category === CATEGORY[c] && e.generation === generation)) held.add(c);
          }
        } catch {
          // Unreadable now: assume it holds them.
          for (const c of open) held.add(c);
        }
      }
      if (held.size === 0) return null;
      const holder: LapsedHolder = {
        grantee: getAddress(share.grantee),
        status: share.status,
        held: inCategoryOrder([...held]),
      };
      if (share.status === "active" && endsSoon(share, input.now)) holder.endingSoon = true;
      return holder;
    }),
  );
  return found.filter((holder): holder is LapsedHolder => holder !== null);
}

/**
 * Before sealing records of `categories`: if a party whose access ended still holds their
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
  /** The chain's time now (see {@link END_MARGIN_MS}). */
  now?: Date;
}): Promise<{ lapsed: LapsedHolder[]; plan: RevocationPlan } | null> {
  const holders = await lapsedHoldersOf({ ...input, keys: input.own.keys });
  if (holders.length === 0) return null;
  const plan = await planRevocation({
    ...input,
    // A share about to end gets no new keys either.
    holders: holdersOf(
      input.shares.filter((share) => !endsSoon(share, input.now)),
      input.directory,
    ),
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
  const verb = holders.every((h) => h.endingSoon) ? "ends in a few minutes" : "has ended";
  const whose =
    names.length === 1 ? `${names[0]}'s access ${verb}` : `the access of ${listInWords(names)} ${verb}`;
  return `Replacing the keys of ${kinds}: ${whose}`;
}
