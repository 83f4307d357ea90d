import {
  CATEGORY,
  CATEGORY_LABEL,
  type Category,
  categoryOfRecordId,
  inCategoryOrder,
} from "../consent/codes";
import type { ShareHistory } from "./exposure";
import { listInWords, type Share, UNTIL_REVOKED } from "./grants";

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
  "assessments",
  "otherResults",
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
export function readsInReceipt(exposure: Pick<ShareHistory, "reads">): {
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

/** "1 lab result", "2 notes", "3 records of vital signs". */
export function recordsInWords(category: Category | undefined, n: number): string {
  const many = n !== 1;
  switch (category) {
    case "labs":
      return `${n} ${many ? "lab results" : "lab result"}`;
    case "notes":
      return `${n} ${many ? "notes" : "note"}`;
    case "documents":
      return `${n} ${many ? "documents" : "document"}`;
    case undefined:
      return `${n} ${many ? "records" : "record"}`;
    default:
      return `${n} ${many ? "records" : "record"} of ${CATEGORY_LABEL[category]}`;
  }
}

/** "1 lab result and 2 records of vital signs", from record ids (which carry their category). */
function countedInWords(items: readonly { category: Category | undefined }[]): string {
  const counts = new Map<Category | undefined, number>();
  for (const { category } of items) counts.set(category, (counts.get(category) ?? 0) + 1);
  const known = inCategoryOrder([...counts.keys()].filter((c): c is Category => c !== undefined));
  return listInWords([
    ...known.map((c) => recordsInWords(c, counts.get(c)!)),
    ...(counts.has(undefined) ? [recordsInWords(undefined, counts.get(undefined)!)] : []),
  ]);
}

/** One line of a share's history: a read receipt ("Opened") or records the party added ("Added"). */
export type HistoryEntry = { key: string; verb: "Opened" | "Added"; at: Date; day: string; what: string };

/**
 * A share's history as the patient reads it, newest first: "Opened by Dr. Maya Rivera on
 * 1 Dec 2026: 1 lab result" (each read receipt) and "Added by ... on ...: 1 note" (each time the
 * party added records). The UI writes the verb, the name and `day`/`what` around it.
 */
export function historyEntries(history: ShareHistory): HistoryEntry[] {
  const opened = history.reads.map((read, i): HistoryEntry => {
    const ids = [...new Set(read.recordIds.map((id) => id.toLowerCase() as `0x${string}`))];
    return {
      key: `read-${read.transactionHash}-${i}`,
      verb: "Opened",
      at: read.at,
      day: formatDay(read.at),
      what:
        ids.length === 0
          ? "no records"
          : countedInWords(ids.map((id) => ({ category: categoryOfRecordId(id) }))),
    };
  });
  const byTime = new Map<number, ShareHistory["added"]>();
  for (const record of history.added)
    byTime.set(record.at.getTime(), [...(byTime.get(record.at.getTime()) ?? []), record]);
  const added = [...byTime.values()].map(
    (records): HistoryEntry => ({
      key: `added-${records[0].recordId}`,
      verb: "Added",
      at: records[0].at,
      day: formatDay(records[0].at),
      what: countedInWords(records),
    }),
  );
  return [...opened, ...added].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** "Opened by Dr. Maya Rivera on 1 Dec 2026: 1 lab result" */
export const historyLine = (who: string, entry: HistoryEntry) =>
  `${entry.verb} by ${who} on ${entry.day}: ${entry.what}`;

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/**
 * What a party did, in one plain sentence after its name, for the stop receipt: "opened your lab
 * results once, on 1 Dec 2026, and added 1 note".
 */
export function historyInWords(history: ShareHistory): string {
  const reads = readsInReceipt(history);
  const first = history.reads[0]?.at;
  const last = history.reads.at(-1)?.at;
  const kinds = reads.byCategory.length
    ? listInWords(reads.byCategory.map((c) => CATEGORY_LABEL[c.category]))
    : "records";
  const opened =
    reads.times === 0 || !first || !last
      ? "did not open any of your records"
      : formatDay(first) === formatDay(last)
        ? `opened your ${kinds} ${times(reads.times)}, on ${formatDay(last)}`
        : `opened your ${kinds} ${times(reads.times)}, between ${formatDay(first)} and ${formatDay(last)}`;
  return history.added.length ? `${opened}, and added ${countedInWords(history.added)}` : opened;
}

/**
 * When and how a share that no longer runs ended, in the past tense: "Stopped by you on
 * 1 Dec 2026", "Ran out on 31 Dec 2026", "Used once, on 1 Dec 2026". Null for an active share.
 */
export function endedInWords(
  share: Pick<Share, "status" | "expiresAt">,
  endedAt: Date | null,
): string | null {
  const on = endedAt ? ` on ${formatDay(endedAt)}` : "";
  switch (share.status) {
    case "active":
      return null;
    case "revoked":
      return `Stopped by you${on}`;
    case "allRevoked":
      return `Stopped by you${on}, when you stopped sharing with everyone`;
    case "expired":
      return `Ran out on ${formatDay(share.expiresAt)}`;
    case "used":
      return `Used once${endedAt ? `, on ${formatDay(endedAt)}` : ""}`;
    case "identityChanged":
      return "Ended when their key or model changed: they need your consent again";
    case "suspended":
      return "Paused while their verification has lapsed";
  }
}
