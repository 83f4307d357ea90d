import type { Address } from "viem";
import type { Category } from "../consent/codes";
import type { IdentityKey } from "../crypto/identity";
import type { ArchivedKeys, CategoryKeys } from "../records/keyring";
import type { DirectoryEntry } from "./directory";
import { type GrantChoice, type GrantPlan, planGrant } from "./grantKeyring";
import { type Holder, planRevocation, type RevocationPlan } from "./revocation";

/** The kinds of record an edit takes away (they rotate, like a revocation of those kinds). */
export const droppedCategories = (held: readonly Category[], choice: Pick<GrantChoice, "categories">) =>
  held.filter((category) => !choice.categories.includes(category));

/** An edit of an active share: a partial revocation when kinds are taken away, else a new grant. */
export type ShareEditPlan =
  | { kind: "narrow"; dropped: Category[]; plan: RevocationPlan }
  | { kind: "extend"; dropped: []; plan: GrantPlan };

/**
 * Plans the change of an active share to new terms, in ONE transaction either way.
 * - Kinds taken away: a partial revocation (`planRevocation`, change "narrow"): the dropped kinds
 *   start a new generation, the grantee gets a keyring of the kinds kept (and any added), the
 *   remaining holders of a dropped kind get new keyrings, and the new terms replace the grant.
 * - Nothing taken away (more kinds, a later or shorter expiry, other purposes, notes on or off):
 *   a new grant (`planGrant`) whose keyring holds every kind now in scope; no key rotates.
 * Taking away only purposes, time or notes gives the grantee no key it did not have, and the keys
 * it has stay the ones it may use: nothing rotates (the chain enforces the new terms).
 */
export async function planShareEdit(input: {
  chainId: number;
  consent: Address;
  patient: Address;
  identity: IdentityKey;
  own: { keys: CategoryKeys; archived: ArchivedKeys };
  /** The active holders now (`holdersOf`), the edited grantee among them. */
  holders: readonly Holder[];
  grantee: DirectoryEntry;
  /** The kinds the grantee holds now (the share's current categories). */
  held: readonly Category[];
  choice: GrantChoice;
}): Promise<ShareEditPlan> {
  const dropped = droppedCategories(input.held, input.choice);
  if (dropped.length === 0) return { kind: "extend", dropped: [], plan: await planGrant(input) };
  const plan = await planRevocation({
    ...input,
    change: { kind: "narrow", grantee: input.grantee, held: input.held, choice: input.choice },
  });
  return { kind: "narrow", dropped, plan };
}
