import type {
  AllergyIntolerance,
  Annotation,
  CodeableConcept,
  Condition,
  DiagnosticReport,
  DocumentReference,
  Immunization,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  ObservationReferenceRange,
  Patient,
  Quantity,
  Resource,
  RiskAssessment,
} from "@medplum/fhirtypes";
import type { Address, Hex } from "viem";
import type { Category } from "../consent/codes";
import { categoryOf } from "../records/fhir";
import { VITAL_SIGN_LOINC } from "../records/observationKinds";
import { visibleText } from "../text/visible";
import { byDateDesc, formatClinicalDate, formatDay, isFhirDate } from "./dates";
import { knownName, plainName } from "./names";
import {
  canBeNegative,
  convert,
  displayDecimals,
  possibleRange,
  preferredUnit,
  sameTestCode,
  ucumCodeOf,
  unitLabel,
} from "./units";

/**
 * One view per clinical concept across all of a patient's records. Every decrypted FHIR record
 * is read into measurements (labs and vitals: one table and one trend each, in one unit) and
 * list items (conditions, medications, allergies, immunizations, social history, documents);
 * every entry names the file it came from. Pure: no React, no I/O, so it is tested on its own
 * and runs the same for a patient and, later, for a clinician a patient shared records with.
 */

/** The file an entry came from: "Lab results from riverside-export.json, added 25 Nov 2026". */
export type Source = {
  recordId: Hex;
  name: string;
  addedAt: Date;
  /**
   * A record someone other than the patient added: the account that anchored it, the file's own
   * name, and (see `withAuthorNames`) that account as the Directory names it: `who` in words
   * ("Dr. Maya Rivera, Riverside Clinic (clinician, verified)"), `name` its Directory name
   * (undefined when the account has no entry).
   */
  addedBy?: { author: Address; file: string; who?: string; name?: string };
};

/** A decrypted record, as the view reads it. */
export type ReadRecord =
  | {
      kind: "fhir";
      source: Source;
      category: Category | undefined;
      resources: Resource[];
      /** False for a record someone else added: only resources of its own category are read, never a Patient. */
      byPatient?: boolean;
    }
  | { kind: "file"; source: Source; category: Category | undefined; type: string };

export type Flag = "high" | "low";

/** One point of a series: a value, with the flag and the normal range it came with (in the series' unit). */
export type Point = {
  /** The row (MeasurementValue) it is drawn from. */
  id: string;
  date: string;
  value: number;
  flag?: Flag;
  low?: number;
  high?: number;
};

/** One series of a measurement (blood pressure has two), in one unit. */
export type Series = {
  label: string;
  unit: string;
  unitLabel: string;
  /** The normal range of the latest plotted value that gives one, in `unit`: the band a chart shades. */
  low?: number;
  high?: number;
  /** Which value `low` and `high` came with: its date and file ("range from stmarys.json, 2 Apr 2025"). */
  rangeFrom?: { date: string; source: Source };
  /** Oldest first, as a chart draws them; each coloured by its own flag, not against the band. */
  points: Point[];
};

/** One value of a measurement, as a row of its table. */
export type MeasurementValue = {
  id: string;
  date?: string;
  /** In the measurement's unit when it could be converted: "239.7 mg/dL", "140/87 mmHg", "<5 mg/L", "142/– mmHg". */
  text: string;
  /** As the source wrote it, when that differs: "6.2 mmol/L". */
  original?: string;
  /**
   * Why the value is kept apart from the chart: its unit cannot be converted, it is a bound ("<5")
   * rather than an exact value, or it is not a plausible value (below zero, or beyond what the test
   * can measure).
   */
  apart?: string;
  flag?: Flag;
  range?: string;
  notes: string[];
  sources: Source[];
};

/** Where a measurement is shown; "assessments" are questionnaires and screening scores (a PHQ-9). */
export type MeasurementSection = "labs" | "vitals" | "assessments" | "other";

export type Measurement = {
  key: string;
  section: MeasurementSection;
  name: string;
  code?: { system: string; code: string };
  series: Series[];
  /** Latest first (by clinical date; undated last). */
  values: MeasurementValue[];
  /**
   * What the measurement's row shows as its latest: the latest value that can be compared (in the
   * measurement's unit and plausible), with `note` saying so when a newer one cannot be.
   */
  headline?: { value: MeasurementValue; note?: string };
};

export type ListSection =
  | "conditions"
  | "medications"
  | "allergies"
  | "immunizations"
  | "socialHistory"
  | "aiResults"
  | "documents";

export type ListItem = {
  id: string;
  section: ListSection;
  name: string;
  /** What makes two entries the same thing (a code, or the name): entries of one group merge. */
  group?: string;
  status?: string;
  /** Past entries (a resolved condition, a stopped medication) are listed after current ones. */
  current: boolean;
  dates: { label: string; date: string }[];
  details: string[];
  notes: string[];
  sources: Source[];
  /** A file record (PDF, image) to open in the file list. */
  file?: { type: string };
  /** What the reader should know before believing the entry (a note claiming another author). */
  warnings?: string[];
};

export type ClinicalView = {
  patient?: { name: string; born?: string; sex?: string };
  labs: Measurement[];
  vitals: Measurement[];
  /**
   * Questionnaires and screening scores: every result of a record anchored as "assessments",
   * whatever its source marked it (a PHQ-9 marked "vital-signs" is a questionnaire's score).
   */
  assessments: Measurement[];
  /** Results marked neither lab nor vital sign: surveys and scores of other records, exams, unmarked results. */
  other: Measurement[];
  /** Entries left out because they are not shaped as FHIR says, by file (a writer's malformed record). */
  unreadable: { source: Source; count: number }[];
  lists: Record<ListSection, ListItem[]>;
};

const LOINC = "http://loinc.org";

// ---------------------------------------------------------------------------------- reading

const textOf = (concept: CodeableConcept | undefined) => (concept ? plainName(concept) : undefined);
const notesOf = (notes: Annotation[] | undefined) =>
  (notes ?? []).map((n) => n.text?.trim()).filter((t): t is string => Boolean(t));
const statusOf = (concept: CodeableConcept | undefined) =>
  concept?.coding?.find((c) => c.code)?.code ?? concept?.text?.toLowerCase();
const codeOf = (concept: CodeableConcept | undefined) => {
  const coding = concept?.coding?.find((c) => c.system && c.code);
  return coding ? { system: coding.system!, code: coding.code! } : undefined;
};

const number = (value: number) => String(Number(value.toPrecision(12)));

const significant = (value: number) =>
  value.toExponential().split("e")[0].replace(/[-.]/g, "").replace(/0+$/, "").length;

/**
 * A value for reading: as the source gave it, or, when converted from `given`, with the decimals
 * usual for the unit (78.0 kg, 37.0 °C), else one more significant digit than the source had (at
 * least three): 6.2 mmol/L of cholesterol is 240 mg/dL, not 239.72.
 */
function rounded(value: number, given?: number, unit?: string): string {
  if (given === undefined || value === given) return number(value);
  const decimals = unit === undefined ? undefined : displayDecimals(unit);
  if (decimals !== undefined) return value.toFixed(decimals);
  return number(Number(value.toPrecision(Math.max(3, significant(given) + 1))));
}

function observationDate(o: Observation): string | undefined {
  return o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.effectiveInstant ?? o.issued;
}

function observationSection(
  o: Observation,
  record: Category | undefined,
): MeasurementSection | "social" | "imaging" {
  // The record's category is what consent shares: its results are shown where it is filed.
  if (record === "assessments") return "assessments";
  const codes = (o.category ?? []).flatMap((c) => c.coding ?? []).map((c) => c.code);
  if (codes.includes("social-history")) return "social";
  if (codes.includes("laboratory")) return "labs";
  if (codes.includes("vital-signs")) return "vitals";
  if (codes.includes("imaging")) return "imaging";
  if (codes.length > 0) return "other"; // survey, exam, procedure, activity, therapy
  const loinc = loincOf(o.code);
  if (loinc && VITAL_SIGN_LOINC.has(loinc)) return "vitals";
  return record === "labs" ? "labs" : "other";
}

function valueText(o: {
  valueQuantity?: Quantity;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
  valueBoolean?: boolean;
  valueInteger?: number;
}): string | undefined {
  if (o.valueQuantity?.value !== undefined) {
    const code = ucumCodeOf(o.valueQuantity);
    return `${number(o.valueQuantity.value)} ${code ? unitLabel(code) : (o.valueQuantity.unit ?? "")}`.trim();
  }
  if (o.valueCodeableConcept) return plainName(o.valueCodeableConcept);
  if (o.valueString !== undefined) return o.valueString;
  if (o.valueBoolean !== undefined) return o.valueBoolean ? "Yes" : "No";
  if (o.valueInteger !== undefined) return String(o.valueInteger);
  return undefined;
}

// ------------------------------------------------------------------------------ measurements

/** A measured part before units are settled: one for most observations, two for blood pressure. */
type RawPart = {
  key: string;
  label: string;
  loinc?: string;
  quantity?: Quantity;
  /** The value is a bound, not an exact value: "<5" is below 5. */
  comparator?: Comparator;
  text?: string;
  range?: ObservationReferenceRange;
  interpretation?: string;
  /** The other half of a blood pressure reading that was given alone ("142/– mmHg"). */
  missing?: true;
};
type RawValue = {
  id: string;
  /** The resource's place in its record, and its FHIR id (the same entry imported twice has the same). */
  index: number;
  resourceId?: string;
  date?: string;
  parts: RawPart[];
  notes: string[];
  source: Source;
};
type RawMeasurement = {
  key: string;
  section: MeasurementSection;
  name: string;
  code?: { system: string; code: string };
  values: RawValue[];
};

type Comparator = "<" | "<=" | ">=" | ">";
const COMPARATORS: readonly string[] = ["<", "<=", ">=", ">"];
const comparatorOf = (q: Quantity | undefined): Comparator | undefined =>
  typeof q?.comparator === "string" && COMPARATORS.includes(q.comparator)
    ? (q.comparator as Comparator)
    : undefined;

function interpretationOf(concept: CodeableConcept[] | undefined): string | undefined {
  return concept?.flatMap((c) => c.coding ?? []).find((c) => c.code)?.code;
}

function loincOf(concept: CodeableConcept | undefined) {
  return concept?.coding?.find((c) => c.system === LOINC && c.code)?.code;
}

function conceptKey(concept: CodeableConcept | undefined): string {
  const loinc = loincOf(concept);
  if (loinc) return `${LOINC}|${sameTestCode(loinc)}`;
  const code = codeOf(concept);
  return code ? `${code.system}|${code.code}` : `text|${comparable(textOf(concept) ?? "unnamed")}`;
}

/** A measurement's name and code: a test known under another code is named as the one it joins. */
function measurementName(concept: CodeableConcept | undefined) {
  const loinc = loincOf(concept);
  if (loinc && sameTestCode(loinc) !== loinc) {
    const code = sameTestCode(loinc);
    return { name: knownName(LOINC, code) ?? plainName(concept), code: { system: LOINC, code } };
  }
  return { name: plainName(concept), code: codeOf(concept) };
}

/** Systolic then diastolic: the halves of a blood pressure reading, in the order it is written. */
const BLOOD_PRESSURE_PARTS = ["8480-6", "8462-4"];
const BLOOD_PRESSURE: CodeableConcept = { coding: [{ system: LOINC, code: "85354-9" }] };

/**
 * A systolic or diastolic value given as an Observation of its own (older exports): it is one half
 * of a blood pressure reading, and joins the blood pressure measurement as that series.
 */
const isBloodPressureHalf = (o: Observation) =>
  BLOOD_PRESSURE_PARTS.includes(loincOf(o.code) ?? "") && !(o.component && o.component.length > 0);

const IMPLAUSIBLE = "a value that is not a plausible number (not plotted)";

/**
 * A quantity whose value can be compared and plotted: a finite number of at most a trillion
 * (1e308 passes FHIR's decimal type, and would flatten every chart). Units are checked later.
 */
function plausible(q: Quantity | undefined): Quantity | undefined {
  if (q === undefined) return undefined;
  return typeof q.value === "number" && Number.isFinite(q.value) && Math.abs(q.value) <= 1e12 ? q : undefined;
}

type Valued = Parameters<typeof valueText>[0] & {
  code?: CodeableConcept;
  referenceRange?: ObservationReferenceRange[];
  interpretation?: CodeableConcept[];
};

function rawPart(v: Valued): RawPart {
  const quantity = plausible(v.valueQuantity);
  return {
    key: conceptKey(v.code),
    label: plainName(v.code),
    loinc: loincOf(v.code),
    quantity,
    comparator: quantity ? comparatorOf(quantity) : undefined,
    text: quantity ? undefined : v.valueQuantity ? IMPLAUSIBLE : valueText(v),
    range: v.referenceRange?.[0],
    interpretation: interpretationOf(v.interpretation),
  };
}

function rawParts(o: Observation): RawPart[] {
  const hasValue =
    o.valueQuantity || o.valueString !== undefined || o.valueCodeableConcept || o.valueBoolean !== undefined;
  if (!hasValue && o.component && o.component.length > 0) return o.component.map(rawPart);
  return [rawPart(o)];
}

/**
 * Why a part is kept apart from the chart: its unit cannot be shown in the series' (`unit`), it is
 * not a plausible value (`implausible`), or it is a bound (`bound`: still read in the unit).
 */
type Apart = "unit" | "implausible" | "bound";
type Converted = {
  value?: number;
  unit?: string;
  /** The value as its source wrote it: "<6.2 mmol/L". */
  written?: string;
  original?: string;
  apart?: string;
  why?: Apart;
};

/** How a comparator is shown: "≥" and "≤", as people write them, not ">=" and "<=". */
const COMPARATOR_SIGN: Record<Comparator, string> = { "<": "<", "<=": "≤", ">=": "≥", ">": ">" };
/** A number with its comparator, as shown: "<5", ">90", "≥540". */
const bounded = (text: string, comparator: Comparator | undefined) =>
  `${comparator ? COMPARATOR_SIGN[comparator] : ""}${text}`;

/** Settles one part's value in the series' unit (converting with UCUM), or says why it cannot. */
function settle(part: RawPart, unit: string | undefined, measurement: string): Converted {
  const q = part.quantity;
  if (!q || q.value === undefined) return {};
  const from = ucumCodeOf(q);
  const written =
    `${bounded(number(q.value), part.comparator)} ${from ? unitLabel(from) : (q.unit ?? q.code ?? "")}`.trim();
  // No value of the part has a unit CareKeys can read: a unit given that it cannot read is said.
  if (!unit)
    return from || !(q.unit ?? q.code)
      ? { value: q.value, written }
      : {
          apart: `${written}: the unit "${q.unit ?? q.code}" is not one CareKeys can read`,
          why: "unit",
          original: written,
        };
  if (!from)
    return {
      apart: `${written}: the unit "${q.unit ?? q.code ?? ""}" is not one CareKeys can read`,
      why: "unit",
      original: written,
    };
  const converted =
    from === unit ? { ok: true as const, value: q.value } : convert(q.value, from, unit, part.loinc);
  if (!converted.ok) return { apart: `${written}: ${converted.reason}`, why: "unit", original: written };
  const settled = { value: converted.value, unit, written, ...(from === unit ? {} : { original: written }) };
  const implausible = implausibility(converted.value, unit, part.loinc, measurement);
  if (implausible) return { ...settled, apart: `${written}: ${implausible}`, why: "implausible" };
  if (part.comparator)
    return {
      ...settled,
      apart: `${written} means ${part.comparator.startsWith("<") ? "below" : "above"}${part.comparator.length === 2 ? " or at" : ""} ${rounded(converted.value, q.value, unit)} ${unitLabel(unit)}, not an exact value`,
      why: "bound",
    };
  return settled;
}

/** How many times the median of a series a value may be before it is listed apart as far outside the rest. */
const OUTLIER_FACTOR = 1000;

/**
 * Values of a test without a listed possible range ({@link possibleRange}) that are orders of
 * magnitude above every other (more than 1,000 times the median of at least three plotted values of
 * the series): a typing or export error that would flatten the chart. Listed apart, with the reason.
 */
function markOutliers(parts: (Converted & { part: RawPart })[]) {
  const byKey = new Map<string, (Converted & { part: RawPart })[]>();
  for (const p of parts)
    if (p.value !== undefined && p.unit && !p.apart)
      byKey.set(p.part.key, [...(byKey.get(p.part.key) ?? []), p]);
  for (const list of byKey.values()) {
    if (list.length < 3 || possibleRange(list[0].part.loinc)) continue;
    const sizes = list.map((p) => Math.abs(p.value!)).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)];
    if (median === 0) continue;
    for (const p of list)
      if (Math.abs(p.value!) > OUTLIER_FACTOR * median) {
        p.apart = `${p.written}: far outside every other value of this test (over ${OUTLIER_FACTOR.toLocaleString("en-GB")} times their median); check the source`;
        p.why = "implausible";
      }
  }
}

/**
 * Why a value is not plausible for its test, if it is not: below zero where the quantity cannot be
 * (a concentration, a count, a weight; temperatures and a few differences can), or outside what the
 * test can take at all ({@link possibleRange}).
 */
function implausibility(value: number, unit: string, loinc: string | undefined, name: string) {
  if (value < 0 && !canBeNegative(unit, loinc)) return `not a plausible value: ${name} cannot be below zero`;
  const possible = possibleRange(loinc);
  if (!possible) return undefined;
  const inUnit =
    possible.unit === unit ? { ok: true as const, value } : convert(value, unit, possible.unit, loinc);
  if (!inUnit.ok || (inUnit.value >= possible.low && inUnit.value <= possible.high)) return undefined;
  return `not a plausible value for ${name} (possible: ${possible.low}–${possible.high.toLocaleString("en-GB")} ${unitLabel(possible.unit)}); check the source`;
}

function rangeIn(range: ObservationReferenceRange | undefined, unit: string | undefined, loinc?: string) {
  if (!range) return {};
  const bound = (q: Quantity | undefined) => {
    if (q?.value === undefined) return undefined;
    const from = ucumCodeOf(q) ?? unit;
    if (!unit || !from || from === unit) return q.value;
    const result = convert(q.value, from, unit, loinc);
    return result.ok ? result.value : undefined;
  };
  return { low: bound(range.low), high: bound(range.high), text: range.text };
}

function rangeText(low: number | undefined, high: number | undefined, label: string, fallback?: string) {
  const unit = label ? ` ${label}` : "";
  // Three significant digits at least, never cutting whole digits: 5.2 mmol/L reads "201 mg/dL".
  const r = (v: number) =>
    Number.isInteger(v)
      ? String(v)
      : number(Number(v.toPrecision(Math.max(3, String(Math.trunc(Math.abs(v))).length))));
  if (low !== undefined && high !== undefined) return `${r(low)}–${r(high)}${unit}`;
  if (high !== undefined) return `below ${r(high)}${unit}`;
  if (low !== undefined) return `above ${r(low)}${unit}`;
  return fallback;
}

/**
 * A value's flag against its own range. A bound ("<5", ">300") is flagged only when the bound
 * decides it: ">300" with a range up to 200 is high, "<5" with a range below 5 is not flagged.
 * Without a range, the source's own interpretation (H, L) is used.
 */
function flagOf(
  value: number | undefined,
  low?: number,
  high?: number,
  interpretation?: string,
  comparator?: Comparator,
): Flag | undefined {
  if (value !== undefined && comparator) {
    const inclusive = comparator.length === 2;
    if (comparator.startsWith(">") && high !== undefined && (inclusive ? value > high : value >= high))
      return "high";
    if (comparator.startsWith("<") && low !== undefined && (inclusive ? value < low : value <= low))
      return "low";
  } else {
    if (value !== undefined && high !== undefined && value > high) return "high";
    if (value !== undefined && low !== undefined && value < low) return "low";
  }
  if (low === undefined && high === undefined && interpretation) {
    if (/^(H|HH|HU|>)$/.test(interpretation)) return "high";
    if (/^(L|LL|LU|<)$/.test(interpretation)) return "low";
  }
  return undefined;
}

const testCode = (loinc: string | undefined) => (loinc ? sameTestCode(loinc) : undefined);

/** Latest clinical date first; values of one date in the order of their files (added first), then of their entries. */
const byClinicalOrder = (a: RawValue, b: RawValue) =>
  byDateDesc(a.date, b.date) ||
  a.source.addedAt.getTime() - b.source.addedAt.getTime() ||
  a.source.recordId.localeCompare(b.source.recordId) ||
  (isHalf(a) && isHalf(b) ? byHalf(a, b) : 0) ||
  a.index - b.index;

const partOrder = (part: RawPart) => {
  const i = BLOOD_PRESSURE_PARTS.indexOf(part.loinc ?? "");
  return i === -1 ? BLOOD_PRESSURE_PARTS.length : i;
};

/** How far apart (in minutes) a systolic and a diastolic of one file may be taken to be one reading. */
export const HALVES_WINDOW_MINUTES = 15;

const isHalf = (v: RawValue) => v.parts.length === 1 && partOrder(v.parts[0]) < BLOOD_PRESSURE_PARTS.length;
/** A date with a time, as milliseconds; a date-only value (a day) has none. */
const instantOf = (date: string) => (date.length > 10 ? Date.parse(date) : undefined);
/** One date in one file, written either way ("…T10:00:00Z", "…T12:00:00+02:00"). */
const timeKey = (v: RawValue) => `${v.source.recordId}|${v.date ? (instantOf(v.date) ?? v.date) : ""}`;
/** What a part says: its test, bound, number and unit (or its text). */
const partSays = (p: RawPart) =>
  [
    p.key,
    p.comparator ?? "",
    p.quantity?.value ?? "",
    p.quantity ? (ucumCodeOf(p.quantity) ?? p.quantity.unit ?? "") : "",
    p.text ?? "",
  ].join("|");
const halfValue = (v: RawValue) => v.parts[0].quantity?.value ?? Number.POSITIVE_INFINITY;
/** Halves of one time in a fixed order, whatever the file's: systolic first, then by value. */
const byHalf = (a: RawValue, b: RawValue) =>
  partOrder(a.parts[0]) - partOrder(b.parts[0]) ||
  halfValue(a) - halfValue(b) ||
  partSays(a.parts[0]).localeCompare(partSays(b.parts[0]));

function joined(systolic: RawValue, diastolic: RawValue): RawValue {
  const [first] = [systolic, diastolic].sort((a, b) => byDateDesc(b.date, a.date));
  return {
    ...first,
    parts: [...systolic.parts, ...diastolic.parts],
    notes: [...new Set([...systolic.notes, ...diastolic.notes])],
  };
}

/**
 * Blood pressure halves given alone are joined into readings. A half that repeats a panel of its
 * file (same time, same value) is that panel's reading, shown once. Then, within one file, a
 * systolic and a diastolic at most {@link HALVES_WINDOW_MINUTES} minutes apart are one reading
 * (nearest first; never a guess between two equally near); on a date-only day, only when the file
 * gives exactly one of each that day. A half without its other is a half reading ("142/– mmHg").
 */
function joinHalves(values: RawValue[]): RawValue[] {
  const panels = new Set(
    values
      .filter((v) => v.parts.length > 1)
      .flatMap((v) => v.parts.map((p) => `${timeKey(v)}|${partSays(p)}`)),
  );
  const halves = values.filter(
    (v) => isHalf(v) && v.date && !panels.has(`${timeKey(v)}|${partSays(v.parts[0])}`),
  );
  const out = values.filter((v) => !isHalf(v) || !v.date);
  const used = new Set<RawValue>();
  const byFile = new Map<string, RawValue[]>();
  for (const half of halves)
    byFile.set(half.source.recordId, [...(byFile.get(half.source.recordId) ?? []), half]);
  for (const list of byFile.values()) {
    const systolic = (v: RawValue) => partOrder(v.parts[0]) === 0;
    // Timed halves: every pair within the window, nearest first.
    const timed = list.filter((v) => instantOf(v.date!) !== undefined).sort(byHalf);
    const pairs = timed
      .filter(systolic)
      .flatMap((s) =>
        timed
          .filter((d) => !systolic(d))
          .map((d) => ({ s, d, apart: Math.abs(instantOf(s.date!)! - instantOf(d.date!)!) })),
      )
      .filter((p) => p.apart <= HALVES_WINDOW_MINUTES * 60_000)
      .sort((a, b) => a.apart - b.apart);
    const unsure = new Set<RawValue>();
    for (const pair of pairs) {
      if (used.has(pair.s) || used.has(pair.d) || unsure.has(pair.s) || unsure.has(pair.d)) continue;
      const tied = pairs.some(
        (q) =>
          q !== pair &&
          q.apart === pair.apart &&
          (q.s === pair.s || q.d === pair.d) &&
          !used.has(q.s) &&
          !used.has(q.d),
      );
      if (tied) {
        unsure.add(pair.s);
        unsure.add(pair.d);
        continue;
      }
      used.add(pair.s);
      used.add(pair.d);
      out.push(joined(pair.s, pair.d));
    }
    // Date-only halves: one of each on the day, or none joined.
    const days = new Map<string, RawValue[]>();
    for (const v of list)
      if (instantOf(v.date!) === undefined) days.set(v.date!, [...(days.get(v.date!) ?? []), v]);
    for (const day of days.values()) {
      const s = day.filter(systolic);
      const d = day.filter((v) => !systolic(v));
      if (s.length !== 1 || d.length !== 1) continue;
      used.add(s[0]);
      used.add(d[0]);
      out.push(joined(s[0], d[0]));
    }
  }
  return [...out, ...halves.filter((h) => !used.has(h))];
}

function finishMeasurement(raw: RawMeasurement): Measurement {
  const bloodPressure = raw.code?.system === LOINC && raw.code.code === BLOOD_PRESSURE.coding![0].code;
  const joined = bloodPressure ? joinHalves(raw.values.map((v) => ({ ...v }))) : raw.values;
  // Latest first, so that among units given equally often the latest value's wins, whatever the file order.
  const latestFirst = [...joined].sort(byClinicalOrder);
  // One unit per part (series): the preferred unit among the values given.
  const partKeys = [
    ...new Map(latestFirst.flatMap((v) => v.parts.map((p) => [p.key, p] as const))).values(),
  ].sort((a, b) => partOrder(a) - partOrder(b));
  const units = new Map<string, string | undefined>();
  for (const part of partKeys) {
    const given = latestFirst.flatMap((v) =>
      v.parts
        .filter((p) => p.key === part.key && p.quantity?.value !== undefined)
        .map((p) => ucumCodeOf(p.quantity!)),
    );
    const known = given.filter((u): u is string => Boolean(u));
    // The unit of the test the parts are merged under: cholesterol in mmol/L (14647-2) is shown in mg/dL, as 2093-3.
    units.set(part.key, known.length > 0 ? preferredUnit(testCode(part.loinc), known) : undefined);
  }
  const series: Series[] = partKeys
    .filter((part) => units.get(part.key))
    .map((part) => ({
      label: visibleText(part.label),
      unit: units.get(part.key)!,
      unitLabel: unitLabel(units.get(part.key)!),
      points: [],
    }));
  const seriesOf = (key: string) =>
    series[partKeys.filter((p) => units.get(p.key)).findIndex((p) => p.key === key)];
  // A half reading keeps the other half's place: "142/– mmHg".
  const slots = (value: RawValue): RawPart[] =>
    bloodPressure && value.parts.length === 1 && partOrder(value.parts[0]) < BLOOD_PRESSURE_PARTS.length
      ? partKeys
          .filter((p) => partOrder(p) < BLOOD_PRESSURE_PARTS.length)
          .map(
            (p) => value.parts.find((q) => q.key === p.key) ?? { key: p.key, label: p.label, missing: true },
          )
      : value.parts;

  const values: MeasurementValue[] = [];
  const readable = new Set<MeasurementValue>();
  /** Why a number of a row cannot be compared: its unit, or it is not plausible. */
  const uncomparable = new Map<MeasurementValue, Apart>();
  const seen = new Map<string, { row: MeasurementValue; entries: Set<string> }>();
  const settledValues = latestFirst.map((value) => ({
    value,
    settled: slots(value).map((part) => ({
      part,
      unit: units.get(part.key),
      ...settle(part, units.get(part.key), raw.name),
    })),
  }));
  markOutliers(settledValues.flatMap((v) => v.settled));
  for (const { value, settled } of settledValues) {
    const present = settled.filter((s) => !s.part.missing);
    // A value kept apart for its unit keeps its source's range, in its own unit.
    const ownUnit = (s: (typeof settled)[number]) =>
      s.why === "unit" && s.part.quantity ? ucumCodeOf(s.part.quantity) : s.unit;
    const ranges = settled.map((s) => rangeIn(s.part.range, ownUnit(s), s.part.loinc));
    const sameUnit = present.every((s) => s.unit === present[0].unit);
    // A reading with one half kept apart and the other plotted says which half is not plotted.
    const partly = present.length > 1 && present.some((s) => !s.apart);
    const apartText = partly
      ? present
          .filter((s) => s.apart)
          .map((s) => `${s.part.label} not plotted: ${s.apart}.`)
          .join(" ")
      : present.some((s) => s.apart)
        ? `Not plotted: ${present
            .map((s) => s.apart)
            .filter(Boolean)
            .join("; ")}.`
        : undefined;
    const shownNumber = (s: (typeof settled)[number]) =>
      bounded(rounded(s.value!, s.part.quantity?.value, s.unit), s.part.comparator);
    let text: string;
    if (settled.length > 1 && sameUnit && present.every((s) => s.value !== undefined && s.why !== "unit")) {
      text = `${settled.map((s) => (s.part.missing ? "–" : shownNumber(s))).join("/")} ${unitLabel(present[0].unit!)}`;
    } else {
      text = present
        .map((s) => {
          const shown =
            s.value !== undefined && s.why !== "unit"
              ? `${shownNumber(s)} ${
                  s.unit ? unitLabel(s.unit) : (s.part.quantity?.unit ?? s.part.quantity?.code ?? "")
                }`.trim()
              : (s.original ?? s.part.text ?? "no value");
          return settled.length > 1 ? `${s.part.label} ${shown}` : shown;
        })
        .join(", ");
    }
    const original = settled
      .filter((s) => s.original && s.value !== undefined && s.why !== "unit")
      .map((s) => (settled.length > 1 ? `${s.part.label} ${s.original}` : s.original!))
      .join(", ");
    const rangeParts = settled.map((s, i) =>
      rangeText(ranges[i].low, ranges[i].high, ownUnit(s) ? unitLabel(ownUnit(s)!) : "", ranges[i].text),
    );
    const range =
      settled.length > 1
        ? settled
            .map((s, i) => (rangeParts[i] ? `${s.part.label} ${rangeParts[i]}` : undefined))
            .filter(Boolean)
            .join("; ")
        : rangeParts[0];
    const flags = settled.map((s, i) =>
      s.why === "implausible" || s.part.missing
        ? undefined
        : flagOf(
            s.why === "unit" ? s.part.quantity?.value : s.value,
            ranges[i].low,
            ranges[i].high,
            s.part.interpretation,
            s.part.comparator,
          ),
    );
    const flag = flags.find((f) => f === "high") ?? flags.find((f) => f === "low");

    // The same entry imported twice (same date, same values, from another file or with the same
    // FHIR id) is one row with two sources; two entries of one file are two rows.
    text = visibleText(text);
    const identity = `${value.date ?? value.id}|${text}`;
    const entry = `${value.source.recordId}|${value.resourceId ?? `#${value.index}`}`;
    const existing = seen.get(identity);
    if (
      existing &&
      (existing.entries.has(entry) || !existing.row.sources.some((s) => s.recordId === value.source.recordId))
    ) {
      existing.entries.add(entry);
      if (!existing.row.sources.some((s) => s.recordId === value.source.recordId))
        existing.row.sources.push(value.source);
      continue;
    }
    const row: MeasurementValue = {
      id: value.id,
      date: value.date,
      text,
      original: original ? visibleText(original) : undefined,
      apart: apartText ? visibleText(apartText) : undefined,
      flag,
      range: range ? visibleText(range) : undefined,
      notes: value.notes.map(visibleText),
      sources: [value.source],
    };
    if (!existing) seen.set(identity, { row, entries: new Set([entry]) });
    values.push(row);
    if (present.every((s) => s.value !== undefined && s.why !== "unit" && s.why !== "implausible"))
      readable.add(row);
    else {
      const why = present.find((s) => s.why === "unit" || s.why === "implausible")?.why;
      if (why) uncomparable.set(row, why);
    }
    settled.forEach((s, i) => {
      const target = s.unit ? seriesOf(s.part.key) : undefined;
      if (!target || s.value === undefined || s.apart || !value.date) return;
      const { low, high } = ranges[i];
      target.points.push({
        id: value.id,
        date: value.date,
        value: s.value,
        ...(flags[i] ? { flag: flags[i] } : {}),
        ...(low !== undefined ? { low } : {}),
        ...(high !== undefined ? { high } : {}),
      });
      if (
        target.low === undefined &&
        target.high === undefined &&
        (low !== undefined || high !== undefined)
      ) {
        target.low = low;
        target.high = high;
        target.rangeFrom = { date: value.date, source: value.source };
      }
    });
  }
  for (const s of series) s.points.reverse();
  return {
    key: raw.key,
    section: raw.section,
    name: visibleText(raw.name),
    code: raw.code,
    series,
    values,
    headline: headlineOf(values, series, readable, uncomparable),
  };
}

/**
 * The value a measurement's row shows: the latest one that can be compared with the rest; when a
 * newer one cannot (its unit cannot be converted, it is not plausible), the headline says so, and
 * when none can, it says that the latest shown cannot be compared, and why.
 */
function headlineOf(
  values: MeasurementValue[],
  series: Series[],
  readable: Set<MeasurementValue>,
  uncomparable: Map<MeasurementValue, Apart>,
): Measurement["headline"] {
  const [newest] = values;
  if (!newest) return undefined;
  const why = uncomparable.get(newest);
  // Values without a unit to compare in (text answers, unitless numbers): the latest, as written.
  if (series.length === 0 && !why) return { value: newest };
  const latest = values.find((v) => readable.has(v));
  if (latest === newest) return { value: newest };
  const when = newest.date ? `, ${formatClinicalDate(newest.date)}` : "";
  const unit = series.length === 1 ? ` in ${series[0].unitLabel}` : "";
  if (!latest) {
    if (!why) return { value: newest };
    const note =
      why === "implausible"
        ? `No value can be compared: the latest (${newest.text}${when}) is not a plausible value.`
        : series.length === 0
          ? `No value can be shown in a common unit: the latest (${newest.text}${when}) is in a unit CareKeys cannot read.`
          : `No value can be shown in a common unit: the latest (${newest.text}${when}) is in a unit that cannot be converted${series.length === 1 ? ` to ${series[0].unitLabel}` : ""}.`;
    return { value: newest, note };
  }
  return {
    value: latest,
    note: `Latest readable value: a newer one (${newest.text}${when}) cannot be compared${unit}.`,
  };
}

// -------------------------------------------------------------------------------- list items

function conditionItem(c: Condition, source: Source, id: string): ListItem | undefined {
  if (statusOf(c.verificationStatus) === "entered-in-error") return undefined;
  const clinical = statusOf(c.clinicalStatus);
  const refuted = statusOf(c.verificationStatus) === "refuted";
  const dates: ListItem["dates"] = [];
  const onset = c.onsetDateTime ?? c.onsetPeriod?.start;
  if (onset) dates.push({ label: "Since", date: onset });
  const ended = c.abatementDateTime ?? c.abatementPeriod?.end;
  if (ended) dates.push({ label: "Ended", date: ended });
  if (c.recordedDate) dates.push({ label: "Recorded", date: c.recordedDate });
  const name = textOf(c.code) ?? "Condition without a name";
  return {
    id,
    section: "conditions",
    name,
    group: `condition|${codeOf(c.code)?.code ?? name.toLowerCase()}`,
    status: refuted ? "ruled out" : clinical,
    current: !refuted && (clinical === undefined || ["active", "recurrence", "relapse"].includes(clinical)),
    dates,
    details: [
      ...(c.severity ? [`Severity: ${plainName(c.severity).toLowerCase()}`] : []),
      ...(c.onsetString ? [`Since ${c.onsetString}`] : []),
      ...(c.abatementString ? [`Ended: ${c.abatementString}`] : []),
      ...(c.bodySite ?? []).map((b) => `Where: ${plainName(b)}`),
    ],
    notes: notesOf(c.note),
    sources: [source],
  };
}

/**
 * The medicine a name is about, without its strength and form: "Metformin 500 MG Oral Tablet" and
 * "metformin 1000 mg tablet" are both "metformin" (a change of dose, not a second medicine).
 */
function medicineKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const strength = words.findIndex((w) => /^\d/.test(w));
  return (strength > 0 ? words.slice(0, strength) : words).join(" ");
}

function medicationItem(
  m: MedicationStatement | MedicationRequest,
  source: Source,
  id: string,
): ListItem | undefined {
  if (m.status === "entered-in-error") return undefined;
  const reference = m.medicationReference?.reference;
  const contained = reference?.startsWith("#")
    ? m.contained?.find(
        (r): r is Medication => r.resourceType === "Medication" && r.id === reference.slice(1),
      )
    : undefined;
  const concept = m.medicationCodeableConcept ?? contained?.code;
  const name = textOf(concept) ?? m.medicationReference?.display ?? "Medication without a name";
  const dates: ListItem["dates"] = [];
  const details: string[] = [];
  if (m.resourceType === "MedicationStatement") {
    if (m.effectivePeriod?.start) dates.push({ label: "Started", date: m.effectivePeriod.start });
    if (m.effectivePeriod?.end) dates.push({ label: "Stopped", date: m.effectivePeriod.end });
    if (m.effectiveDateTime) dates.push({ label: "Taken", date: m.effectiveDateTime });
    if (m.dateAsserted && dates.length === 0) dates.push({ label: "Recorded", date: m.dateAsserted });
    details.push(...(m.dosage ?? []).map((d) => d.text).filter((t): t is string => Boolean(t)));
  } else {
    if (m.authoredOn) dates.push({ label: "Prescribed", date: m.authoredOn });
    details.push(...(m.dosageInstruction ?? []).map((d) => d.text).filter((t): t is string => Boolean(t)));
  }
  const reasons = (m.reasonCode ?? []).map((r) => plainName(r));
  if (reasons.length > 0) details.push(`For ${reasons.join(", ").toLowerCase()}`);
  const statusReason =
    m.resourceType === "MedicationStatement"
      ? m.statusReason?.map((r) => plainName(r))
      : m.statusReason
        ? [plainName(m.statusReason)]
        : [];
  if (statusReason?.length) details.push(`Why ${m.status}: ${statusReason.join(", ").toLowerCase()}`);
  return {
    id,
    section: "medications",
    name,
    group: `medicine|${medicineKey(name)}`,
    // A prescription says a medicine was prescribed, not that it is taken.
    status: m.resourceType === "MedicationRequest" && m.status === "active" ? "prescribed" : m.status,
    current: ["active", "intended", "on-hold", "draft"].includes(m.status ?? ""),
    dates,
    details,
    notes: notesOf(m.note),
    sources: [source],
  };
}

function allergyItem(a: AllergyIntolerance, source: Source, id: string): ListItem | undefined {
  if (statusOf(a.verificationStatus) === "entered-in-error") return undefined;
  const clinical = statusOf(a.clinicalStatus);
  const dates: ListItem["dates"] = [];
  const onset = a.onsetDateTime ?? a.onsetPeriod?.start;
  if (onset) dates.push({ label: "Since", date: onset });
  if (a.recordedDate) dates.push({ label: "Recorded", date: a.recordedDate });
  const details = (a.reaction ?? []).map((r) => {
    const what = (r.manifestation ?? []).map((m) => plainName(m).toLowerCase()).join(", ");
    return `Reaction: ${what || "not described"}${r.severity ? ` (${r.severity})` : ""}`;
  });
  if (a.criticality)
    details.push(`Risk: ${a.criticality === "unable-to-assess" ? "not assessed" : `${a.criticality}`}`);
  if (a.category?.length) details.push(`Kind: ${a.category.join(", ")}`);
  const name = textOf(a.code) ?? "Allergy without a name";
  return {
    id,
    section: "allergies",
    name,
    group: `allergy|${codeOf(a.code)?.code ?? name.toLowerCase()}`,
    status: statusOf(a.verificationStatus) === "refuted" ? "ruled out" : clinical,
    current: clinical === undefined || clinical === "active",
    dates,
    details,
    notes: notesOf(a.note),
    sources: [source],
  };
}

function immunizationItem(i: Immunization, source: Source, id: string): ListItem | undefined {
  if (i.status === "entered-in-error") return undefined;
  const date = i.occurrenceDateTime;
  const given = i.status !== "not-done";
  const doses = (i.protocolApplied ?? []).map((p) => {
    const dose = p.doseNumberPositiveInt ?? p.doseNumberString;
    const of = p.seriesDosesPositiveInt ?? p.seriesDosesString;
    return dose !== undefined ? `Dose ${dose}${of !== undefined ? ` of ${of}` : ""}` : undefined;
  });
  return {
    id,
    section: "immunizations",
    name: textOf(i.vaccineCode) ?? "Vaccine without a name",
    status: given ? i.status : "not given",
    current: given,
    dates: date ? [{ label: given ? "Given" : "Not given, on", date }] : [],
    details: [
      ...doses.filter((d): d is string => Boolean(d)),
      ...(i.occurrenceString ? [`${given ? "Given" : "Due"} ${i.occurrenceString}`] : []),
      ...(i.statusReason ? [`Reason: ${plainName(i.statusReason).toLowerCase()}`] : []),
      ...(i.lotNumber ? [`Lot ${i.lotNumber}`] : []),
    ],
    notes: notesOf(i.note),
    sources: [source],
  };
}

/** An AI model's result: the predicted risk, over how long, by which model, on which inputs (its notes). */
function riskItem(r: RiskAssessment, source: Source, id: string): ListItem | undefined {
  if (r.status === "entered-in-error" || r.status === "cancelled") return undefined;
  const prediction = r.prediction?.[0];
  const probability = prediction?.probabilityDecimal;
  const years = prediction?.whenRange?.high?.value;
  return {
    id,
    section: "aiResults",
    name: prediction?.outcome?.text ?? textOf(prediction?.outcome) ?? "Risk estimate",
    status: r.status,
    current: true,
    dates: r.occurrenceDateTime ? [{ label: "Computed", date: r.occurrenceDateTime }] : [],
    details: [
      ...(typeof probability === "number" && Number.isFinite(probability)
        ? [`${(probability * 100).toFixed(1)} %${typeof years === "number" ? ` over ${years} years` : ""}`]
        : []),
      ...(r.performer?.display ? [`By ${r.performer.display}`] : []),
      ...(r.method?.text ? [`Method: ${r.method.text}`] : []),
    ],
    notes: notesOf(r.note),
    sources: [source],
  };
}

function socialItem(o: Observation, source: Source, id: string): ListItem | undefined {
  if (o.status === "entered-in-error" || o.status === "cancelled") return undefined;
  const date = observationDate(o);
  const value = valueText(o);
  return {
    id,
    section: "socialHistory",
    name: plainName(o.code),
    current: true,
    dates: date ? [{ label: "As of", date }] : [],
    details: value ? [value] : [],
    notes: notesOf(o.note),
    sources: [source],
  };
}

const isPlainText = (type: string | undefined) => type !== undefined && /^text\/plain\b/.test(type);

const SHOWN_TEXT = 20_000;
/** Enough base64 for {@link SHOWN_TEXT} characters of up to 4 UTF-8 bytes each (a multiple of 4). */
const SHOWN_BASE64 = Math.ceil((SHOWN_TEXT * 4) / 3) * 4;

/** Base64 text from an attachment (at most 20,000 characters are shown, in any script). */
function decodeText(base64: string): string {
  try {
    const bytes = Uint8Array.from(atob(base64.slice(0, SHOWN_BASE64)), (c) => c.charCodeAt(0));
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).trim();
    return text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}…` : text;
  } catch {
    return "The text of this document could not be read.";
  }
}

function documentItem(
  d: DocumentReference | DiagnosticReport,
  source: Source,
  id: string,
): ListItem | undefined {
  if (d.status === "entered-in-error") return undefined;
  if (d.resourceType === "DocumentReference") {
    const titles = (d.content ?? []).map((c) => c.attachment?.title).filter((t): t is string => Boolean(t));
    const authors = (d.author ?? []).map((a) => a?.display).filter((a): a is string => isText(a) && a !== "");
    const date = d.context?.period?.start ?? d.date;
    // A writer chooses the "By" in its own note: the account that anchored it says who wrote it.
    const by = source.addedBy;
    const claimsOther = by !== undefined && (d.author ?? []).some((a) => claimsAnotherAuthor(a, by));
    return {
      id,
      section: "documents",
      name: d.description ?? titles[0] ?? textOf(d.type) ?? "Document",
      status: d.docStatus,
      current: true,
      dates: date ? [{ label: "Dated", date }] : [],
      details: [
        ...(d.type && d.description ? [plainName(d.type)] : []),
        ...titles.filter((t) => t !== d.description),
        ...(by ? [`By ${by.who ?? by.author}`] : authors.length > 0 ? [`By ${authors.join(", ")}`] : []),
        ...(d.content ?? []).flatMap((c) =>
          c.attachment?.data && !isPlainText(c.attachment.contentType)
            ? [`Attached file (${c.attachment.contentType ?? "unknown type"}): open the file to read it`]
            : [],
        ),
      ],
      // Text written into the document itself is the document: shown, and searched.
      notes: (d.content ?? []).flatMap((c) =>
        c.attachment?.data && isPlainText(c.attachment.contentType) ? [decodeText(c.attachment.data)] : [],
      ),
      sources: [source],
      ...(claimsOther
        ? {
            warnings: [
              `It says it is by ${authors.length > 0 ? authors.join(", ") : "another account"}, but that is not who added it.`,
            ],
          }
        : {}),
    };
  }
  const date = d.effectiveDateTime ?? d.effectivePeriod?.start ?? d.issued;
  return {
    id,
    section: "documents",
    name: textOf(d.code) ?? "Report",
    status: d.status,
    current: true,
    dates: date ? [{ label: "Dated", date }] : [],
    details: (d.conclusionCode ?? []).map((c) => plainName(c)),
    notes: d.conclusion ? [d.conclusion] : [],
    sources: [source],
  };
}

// ------------------------------------------------------------------------------- the checks

/** Whether a resource written by someone else belongs to the category its record was anchored in. */
function withinOwnCategory(resource: Resource, category: Category | undefined): boolean {
  if (!resource || typeof resource !== "object" || resource.resourceType === "Patient") return false;
  try {
    return category !== undefined && categoryOf(resource) === category;
  } catch {
    return false;
  }
}

/**
 * A clinical date to sort and show: a FHIR date (year, month or day, or a date-time) no later than
 * next year. Anything else ("9999-99-99", "soon", a number) is no date: the entry is listed
 * undated rather than as the latest.
 */
function validDate(value: unknown): string | undefined {
  if (typeof value !== "string" || !isFhirDate(value)) return undefined;
  return Number(value.slice(0, 4)) <= new Date().getUTCFullYear() + 1 ? value : undefined;
}

const isText = (value: unknown): value is string => typeof value === "string";

/** An entry every later step can read: texts are texts, lists are lists of texts. */
/**
 * Whether a document's own author entry names someone other than the account that anchored it:
 * a display name that is not that account's Directory name (any name, when it has none), or an
 * identifier of another account.
 */
function claimsAnotherAuthor(
  claimed: { display?: unknown; identifier?: { value?: unknown } } | null | undefined,
  by: NonNullable<Source["addedBy"]>,
): boolean {
  if (!claimed || typeof claimed !== "object") return false;
  const display = typeof claimed.display === "string" ? comparable(claimed.display) : "";
  if (display !== "" && display !== comparable(by.name ?? "")) return true;
  const id = claimed.identifier?.value;
  return (
    typeof id === "string" &&
    id.startsWith("did:pkh:") &&
    !id.toLowerCase().endsWith(`:${by.author.toLowerCase()}`)
  );
}

/**
 * FHIR status codes in a patient's words, per list ("active" means "current" for a condition and
 * "taking" for a medicine a patient reports; an active prescription reads "prescribed"). A status that is simply the normal state of a document ("final") is
 * not shown. Codes not listed are shown as written.
 */
const STATUS_WORDS: Record<ListSection, Record<string, string | undefined>> = {
  conditions: {
    active: "current",
    recurrence: "back again",
    relapse: "back again",
    inactive: "no longer current",
    remission: "in remission",
    resolved: "resolved",
  },
  medications: {
    active: "taking",
    completed: "finished",
    stopped: "stopped",
    "on-hold": "paused",
    intended: "planned",
    "not-taken": "not taken",
    draft: "not yet prescribed",
    cancelled: "cancelled",
    unknown: "status unknown",
  },
  allergies: { active: "current", inactive: "no longer current", resolved: "resolved" },
  immunizations: { completed: "given" },
  socialHistory: {
    final: undefined,
    amended: "corrected",
    corrected: "corrected",
    preliminary: "not final yet",
  },
  aiResults: { final: undefined, preliminary: "not final yet", amended: "corrected", corrected: "corrected" },
  documents: {
    current: undefined,
    final: undefined,
    preliminary: "draft",
    partial: "not final yet",
    registered: "ordered",
    amended: "corrected",
    corrected: "corrected",
    appended: "added to",
    superseded: "replaced by a newer version",
  },
};

const plainStatus = (section: ListSection, status: string | undefined) =>
  status === undefined || !(status in STATUS_WORDS[section]) ? status : STATUS_WORDS[section][status];

/** A name as compared: no invisible characters, spaces collapsed, any case. */
const comparable = (name: string) =>
  visibleText(name.normalize("NFKC")).replace(/\s+/gu, " ").trim().toLowerCase();

/**
 * An entry as shown: every text without bidi overrides, invisible and control characters
 * (`visibleText`), so the page shows what search reads.
 */
function shownItem(item: ListItem): ListItem {
  return {
    ...item,
    name: visibleText(item.name),
    ...(item.group === undefined ? {} : { group: visibleText(item.group) }),
    ...(item.status === undefined ? {} : { status: visibleText(item.status) }),
    dates: item.dates.map((d) => ({ ...d, label: visibleText(d.label) })),
    details: item.details.map(visibleText),
    notes: item.notes.map(visibleText),
    ...(item.warnings ? { warnings: item.warnings.map(visibleText) } : {}),
  };
}

/** A file as shown in "from ...": its name (and its author's) without invisible characters. */
function shownSource(source: Source): Source {
  const by = source.addedBy;
  return {
    ...source,
    name: visibleText(source.name),
    ...(by
      ? {
          addedBy: {
            ...by,
            file: visibleText(by.file),
            ...(by.who === undefined ? {} : { who: visibleText(by.who) }),
            ...(by.name === undefined ? {} : { name: visibleText(by.name) }),
          },
        }
      : {}),
  };
}

/** The date part of a time, as FHIR writes a date ("2026-12-01"). */
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

function wellFormed(item: ListItem): boolean {
  return (
    isText(item.name) &&
    (item.status === undefined || isText(item.status)) &&
    Array.isArray(item.details) &&
    item.details.every(isText) &&
    Array.isArray(item.notes) &&
    item.notes.every(isText) &&
    Array.isArray(item.dates) &&
    item.dates.every((d) => isText(d.label))
  );
}

// ---------------------------------------------------------------------------------- the view

const emptyLists = (): Record<ListSection, ListItem[]> => ({
  conditions: [],
  medications: [],
  allergies: [],
  immunizations: [],
  socialHistory: [],
  aiResults: [],
  documents: [],
});

/**
 * An entry's id, unique in the view and the same on every build: its record, its place in that
 * record, and its FHIR id when it has one (many bundles leave `id` out, so it cannot be the key).
 */
const entryId = (source: Source, index: number, resource: Resource | undefined) =>
  `${source.recordId}/${index}${typeof resource?.id === "string" && resource.id ? `/${resource.id}` : ""}`;

/** Merges every record's resources into one view per concept. */
export function buildClinicalView(records: readonly ReadRecord[]): ClinicalView {
  const measurements = new Map<string, RawMeasurement>();
  const lists = emptyLists();
  let patient: { resource: Patient; addedAt: Date } | undefined;

  const unreadable = new Map<Hex, { source: Source; count: number }>();
  const add = (entry: ListItem | undefined) => {
    let item = entry;
    if (!item) return;
    if (!wellFormed(item)) throw new TypeError("not a well-formed entry");
    item = shownItem(item);
    const dates = item.dates.filter((d) => validDate(d.date) !== undefined);
    const by = item.sources[0]?.addedBy;
    // An entry someone else added: its own dates are what its writer wrote; the chain says when it was added.
    const status = plainStatus(item.section, item.status);
    lists[item.section].push({
      ...item,
      ...(status === undefined ? { status: undefined } : { status }),
      dates: by
        ? [
            ...dates.map((d) => ({ ...d, label: `${d.label} (as written)` })),
            { label: "Added", date: dayOf(item.sources[0].addedAt) },
          ]
        : dates,
    });
  };
  for (const record of records) {
    const source = shownSource(record.source);
    if (record.kind === "file") {
      add({
        id: source.recordId,
        section: "documents",
        name: source.name,
        current: true,
        dates: [],
        details: [record.type === "application/pdf" ? "PDF document" : "Image"],
        notes: [],
        sources: [source],
        file: { type: record.type },
      });
      continue;
    }
    for (const [index, resource] of record.resources.entries()) {
      const id = entryId(source, index, resource);
      // A writer's record speaks only within what it was allowed to write: a "note" cannot bring
      // lab values, medicines, allergies or the patient's name into the patient's views.
      if (record.byPatient === false && !withinOwnCategory(resource, record.category)) continue;
      try {
        switch (resource?.resourceType) {
          case "Patient":
            if (!patient || patient.addedAt < source.addedAt) patient = { resource, addedAt: source.addedAt };
            break;
          case "Observation": {
            if (resource.status === "entered-in-error" || resource.status === "cancelled") break;
            const section = observationSection(resource, record.category);
            if (section === "social") {
              add(socialItem(resource, source, id));
              break;
            }
            if (section === "imaging") break;
            const concept = isBloodPressureHalf(resource) ? BLOOD_PRESSURE : resource.code;
            const key = `${section}|${conceptKey(concept)}`;
            let raw = measurements.get(key);
            if (!raw) {
              raw = { key, section, ...measurementName(concept), values: [] };
              measurements.set(key, raw);
            }
            raw.values.push({
              id,
              index,
              resourceId: typeof resource.id === "string" ? resource.id : undefined,
              date: validDate(observationDate(resource)),
              parts: rawParts(resource),
              notes: notesOf(resource.note),
              source,
            });
            break;
          }
          case "Condition":
            add(conditionItem(resource, source, id));
            break;
          case "MedicationStatement":
          case "MedicationRequest":
            add(medicationItem(resource, source, id));
            break;
          case "AllergyIntolerance":
            add(allergyItem(resource, source, id));
            break;
          case "Immunization":
            add(immunizationItem(resource, source, id));
            break;
          case "DocumentReference":
          case "DiagnosticReport":
            add(documentItem(resource, source, id));
            break;
          case "RiskAssessment":
            add(riskItem(resource, source, id));
            break;
          default:
            break;
        }
      } catch {
        // A resource of the wrong shape (a writer's malformed record): left out, and counted.
        unreadable.set(source.recordId, { source, count: (unreadable.get(source.recordId)?.count ?? 0) + 1 });
      }
    }
  }

  const finished = [...measurements.values()].flatMap((raw) => {
    try {
      return [finishMeasurement(raw)];
    } catch {
      for (const value of raw.values)
        unreadable.set(value.source.recordId, {
          source: value.source,
          count: (unreadable.get(value.source.recordId)?.count ?? 0) + 1,
        });
      return [];
    }
  });
  const byLatest = (a: Measurement, b: Measurement) =>
    byDateDesc(a.values[0]?.date, b.values[0]?.date) || a.name.localeCompare(b.name);
  lists.socialHistory = latestPerConcept(lists.socialHistory);
  for (const section of Object.keys(lists) as ListSection[]) lists[section] = mergeItems(lists[section]);
  const p = patient?.resource;
  return {
    patient: p
      ? {
          name: visibleText(
            p.name?.map((n) => n.text ?? [...(n.given ?? []), n.family].filter(Boolean).join(" "))[0] ??
              "Name not given",
          ),
          born: validDate(p.birthDate),
          sex: p.gender,
        }
      : undefined,
    labs: finished.filter((m) => m.section === "labs").sort(byLatest),
    vitals: finished.filter((m) => m.section === "vitals").sort(byLatest),
    assessments: finished.filter((m) => m.section === "assessments").sort(byLatest),
    other: finished.filter((m) => m.section === "other").sort(byLatest),
    lists,
    unreadable: [...unreadable.values()],
  };
}

/**
 * Social history is a state that changes (smoking, alcohol): one entry per question, with its
 * latest answer and date, and earlier answers only where they differ ("Before: Current smoker").
 */
function latestPerConcept(items: ListItem[]): ListItem[] {
  const byName = new Map<string, ListItem[]>();
  for (const item of items) byName.set(item.name, [...(byName.get(item.name) ?? []), item]);
  return [...byName.values()].map((list) => {
    const sorted = [...list].sort((a, b) => byDateDesc(a.dates[0]?.date, b.dates[0]?.date));
    const [latest] = sorted;
    const earlier: string[] = [];
    let previous = latest.details.join(", ");
    for (const item of sorted.slice(1)) {
      const value = item.details.join(", ");
      if (value && value !== previous) {
        const when = item.dates[0] ? ` (${formatClinicalDate(item.dates[0].date)})` : "";
        earlier.push(`Before: ${value}${when}`);
        previous = value;
      }
    }
    const sources = sorted
      .flatMap((i) => i.sources)
      .filter((s, i, all) => all.findIndex((t) => t.recordId === s.recordId) === i);
    const notes = [...new Set(sorted.flatMap((i) => i.notes))];
    return { ...latest, details: [...latest.details, ...earlier], notes, sources };
  });
}

/** An entry's latest clinical date, if it gives any. */
const clinicalDate = (item: ListItem) => item.dates.map((d) => d.date).sort(byDateDesc)[0];

/** When an entry is from: its latest clinical date, else when its latest file was added. */
const latestOf = (item: ListItem) =>
  item.dates.map((d) => d.date).sort(byDateDesc)[0] ??
  item.sources.map((s) => s.addedAt.toISOString()).sort(byDateDesc)[0];

const unique = <T>(list: T[]) => [...new Set(list)];
const uniqueSources = (list: Source[]) =>
  list.filter((s, i) => list.findIndex((t) => t.recordId === s.recordId) === i);

/**
 * The same condition or allergy from several files is one entry: the latest file's status, the
 * earliest "since", every detail, note and file; a different status in an earlier file is said.
 */
function mergeGroup(items: ListItem[]): ListItem {
  const sorted = [...items].sort((a, b) => byDateDesc(latestOf(a), latestOf(b)));
  const [latest] = sorted;
  const since = items
    .flatMap((i) => i.dates.filter((d) => d.label === "Since"))
    .sort((a, b) => byDateDesc(b.date, a.date))[0];
  const dates = [...(since ? [since] : []), ...latest.dates.filter((d) => d.label !== "Since")];
  const earlier = sorted
    .slice(1)
    .filter((i) => i.status !== latest.status && i.status)
    .map((i) => `Earlier record: ${i.status} (${i.sources[0].name})`);
  return {
    ...latest,
    dates,
    details: unique([...sorted.flatMap((i) => i.details), ...earlier]),
    notes: unique(sorted.flatMap((i) => i.notes)),
    sources: uniqueSources(sorted.flatMap((i) => i.sources)),
  };
}

/**
 * Entries of one medicine (a change of dose is a new entry): the latest stays current; an earlier
 * one still marked active is listed as past, saying which later entry to check against.
 */
function markEarlierMedicines(items: ListItem[]): ListItem[] {
  const sorted = [...items].sort((a, b) => byDateDesc(latestOf(a), latestOf(b)));
  const latest = sorted.find((i) => i.current) ?? sorted[0];
  return sorted.map((item) => {
    if (item === latest || !item.current || !latest.current) return item;
    const when = latest.dates[0]
      ? ` (${latest.dates[0].label} ${formatClinicalDate(latest.dates[0].date)})`
      : "";
    // "Later" only when the clinical dates say so; the order of uploads says nothing about care.
    const [ours, theirs] = [clinicalDate(item), clinicalDate(latest)];
    const later = ours !== undefined && theirs !== undefined && byDateDesc(theirs, ours) < 0;
    return {
      ...item,
      current: false,
      // "in an earlier record: taking" (it read "taking in an earlier record").
      status: `in ${later ? "an earlier" : "another"} record${item.status ? `: ${item.status}` : ""}`,
      details: [
        ...item.details,
        `${later ? "A later" : "Another"} record lists ${latest.name}${when}: check which is current.`,
      ],
    };
  });
}

/**
 * One entry per thing: the same entry from two imports is one entry with two sources; conditions
 * and allergies of one code merge; medicines of one name are ordered with the latest current.
 * Then current first, latest first.
 */
function mergeItems(items: ListItem[]): ListItem[] {
  const merged = new Map<string, ListItem>();
  for (const item of items) {
    const identity = item.file
      ? item.id
      : [
          item.name,
          item.status,
          item.dates.map((d) => d.date).join(","),
          item.details.join(","),
          item.notes.join(","),
        ]
          .join("|")
          .toLowerCase();
    const existing = merged.get(identity);
    if (existing) existing.sources = uniqueSources([...existing.sources, ...item.sources]);
    else merged.set(identity, { ...item, sources: [...item.sources] });
  }
  const groups = new Map<string, ListItem[]>();
  const single: ListItem[] = [];
  for (const item of merged.values()) {
    if (!item.group) single.push(item);
    else groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  }
  const grouped = [...groups.values()].flatMap((list) => {
    if (list.length === 1) return list;
    return list[0].section === "medications" ? markEarlierMedicines(list) : [mergeGroup(list)];
  });
  return [...single, ...grouped].sort(
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      byDateDesc(a.dates[0]?.date, b.dates[0]?.date) ||
      byDateDesc(a.sources[0].addedAt.toISOString(), b.sources[0].addedAt.toISOString()),
  );
}

// ------------------------------------------------------------------------------------ search

/** "Lab results from riverside-export.json, added 25 Nov 2026": how a source is shown. */
export const sourceText = (source: Source) => `${source.name}, added ${formatDay(source.addedAt)}`;

/** Every text shown for a list item, in the order the list shows it. */
export function itemTexts(item: ListItem): string[] {
  return [
    item.name,
    ...(item.status ? [item.status] : []),
    ...item.dates.map((d) => `${d.label} ${formatClinicalDate(d.date)}`),
    ...item.details,
    ...item.notes,
    ...item.sources.map(sourceText),
  ];
}

/** Every text shown for one row of a measurement's table. */
export function valueTexts(value: MeasurementValue): string[] {
  return [
    formatClinicalDate(value.date) || "Date not given",
    value.text,
    ...(value.original ? [`given as ${value.original}`] : []),
    ...(value.flag ? [value.flag] : []),
    ...(value.range ? [value.range] : []),
    ...(value.apart ? [value.apart] : []),
    ...value.notes,
    ...value.sources.map(sourceText),
  ];
}

/** What a measurement shows above its rows. */
export const measurementTexts = (m: Measurement) => [
  m.name,
  ...(m.code ? [m.code.code] : []),
  ...(m.headline?.note ? [m.headline.note] : []),
];

const includes = (texts: string[], query: string) => texts.some((t) => t.toLowerCase().includes(query));

/**
 * The view narrowed to what matches `query` (case-insensitive, in any text the view shows): a
 * measurement whose name matches keeps all its rows, otherwise only the rows that match; a list
 * item matches on any of its shown texts (">=" typed finds "≥"). The empty query returns the view unchanged.
 */
export function searchView(view: ClinicalView, query: string): ClinicalView {
  // ">=" and "<=" as typed find the "≥" and "≤" shown.
  const q = query.trim().toLowerCase().replaceAll(">=", "≥").replaceAll("<=", "≤");
  if (!q) return view;
  const measurements = (list: Measurement[]) =>
    list.flatMap((m) => {
      if (includes(measurementTexts(m), q)) return [m];
      const values = m.values.filter((v) => includes(valueTexts(v), q));
      return values.length > 0 ? [{ ...m, values }] : [];
    });
  const lists = emptyLists();
  for (const section of Object.keys(lists) as ListSection[])
    lists[section] = view.lists[section].filter((item) => includes(itemTexts(item), q));
  return {
    patient: view.patient,
    labs: measurements(view.labs),
    vitals: measurements(view.vitals),
    assessments: measurements(view.assessments),
    other: measurements(view.other),
    lists,
    unreadable: view.unreadable,
  };
}

/** Whether the view has nothing to show. */
export const isEmptyView = (view: ClinicalView) =>
  view.labs.length === 0 &&
  view.vitals.length === 0 &&
  view.assessments.length === 0 &&
  view.other.length === 0 &&
  Object.values(view.lists).every((list) => list.length === 0);
