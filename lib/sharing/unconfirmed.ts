import { type Address, getAddress } from "viem";
import { type Category, inCategoryOrder } from "../consent/codes";
import type { Share } from "./grants";

/**
 * Keyrings the patient stored for a party and named in a transaction that did not confirm.
 * A grant's keyring is stored before its transaction (so the chain never points at missing keys)
 * and its CID is in the transaction's data, which is public once sent: if the transaction then
 * fails on chain (a front-run, a revert) or never confirms, the party may fetch the keyring and
 * open it, with no grant on chain to say so. Found by the outside review of issue 11. The device
 * remembers such keyrings until the kinds they hold have new keys, and the sealing check treats
 * them as given (see {@link withUnconfirmed}).
 */
export type GivenKeyring = { grantee: Address; cid: string; categories: Category[] };

export interface UnconfirmedKeyrings {
  list(): GivenKeyring[];
  add(given: readonly GivenKeyring[]): void;
  remove(cids: readonly string[]): void;
}

/**
 * The keyrings a transaction would give, as the plan has them: a grant's (or a changed share's)
 * keyring for its grantee. Re-published keyrings of parties who keep their share carry kinds they
 * already hold, so they need no remembering.
 */
export function givenBy(plan: {
  terms?: { grantee: Address; keyringCid?: string; categories: readonly Category[] };
}): GivenKeyring[] {
  const terms = plan.terms;
  if (!terms?.keyringCid) return [];
  return [{ grantee: getAddress(terms.grantee), cid: terms.keyringCid, categories: [...terms.categories] }];
}

/** One list per patient and chain, in the browser's storage: account addresses and CIDs, no medical data. */
export function storageUnconfirmed(
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">,
  key: string,
): UnconfirmedKeyrings {
  const read = (): GivenKeyring[] => {
    try {
      const value = JSON.parse(storage.getItem(key) ?? "[]") as unknown;
      return Array.isArray(value)
        ? value.filter(
            (g): g is GivenKeyring =>
              typeof g?.grantee === "string" && typeof g?.cid === "string" && Array.isArray(g?.categories),
          )
        : [];
    } catch {
      return [];
    }
  };
  const write = (all: GivenKeyring[]) =>
    all.length === 0 ? storage.removeItem(key) : storage.setItem(key, JSON.stringify(all));
  return {
    list: read,
    add: (given) => {
      const all = read();
      for (const g of given) if (!all.some((e) => e.cid === g.cid)) all.push(g);
      write(all);
    },
    remove: (cids) => write(read().filter((g) => !cids.includes(g.cid))),
  };
}

/**
 * The shares with the unconfirmed keyrings added as given: to a known party's keyrings and kinds
 * ever shared, or as a party with no grant (status "revoked": it may read nothing now).
 */
export function withUnconfirmed(
  patient: Address,
  shares: readonly Share[],
  given: readonly GivenKeyring[],
): Share[] {
  const result = shares.map((s) => ({
    ...s,
    keyringCids: [...s.keyringCids],
    everShared: [...s.everShared],
  }));
  for (const g of given) {
    const share = result.find((s) => getAddress(s.grantee) === getAddress(g.grantee));
    if (share) {
      if (!share.keyringCids.includes(g.cid)) share.keyringCids.push(g.cid);
      share.everShared = inCategoryOrder([...share.everShared, ...g.categories]);
      continue;
    }
    result.push({
      patient,
      grantee: getAddress(g.grantee),
      status: "revoked",
      categories: [],
      purposes: [],
      expiresAt: new Date(0),
      write: false,
      oneShot: false,
      identity: 0,
      keyringCid: g.cid,
      keyringCids: [g.cid],
      everShared: inCategoryOrder(g.categories),
      grantedInBlock: 0n,
    });
  }
  return result;
}
