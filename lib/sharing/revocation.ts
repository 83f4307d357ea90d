import { type Address, getAddress, type Hex } from "viem";
import type { Category } from "../consent/codes";
import type { GrantTerms } from "../consent/consent";
import type { ContractCall } from "../contracts/sendCall";
import type { IdentityKey } from "../crypto/identity";
import type { Car } from "../ipfs/car";
import { type ArchivedKeys, type CategoryKeys, currentKey, withNewGenerations } from "../records/keyring";
import { ownKeyringCar, withKeysFor } from "../records/ownKeyring";
import { encodeGrant, encodePublishKeyring, encodeRevoke, multicallOf } from "./calls";
import type { DirectoryEntry } from "./directory";
import { type GrantChoice, grantKeyringCar, type KeyHolder } from "./grantKeyring";
import type { Share } from "./grants";

/** A party that holds the patient's keys of some categories now (an active share). */
export type Holder = KeyHolder & { categories: Category[] };

/**
 * The holders of the patient's keys: every active share, with the grantee's Directory key.
 * Only these can receive a keyring (`publishKeyring` refuses any other grantee).
 */
export function holdersOf(shares: readonly Share[], directory: readonly DirectoryEntry[]): Holder[] {
  const byAddress = new Map(directory.map((entry) => [getAddress(entry.address), entry]));
  return shares.flatMap((share) => {
    const entry = byAddress.get(getAddress(share.grantee));
    return share.status === "active" && entry ? [{ ...entry, categories: share.categories }] : [];
  });
}

/** What ends, and so which categories start a new generation. */
export type KeyChange =
  /** The grant ends on chain; every category the grantee held rotates. */
  | { kind: "revoke"; grantee: Address; held: readonly Category[] }
  /** New terms for the grantee (narrowed, possibly extended); the categories dropped rotate. */
  | { kind: "narrow"; grantee: DirectoryEntry; held: readonly Category[]; choice: GrantChoice }
  /** Grants that expired or were suspended: what they held rotates, nothing else is sent about them. */
  | { kind: "lapsed"; grantees: readonly { grantee: Address; held: readonly Category[] }[] };

export type RevocationPlan = {
  /** The categories that start a new generation. */
  rotated: Category[];
  /** The patient's own keys after the transaction (seal with these once it is confirmed). */
  keys: CategoryKeys;
  /** Keyrings to upload before sending: the patient's own first, then one per holder given a new keyring. */
  uploads: Car[];
  /** The holders (including a narrowed grantee) given a new keyring, with its CID. */
  keyrings: { holder: Address; cid: string }[];
  /** The narrowed grant's terms (kind "narrow"). */
  terms?: GrantTerms;
  /** ONE transaction: [revoke | grant(narrowed)] + publishKeyring(patient) + publishKeyring(holder)… */
  call: ContractCall;
  /** The same calls, ABI-encoded. */
  calls: Hex[];
};

/**
 * Plans a revocation or narrowing with key rotation. Every category the ending party held starts
 * a new generation (`withNewGenerations`); the patient's new own keyring and a new keyring for
 * every remaining holder of an affected category (all generations of its categories, the new one
 * included) are built; and one multicall ends or narrows the grant and publishes them all.
 *
 * Upload `uploads` first, then send `call`. If the transaction is refused or fails, nothing on
 * chain changed (a multicall is all or nothing): the uploads are unreferenced, the old keyrings
 * stay in force, and the plan can be made again. `holders` must be the active shares (see
 * `holdersOf`): a holder whose grant ended in between makes the whole transaction fail. With no
 * `calls` (lapsed grants that held no key) there is nothing to send.
 */
export async function planRevocation(input: {
  chainId: number;
  consent: Address;
  patient: Address;
  identity: IdentityKey;
  own: { keys: CategoryKeys; archived: ArchivedKeys };
  holders: readonly Holder[];
  change: KeyChange;
}): Promise<RevocationPlan> {
  const { change } = input;
  const ending = new Set(
    (change.kind === "lapsed" ? change.grantees.map((g) => g.grantee) : [granteeOf(change)]).map((a) =>
      getAddress(a),
    ),
  );
  const held =
    change.kind === "lapsed"
      ? change.grantees.flatMap((g) => g.held)
      : change.kind === "revoke"
        ? change.held
        : change.held.filter((category) => !change.choice.categories.includes(category));
  // A narrowed grant may add categories the patient has no key for yet: they start at generation 1.
  const base =
    change.kind === "narrow"
      ? withKeysFor(input.own.keys, change.choice.categories)
      : { keys: input.own.keys, added: [] };
  const rotated = [...new Set(held)].filter((category) => currentKey(base.keys, category));
  const keys = rotated.length > 0 ? withNewGenerations(base.keys, rotated) : base.keys;

  const uploads: Car[] = [];
  const keyrings: RevocationPlan["keyrings"] = [];
  const calls: Hex[] = [];
  let terms: GrantTerms | undefined;
  if (change.kind === "revoke") calls.push(encodeRevoke(change.grantee));
  if (change.kind === "narrow") {
    const keyring = await grantKeyringCar(keys, {
      ...input,
      holder: change.grantee,
      categories: change.choice.categories,
    });
    terms = {
      ...change.choice,
      grantee: change.grantee.address,
      identity: change.grantee.identity,
      keyringCid: keyring.cid.toString(),
    };
    calls.push(encodeGrant(terms));
    uploads.push(keyring);
    keyrings.push({ holder: change.grantee.address, cid: terms.keyringCid });
  }
  if (rotated.length > 0 || base.added.length > 0) {
    const own = await ownKeyringCar(keys, input, input.own.archived);
    calls.push(encodePublishKeyring(input.patient, own.cid.toString()));
    uploads.unshift(own);
  }
  for (const holder of input.holders) {
    if (ending.has(getAddress(holder.address))) continue;
    if (!holder.categories.some((category) => rotated.includes(category))) continue;
    const keyring = await grantKeyringCar(keys, { ...input, holder, categories: holder.categories });
    calls.push(encodePublishKeyring(holder.address, keyring.cid.toString()));
    uploads.push(keyring);
    keyrings.push({ holder: holder.address, cid: keyring.cid.toString() });
  }
  return { rotated, keys, uploads, keyrings, terms, calls, call: multicallOf(input.consent, calls) };
}

const granteeOf = (change: Exclude<KeyChange, { kind: "lapsed" }>): Address =>
  change.kind === "revoke" ? change.grantee : change.grantee.address;
