import { type Address, getAddress, type Hex, isAddress } from "viem";
import { z } from "zod";
import { CATEGORY, type Category } from "../consent/codes";
import { randomBytes } from "../crypto/aead";
import { unwrapKey, wrapKey } from "../crypto/ecies";
import { categoryKeyAad } from "../crypto/envelope";
import type { CategoryKey } from "./categoryKeys";

/**
 * A keyring: category keys wrapped for one holder's identity key. The patient's own keyring
 * (holder = patient) is where the patient's client takes the keys it seals with; only the
 * patient can announce it on chain (`publishKeyring(patient, cid)`), so nothing another author
 * anchors can change which key the patient seals with. Every generation of a category is kept
 * (old records stay readable) and generations only go forward.
 *
 * Stored on IPFS as JSON: public facts (chain, patient, holder, its public key and key version,
 * which categories and generations exist) and ciphertext (the wrapped keys). The chain already
 * shows which categories a patient has records in.
 */
export const KEYRING_SCHEMA = "carekeys/keyring@1";

const hex = z
  .string()
  .regex(/^0x[0-9a-fA-F]*$/, "must be 0x-prefixed hex")
  .transform((value) => value as Hex);
const entry = z.object({
  category: z.number().int().min(0).max(31),
  generation: z.number().int().positive(),
  wrapped: z.object({ epk: hex, nonce: hex, ct: hex }),
});

const keyringSchema = z.object({
  schema: z.literal(KEYRING_SCHEMA),
  chainId: z.number().int().positive(),
  patient: z.string().refine((value) => isAddress(value), "must be an address"),
  holder: z.string().refine((value) => isAddress(value), "must be an address"),
  holderKey: z
    .string()
    .regex(/^0x[0-9a-fA-F]{64}$/, "must be a 32-byte public key")
    .transform((value) => value as Hex),
  keyVersion: z.number().int().positive(),
  keys: z.array(entry).max(32 * 1024),
  /**
   * Keys kept only to read old records: found in the patient's own records but not the key of
   * their generation (two devices that once started the same generation, or a key a v1 app took
   * from someone else's record). Never sealed with.
   */
  archived: z
    .array(entry)
    .max(32 * 1024)
    .optional(),
});

export type KeyringFile = z.infer<typeof keyringSchema>;

/** Every generation of every category, unwrapped: category -> generation -> key. */
export type CategoryKeys = Map<number, Map<number, Uint8Array>>;

/** Read-only keys, per category (see `archived` in the file). */
export type ArchivedKeys = Map<number, Uint8Array[]>;

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyringError";
  }
}

type Holder = { chainId: number; patient: Address; holder: Address };

/** Wraps `keys` (and read-only `archived` keys) for `holderPublicKey` as a keyring file. */
export async function sealKeyring(
  keys: CategoryKeys,
  holder: Holder & { holderPublicKey: Uint8Array; holderKeyHex: Hex; keyVersion: number },
  archived: ArchivedKeys = new Map(),
): Promise<Uint8Array> {
  const wrap = async (category: number, generation: number, key: Uint8Array) => {
    const aad = categoryKeyAad(
      { chainId: holder.chainId, patient: holder.patient, category, generation },
      holder.holder,
    );
    return { category, generation, wrapped: await wrapKey(holder.holderPublicKey, key, aad) };
  };
  const entries: KeyringFile["keys"] = [];
  for (const [category, generations] of [...keys].sort(([a], [b]) => a - b)) {
    for (const [generation, key] of [...generations].sort(([a], [b]) => a - b)) {
      entries.push(await wrap(category, generation, key));
    }
  }
  const archive: KeyringFile["keys"] = [];
  for (const [category, list] of [...archived].sort(([a], [b]) => a - b)) {
    for (const [index, key] of list.entries()) archive.push(await wrap(category, index + 1, key));
  }
  const file: KeyringFile = {
    schema: KEYRING_SCHEMA,
    chainId: holder.chainId,
    patient: getAddress(holder.patient),
    holder: getAddress(holder.holder),
    holderKey: holder.holderKeyHex,
    keyVersion: holder.keyVersion,
    keys: entries,
    ...(archive.length > 0 ? { archived: archive } : {}),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Reads a keyring's public part (no key needed): which key it is wrapped for, which version. */
export function readKeyring(bytes: Uint8Array, expected: Holder): KeyringFile {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new KeyringError("The keyring file is not readable JSON.");
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KeyringError(
      `The keyring file is malformed (${issue.path.join(".") || "file"}: ${issue.message}).`,
    );
  }
  const file = parsed.data;
  if (
    file.chainId !== expected.chainId ||
    getAddress(file.patient) !== getAddress(expected.patient) ||
    getAddress(file.holder) !== getAddress(expected.holder)
  ) {
    throw new KeyringError("The keyring file belongs to another patient, holder or network.");
  }
  return file;
}

/** Unwraps every key of a keyring with the holder's identity key. */
export async function openKeyring(
  bytes: Uint8Array,
  expected: Holder & { identityPrivateKey: Uint8Array },
): Promise<{ file: KeyringFile; keys: CategoryKeys; archived: ArchivedKeys }> {
  const file = readKeyring(bytes, expected);
  const unwrap = async (entry: KeyringFile["keys"][number]) => {
    const aad = categoryKeyAad(
      {
        chainId: file.chainId,
        patient: expected.patient,
        category: entry.category,
        generation: entry.generation,
      },
      expected.holder,
    );
    try {
      return await unwrapKey(expected.identityPrivateKey, entry.wrapped, aad);
    } catch {
      throw new KeyringError(
        `A key in the keyring (category ${entry.category}, generation ${entry.generation}) does not open with ` +
          "this identity key.",
      );
    }
  };
  const keys: CategoryKeys = new Map();
  for (const entry of file.keys) {
    const generations = keys.get(entry.category) ?? new Map<number, Uint8Array>();
    generations.set(entry.generation, await unwrap(entry));
    keys.set(entry.category, generations);
  }
  const archived: ArchivedKeys = new Map();
  for (const entry of file.archived ?? []) {
    archived.set(entry.category, [...(archived.get(entry.category) ?? []), await unwrap(entry)]);
  }
  return { file, keys, archived };
}

/** The newest generation of a category, if the keyring has one. */
export function currentKey(keys: CategoryKeys, category: Category): CategoryKey | undefined {
  const generations = keys.get(CATEGORY[category]);
  if (!generations || generations.size === 0) return undefined;
  const generation = Math.max(...generations.keys());
  return { generation, key: generations.get(generation)! };
}

/**
 * The keys with a new generation for each of `categories`: one above the newest (generation 1
 * for a category without keys). Returns a new map; the input is left as it is.
 */
export function withNewGenerations(keys: CategoryKeys, categories: readonly Category[]): CategoryKeys {
  const next: CategoryKeys = new Map(
    [...keys].map(([category, generations]) => [category, new Map(generations)]),
  );
  for (const category of new Set(categories)) {
    const bit = CATEGORY[category];
    const generations = next.get(bit) ?? new Map<number, Uint8Array>();
    const newest = generations.size === 0 ? 0 : Math.max(...generations.keys());
    generations.set(newest + 1, randomBytes(32));
    next.set(bit, generations);
  }
  return next;
}

/** The key of one generation, for opening a record sealed with it. */
export function keyOfGeneration(
  keys: CategoryKeys,
  category: number,
  generation: number,
): Uint8Array | undefined {
  return keys.get(category)?.get(generation);
}

/** Every category that has a key, by name. */
export function categoriesWithKeys(keys: CategoryKeys): Category[] {
  return (Object.keys(CATEGORY) as Category[]).filter((name) => (keys.get(CATEGORY[name])?.size ?? 0) > 0);
}
