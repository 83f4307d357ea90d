import type { Period, Resource } from "@medplum/fhirtypes";

/**
 * Clinical dates: when something happened to the patient (a test was taken, a condition began, a
 * vaccine was given), not when its file was uploaded. FHIR dates carry their own precision
 * ("2024", "2024-03", "2024-03-05", or a time), which is kept: a condition known only to have begun
 * in 2019 is shown as "2019", never as "1 Jan 2019".
 */

/** A FHIR date, dateTime or instant: YYYY, YYYY-MM, YYYY-MM-DD, or a date with a time. */
const FHIR_DATE =
  /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T[0-2]\d:[0-5]\d(?::[0-6]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Whether `text` is a FHIR date, dateTime or instant (and a real month and day). */
export const isFhirDate = (text: string) => FHIR_DATE.test(text.trim());

const first = (...candidates: Array<string | undefined>) =>
  candidates.find((d) => d && FHIR_DATE.test(d.trim()))?.trim();

const start = (period: Period | undefined) => period?.start;

/**
 * The date a resource is about, as written in it, or undefined when it carries none:
 * Observation and DiagnosticReport effective[x] then issued; Condition and AllergyIntolerance
 * onset[x] then recordedDate; MedicationStatement effective[x] then dateAsserted;
 * MedicationRequest authoredOn; Immunization occurrence[x] then recorded; DocumentReference the
 * period of care it records (context.period) then its own date. Periods give their start.
 */
export function clinicalDateOf(resource: Resource): string | undefined {
  switch (resource.resourceType) {
    case "Observation":
      return first(
        resource.effectiveDateTime,
        start(resource.effectivePeriod),
        resource.effectiveInstant,
        resource.effectiveTiming?.event?.[0],
        resource.issued,
      );
    case "DiagnosticReport":
      return first(resource.effectiveDateTime, start(resource.effectivePeriod), resource.issued);
    case "Condition":
      return first(resource.onsetDateTime, start(resource.onsetPeriod), resource.recordedDate);
    case "AllergyIntolerance":
      return first(resource.onsetDateTime, start(resource.onsetPeriod), resource.recordedDate);
    case "MedicationStatement":
      return first(resource.effectiveDateTime, start(resource.effectivePeriod), resource.dateAsserted);
    case "MedicationRequest":
      return first(resource.authoredOn);
    case "Immunization":
      return first(resource.occurrenceDateTime, resource.recorded);
    case "DocumentReference":
      return first(start(resource.context?.period), resource.date);
    default:
      return undefined;
  }
}

/** en-GB short months, written out so server and browser render alike (ICU versions differ: "Sep"/"Sept"). */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A FHIR date as people read it, at the precision it was given: "2024", "Mar 2024", "5 Mar 2024".
 * A date with a time is shown as the day it was in the source's own time zone (the patient's day),
 * not converted to the reader's. Text that is not a FHIR date is returned as it is.
 */
export function formatClinicalDate(iso: string | undefined): string {
  if (!iso) return "";
  const match = FHIR_DATE.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year;
  if (!day) return `${MONTHS[Number(month) - 1]} ${year}`;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** A date from the chain or the device (an upload), in the same style: "25 Nov 2026". */
export const formatDay = (date: Date) =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/**
 * Orders FHIR dates of mixed precision, latest first; undefined last. "2024" sorts before any
 * date within 2024 (its precision is unknown), which is what a list by date should show.
 */
export function byDateDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  // Instants with zones compare as instants ("23:00-05:00" is after "01:00Z" of the same day);
  // dates without a time, or text, as written.
  const [ta, tb] = [a, b].map((d) => (d.includes("T") ? Date.parse(d) : Number.NaN));
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta < tb ? 1 : -1;
  return a < b ? 1 : -1;
}
