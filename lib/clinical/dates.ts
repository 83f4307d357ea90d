/**
 * Clinical dates as people read them. FHIR dates carry their own precision ("2024",
 * "2024-03", "2024-03-05", or a date-time): a year stays a year, never "1 Jan 2024".
 */

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2024" → "2024", "2024-03" → "Mar 2024", "2024-03-05…" → "5 Mar 2024"; anything else as given. */
export function formatClinicalDate(iso: string | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year;
  if (!day) return MONTH.format(Date.UTC(Number(year), Number(month) - 1, 1));
  return DAY.format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** A date from the chain or the device (an upload), in the same style. */
export const formatDay = (date: Date) => DAY.format(date);

/**
 * Orders ISO dates of mixed precision, latest first; undefined last. "2024" sorts before any
 * date within 2024 (its precision is unknown), which is what a list by date should show.
 */
export function byDateDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? 1 : -1;
}
