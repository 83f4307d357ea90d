import type { Address, Hex, PublicClient } from "viem";
import { CATEGORY, type Category } from "../consent/codes";
import { cidFromBytes } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { unwrapKey } from "../crypto/ecies";
import { categoryKeyAad, readHeader } from "../crypto/envelope";
import type { IdentityKey } from "../crypto/identity";
import { buildCar, fetchVerified, IntegrityError } from "../ipfs/car";
import type { AnchoredRecord } from "./chain";
import {
  type ArchivedKeys,
  type CategoryKeys,
  categoriesWithKeys,
  currentKey,
  KeyringError,
  openKeyring,
  readKeyring,
  sealKeyring,
  withNewGenerations,
} from "./keyring";
import { recordReadLimits } from "./open";

/** The patient's own keyring as the chain and IPFS have it now. */
export type OwnKeyring = {
  /** CID of the keyring announced last, or null when the patient has none yet. */
  cid: string | null;
  /** The identity key version it is wrapped for (null when there is none). */
  keyVersion: number | null;
  /** The identity public key it is wrapped for (null when there is none). */
  holderKey: Hex | null;
  keys: CategoryKeys;
  /** Keys kept only to read old records (never sealed with). */
  archived: ArchivedKeys;
};

/** The keyring could not be read now (node down, broken object): nothing may be sealed until it is. */
export class KeyringUnavailableError extends Error {
  constructor(reason: string) {
    super(
      `Your category keys could not be read (${reason}). Nothing was added: CareKeys will not start new keys ` +
        "while your current ones exist. Try again in a moment.",
    );
    this.name = "KeyringUnavailableError";
  }
}

type Client = Pick<PublicClient, "getContractEvents">;
type Where = { client: Client; consent: Address; gatewayUrl: string; chainId: number; patient: Address };

/** CID of the patient's latest own keyring: only the patient can emit `KeyringPublished(patient, patient)`. */
export async function ownKeyringCid(
  client: Client,
  consent: Address,
  patient: Address,
): Promise<string | null> {
  const events = await client.getContractEvents({
    address: consent,
    abi: consentRegistryAbi,
    eventName: "KeyringPublished",
    args: { patient, grantee: patient },
    fromBlock: 0n,
  });
  const last = events.at(-1);
  return last?.args.keyringCid ? cidFromBytes(last.args.keyringCid) : null;
}

async function fetchKeyring(where: Where, cid: string): Promise<Uint8Array> {
  try {
    return await fetchVerified(where.gatewayUrl, cid);
  } catch (error) {
    const reason =
      error instanceof IntegrityError ? "the keyring on IPFS does not match its CID" : "IPFS is unreachable";
    throw new KeyringUnavailableError(reason);
  }
}

/** The public part of the patient's keyring (which key version it is for), without unlocking anything. */
export async function ownKeyringInfo(where: Where): Promise<Omit<OwnKeyring, "keys" | "archived">> {
  const cid = await ownKeyringCid(where.client, where.consent, where.patient);
  if (!cid) return { cid: null, keyVersion: null, holderKey: null };
  try {
    const file = readKeyring(await fetchKeyring(where, cid), { ...where, holder: where.patient });
    return { cid, keyVersion: file.keyVersion, holderKey: file.holderKey as Hex };
  } catch (error) {
    if (error instanceof KeyringError) throw new KeyringUnavailableError(error.message);
    throw error;
  }
}

/** The patient's keyring, unwrapped with their identity key; empty when they have none yet. */
export async function loadOwnKeyring(where: Where & { identityPrivateKey: Uint8Array }): Promise<OwnKeyring> {
  const cid = await ownKeyringCid(where.client, where.consent, where.patient);
  if (!cid) return { cid: null, keyVersion: null, holderKey: null, keys: new Map(), archived: new Map() };
  try {
    const { file, keys, archived } = await openKeyring(await fetchKeyring(where, cid), {
      ...where,
      holder: where.patient,
    });
    return { cid, keyVersion: file.keyVersion, holderKey: file.holderKey as Hex, keys, archived };
  } catch (error) {
    if (error instanceof KeyringError) throw new KeyringUnavailableError(error.message);
    throw error;
  }
}

/** A keyring file for the patient's own identity key, as a CAR ready for the upload route. */
export async function ownKeyringCar(
  keys: CategoryKeys,
  input: { chainId: number; patient: Address; identity: IdentityKey },
  archived: ArchivedKeys = new Map(),
) {
  const bytes = await sealKeyring(
    keys,
    {
      chainId: input.chainId,
      patient: input.patient,
      holder: input.patient,
      holderPublicKey: input.identity.publicKey,
      holderKeyHex: input.identity.publicKeyHex,
      keyVersion: input.identity.version,
    },
    archived,
  );
  return buildCar(bytes);
}

/** The keys with a first generation for every category in `needed` that has none yet. */
export function withKeysFor(keys: CategoryKeys, needed: readonly Category[]) {
  const added = [...new Set(needed)].filter((category) => !currentKey(keys, category));
  return { keys: added.length > 0 ? withNewGenerations(keys, added) : keys, added };
}

/**
 * The category keys of the patient's records, unwrapped from their envelopes with the patient's
 * current identity key: a key made before keyrings existed builds its first keyring from them, and
 * a rotation keeps every key the records need (two devices once starting the same generation leave
 * two keys for it). `keys` holds one key per generation, from the patient's own records only;
 * `extra` every other key found, including the keys of records others added (a clinician's note,
 * sealed with a key of its own): kept read-only in the patient's own keyring, so a rotation never
 * loses them, and never used to seal, nor given to anyone the patient shares with.
 */
export async function keysOfOwnRecords(
  records: readonly AnchoredRecord[],
  context: {
    gatewayUrl: string;
    patient: Address;
    identityPrivateKey: Uint8Array;
    /** The largest record this server accepts (`maxRecordBytes`): no record read fetches more. */
    maxRecordBytes: number;
  },
): Promise<{ keys: CategoryKeys; extra: ArchivedKeys }> {
  const keys: CategoryKeys = new Map();
  const extra: ArchivedKeys = new Map();
  for (const record of records) {
    if (!record.category) continue;
    const byOther = record.author.toLowerCase() !== context.patient.toLowerCase();
    try {
      const { header } = readHeader(
        await fetchVerified(context.gatewayUrl, record.cid, recordReadLimits(context.maxRecordBytes)),
      );
      if (header.category !== CATEGORY[record.category]) continue;
      const key = await unwrapKey(
        context.identityPrivateKey,
        header.categoryKey,
        categoryKeyAad(header, context.patient),
      );
      if (byOther) {
        addArchived(extra, header.category, key);
        continue;
      }
      const generations = keys.get(header.category) ?? new Map<number, Uint8Array>();
      const known = generations.get(header.generation);
      if (!known) generations.set(header.generation, key);
      else if (!sameBytes(known, key)) addArchived(extra, header.category, key);
      keys.set(header.category, generations);
    } catch {
      // unreadable now: its record stays readable with the envelope's copy for the old key only
    }
  }
  return { keys, extra };
}

/**
 * The keys a replaced identity key hands on, and the ones to seal with from now on: every
 * category gets a new generation, so the old identity key (which can still open the old keyring
 * on IPFS) opens no record added after the rotation. Keys of the patient's own records that the
 * keyring lacks are kept, read-only.
 */
export function keysForRotation(
  own: Pick<OwnKeyring, "cid" | "keys" | "archived">,
  found: { keys: CategoryKeys; extra: ArchivedKeys },
): { keys: CategoryKeys; archived: ArchivedKeys } {
  const base = own.cid === null ? found.keys : own.keys;
  const archived: ArchivedKeys = new Map([...own.archived].map(([category, list]) => [category, [...list]]));
  for (const [category, list] of found.extra) for (const key of list) addArchived(archived, category, key);
  for (const [category, generations] of found.keys) {
    for (const [generation, key] of generations) {
      const inBase = base.get(category)?.get(generation);
      if (!inBase || !sameBytes(inBase, key)) addArchived(archived, category, key);
    }
  }
  return { keys: withNewGenerations(base, categoriesWithKeys(base)), archived };
}

function addArchived(archived: ArchivedKeys, category: number, key: Uint8Array) {
  const list = archived.get(category) ?? [];
  if (!list.some((known) => sameBytes(known, key))) list.push(key);
  archived.set(category, list);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
