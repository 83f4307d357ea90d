import type { Address } from "viem";
import { CATEGORY, type Category } from "../consent/codes";
import { type GrantTerms, toChainTerms } from "../consent/consent";
import type { ContractCall } from "../contracts/sendCall";
import type { IdentityKey } from "../crypto/identity";
import { buildCar, type Car, fetchVerified, IntegrityError } from "../ipfs/car";
import {
  type ArchivedKeys,
  type CategoryKeys,
  KeyringError,
  openKeyring,
  readKeyring,
  sealKeyring,
} from "../records/keyring";
import { ownKeyringCar, withKeysFor } from "../records/ownKeyring";
import { consentCall, encodeCall, encodePublishKeyring, multicallOf } from "./calls";
import { type DirectoryEntry, encryptionKeyBytes, UNVERIFIED_WARNING } from "./directory";

/** Who a keyring is wrapped for: a Directory entry's address, encryption key and key version. */
export type KeyHolder = Pick<DirectoryEntry, "address" | "encryptionKey" | "keyVersion">;

/** Every generation of each of `categories`, and nothing else. */
export function keysInScope(keys: CategoryKeys, categories: readonly Category[]): CategoryKeys {
  const scope: CategoryKeys = new Map();
  for (const category of new Set(categories)) {
    const generations = keys.get(CATEGORY[category]);
    if (generations && generations.size > 0) scope.set(CATEGORY[category], new Map(generations));
  }
  return scope;
}

/**
 * The keyring of one grantee: the patient's category keys in scope (every generation of each
 * granted category), wrapped for the grantee's Directory encryption key, as a CAR for the upload
 * route. Its size depends on the categories and generations only, never on the number of records.
 * Its `keyVersion` is the grantee's Directory key version.
 */
export async function grantKeyringCar(
  keys: CategoryKeys,
  input: { chainId: number; patient: Address; holder: KeyHolder; categories: readonly Category[] },
): Promise<Car> {
  const bytes = await sealKeyring(keysInScope(keys, input.categories), {
    chainId: input.chainId,
    patient: input.patient,
    holder: input.holder.address,
    holderPublicKey: encryptionKeyBytes(input.holder),
    holderKeyHex: input.holder.encryptionKey,
    keyVersion: input.holder.keyVersion,
  });
  return buildCar(bytes);
}

/** What the patient chooses in the grant form (the grantee, its identity and the keyring come from the plan). */
export type GrantChoice = Omit<GrantTerms, "grantee" | "identity" | "keyringCid">;

/** Uploads (in order, before the transaction) and the one transaction of a grant. */
export type GrantPlan = {
  /** The patient's own keys after the grant (new first generations for granted categories that had none). */
  keys: CategoryKeys;
  /** The grantee's keyring, and the patient's own one when keys were started: upload both before sending. */
  uploads: Car[];
  terms: GrantTerms;
  /** `grant` (or `approveRequest`) alone, or preceded by `publishKeyring(patient, …)` in a multicall when keys were started. */
  call: ContractCall;
};

/**
 * Plans a grant: the grantee's keyring and the grant in one transaction. A granted category the
 * patient has no key for yet gets its first generation now, in a new own keyring published in the
 * same transaction, so the grantee can read the first record of it without another keyring.
 * With `requestId`, the grant approves that request (at most what it asked for).
 * An unverified grantee needs `allowUnverified` (after the patient's explicit confirmation).
 */
export async function planGrant(input: {
  chainId: number;
  consent: Address;
  patient: Address;
  identity: IdentityKey;
  own: { keys: CategoryKeys; archived: ArchivedKeys };
  grantee: DirectoryEntry;
  choice: GrantChoice;
  requestId?: bigint;
}): Promise<GrantPlan> {
  if (!input.grantee.verified && !input.choice.allowUnverified) throw new Error(UNVERIFIED_WARNING);
  const { keys, added } = withKeysFor(input.own.keys, input.choice.categories);
  const keyring = await grantKeyringCar(keys, {
    chainId: input.chainId,
    patient: input.patient,
    holder: input.grantee,
    categories: input.choice.categories,
  });
  const terms: GrantTerms = {
    ...input.choice,
    grantee: input.grantee.address,
    identity: input.grantee.identity,
    keyringCid: keyring.cid.toString(),
  };
  const grantCall =
    input.requestId === undefined
      ? consentCall(input.consent, "grant", [toChainTerms(terms)])
      : consentCall(input.consent, "approveRequest", [input.requestId, toChainTerms(terms)]);
  if (added.length === 0) return { keys, uploads: [keyring], terms, call: grantCall };
  const own = await ownKeyringCar(keys, input, input.own.archived);
  return {
    keys,
    uploads: [own, keyring],
    terms,
    call: multicallOf(input.consent, [
      encodePublishKeyring(input.patient, own.cid.toString()),
      encodeCall(grantCall),
    ]),
  };
}

/**
 * The grantee's side: fetches a keyring a patient published for me (verified against its CID)
 * and opens it with my identity key. Returns the category keys I can open that patient's
 * records with (`openAnchoredRecord`'s `keys`). Refusals are {@link KeyringError}s with a sentence.
 */
export async function openSharedKeyring(input: {
  gatewayUrl: string;
  chainId: number;
  patient: Address;
  cid: string;
  me: Address;
  identity: Pick<IdentityKey, "privateKey" | "publicKeyHex">;
}): Promise<CategoryKeys> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchVerified(input.gatewayUrl, input.cid);
  } catch (error) {
    throw new KeyringError(
      error instanceof IntegrityError && !/HTTP \d+/.test(error.message)
        ? "The keys this patient shared with you do not match their fingerprint on the chain, so they were not used."
        : "The keys this patient shared with you could not be fetched right now. Try again in a moment.",
    );
  }
  const holder = { chainId: input.chainId, patient: input.patient, holder: input.me };
  if (readKeyring(bytes, holder).holderKey.toLowerCase() !== input.identity.publicKeyHex.toLowerCase()) {
    throw new KeyringError(
      "These keys were shared with another encryption key of yours. Ask the patient to share again.",
    );
  }
  const { keys } = await openKeyring(bytes, { ...holder, identityPrivateKey: input.identity.privateKey });
  return keys;
}
