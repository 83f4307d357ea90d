import { CATEGORY, type Category, categoryOfRecordId, inCategoryOrder } from "../consent/codes";
import type { Exposure } from "./exposure";
import { UNTIL_REVOKED } from "./grants";

/**
 * The kinds of record a patient is offered when sharing with a clinician, in the order of the
 * form. AI results come last and are never chosen for the patient.
 */
export const CLINICIAN_CATEGORIES = [
  "labs",
  "vitals",
  "conditions",
  "medications",
  "allergies",
  "immunizations",
  "notes",
  "imaging",
  "documents",
  "demographics",
  "socialHistory",
  "aiResults",
] as const satisfies readonly Category[];

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "5 Mar 2027" (UTC, so every screen and test shows the same day). */
export const formatDay = (date: Date) => day.format(date);

/** When a share ends, in words: "until 5 Mar 2027", or "until you stop sharing". */
export const untilInWords = (expiresAt: Date) =>
  expiresAt.getTime() >= UNTIL_REVOKED.getTime() ? "until you stop sharing" : `until ${formatDay(expiresAt)}`;

/** The categories in the order of {@link CATEGORY}. */
export { inCategoryOrder };

/**
 * What a party logged reading, for the patient's receipt: how many times it opened records, and
 * how many distinct records of each kind (from the records' ids, which carry their category).
 */
export function readsInReceipt(exposure: Pick<Exposure, "reads">): {
  times: number;
  records: number;
  byCategory: { category: Category; records: number }[];
} {
  const ids = new Set(exposure.reads.flatMap((read) => read.recordIds.map((id) => id.toLowerCase())));
  const counts = new Map<Category, number>();
  for (const id of ids) {
    const category = categoryOfRecordId(id as `0x${string}`);
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return {
    times: exposure.reads.length,
    records: ids.size,
    byCategory: inCategoryOrder([...counts.keys()]).map((category) => ({
      category,
      records: counts.get(category)!,
    })),
  };
}
