import type { Address } from "viem";
import { randomBytes } from "../crypto/aead";
import { unwrapKey } from "../crypto/ecies";
import { categoryKeyAad, readHeader } from "../crypto/envelope";

export type CategoryKey = { generation: number; key: Uint8Array };

/** A new key for a category the patient has no records in yet (generation 1). */
export const newCategoryKey = (): CategoryKey => ({ generation: 1, key: randomBytes(32) });

/**
 * The category key of an envelope, unwrapped with the patient's identity key. Every envelope
 * carries its category key wrapped for the patient, so the newest record of a category gives
 * the key new records of that category are sealed with.
 */
export async function categoryKeyOf(
  envelope: Uint8Array,
  patient: Address,
  identityPrivateKey: Uint8Array,
): Promise<CategoryKey> {
  const { header } = readHeader(envelope);
  const key = await unwrapKey(identityPrivateKey, header.categoryKey, categoryKeyAad(header, patient));
  return { generation: header.generation, key };
}
