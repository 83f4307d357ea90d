import { randomBytes } from "../crypto/aead";

/** A category key and its generation (generations of a category only go forward). */
export type CategoryKey = { generation: number; key: Uint8Array };

/** A new key for a category the patient has no records in yet (generation 1). */
export const newCategoryKey = (): CategoryKey => ({ generation: 1, key: randomBytes(32) });
