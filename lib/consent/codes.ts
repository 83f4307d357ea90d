import { bytesToHex, type Hex } from "viem";

/**
 * Record categories: bit positions of the `uint32` category mask on chain. Derived from the
 * FHIR resource type (and Observation category) on import. The order is part of the on-chain
 * format: append new categories, never renumber.
 */
export const CATEGORY = {
  vitals: 0,
  labs: 1,
  conditions: 2,
  medications: 3,
  allergies: 4,
  immunizations: 5,
  notes: 6,
  imaging: 7,
  documents: 8,
  aiResults: 9,
  demographics: 10,
  socialHistory: 11,
  assessments: 12,
  otherResults: 13,
} as const;
export type Category = keyof typeof CATEGORY;

/** The categories in the order of {@link CATEGORY}, each once. */
export const inCategoryOrder = (categories: readonly Category[]) =>
  [...new Set(categories)].sort((a, b) => CATEGORY[a] - CATEGORY[b]);

export const CATEGORY_LABEL: Record<Category, string> = {
  vitals: "vital signs",
  labs: "lab results",
  conditions: "conditions",
  medications: "medications",
  allergies: "allergies",
  immunizations: "immunizations",
  notes: "clinical notes",
  imaging: "imaging",
  documents: "documents",
  aiResults: "AI results",
  demographics: "personal details",
  socialHistory: "social history",
  assessments: "questionnaires and screening scores",
  otherResults: "other results",
};

/**
 * Purposes: bit positions of the `uint16` purpose mask. A model consented for inference is not
 * consented for training. Append new purposes, never renumber.
 */
export const PURPOSE = {
  treatment: 0,
  aiInference: 1,
  aiTraining: 2,
  research: 3,
  emergency: 4,
} as const;
export type Purpose = keyof typeof PURPOSE;

export const PURPOSE_LABEL: Record<Purpose, string> = {
  treatment: "your treatment",
  aiInference: "running an AI model on your data",
  aiTraining: "training AI models",
  research: "research",
  emergency: "emergencies",
};

export function categoryMask(categories: readonly Category[]): number {
  return categories.reduce((mask, c) => mask | (1 << CATEGORY[c]), 0) >>> 0;
}

export function purposeMask(purposes: readonly Purpose[]): number {
  return purposes.reduce((mask, p) => mask | (1 << PURPOSE[p]), 0);
}

export function categoriesIn(mask: number): Category[] {
  return (Object.keys(CATEGORY) as Category[]).filter((c) => (mask >>> CATEGORY[c]) & 1);
}

export function purposesIn(mask: number): Purpose[] {
  return (Object.keys(PURPOSE) as Purpose[]).filter((p) => (mask >> PURPOSE[p]) & 1);
}

/**
 * A new record id: 31 random bytes and the category in the lowest byte, so the contract can
 * check a read receipt against a grant without reading storage. Never derived from content.
 */
export function newRecordId(category: Category): Hex {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  bytes[31] = CATEGORY[category];
  return bytesToHex(bytes);
}

export function categoryOfRecordId(recordId: Hex): Category | undefined {
  const index = Number.parseInt(recordId.slice(-2), 16);
  return (Object.keys(CATEGORY) as Category[]).find((c) => CATEGORY[c] === index);
}
