import type {
  CodeableConcept,
  Coding,
  Condition,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Quantity,
  Resource,
} from "@medplum/fhirtypes";
import { byDateDesc, clinicalDateOf, formatClinicalDate } from "../clinical/dates";
import { plainName } from "../clinical/names";
import { convert, ucumCodeOf, unitLabel } from "../clinical/units";
import type { CardCoding, CardInput, ModelCard } from "./card";

/**
 * A model's inputs read from a patient's decrypted FHIR records, as its card defines them: the
 * latest value by clinical date, converted to the card's unit, checked against the card's range.
 * Pure: the same for the server-side runner and the patient's own browser. Nothing is guessed:
 * an input the records do not give, or give outside the model's range, is a problem that names it.
 */

/** Where the records came from: one decrypted record's resources and how to name it. */
export type InputRecord = { name: string; resources: readonly Resource[] };

/** One input as used: its value for the model, how people read it, and where it came from. */
export type UsedInput = {
  name: string;
  label: string;
  /** What the artifact gets (a number; 0/1 for yes/no). */
  value: number;
  /** "213 mg/dL", "Yes (Lisinopril 10 mg tablet)", "Female". */
  text: string;
  /** The clinical date of the value, when it has one. */
  date?: string;
  /** "Total cholesterol of 30 Nov 2026, from patient-41.json", or "your answer". */
  from: string;
};

export type InputProblem = {
  name: string;
  label: string;
  kind: "missing" | "outOfRange" | "ask" | "excluded";
  /** A sentence for the patient: what is wrong and what to do. */
  message: string;
};

/** Answers the patient gave to the card's questions (sex, race), by input name: 1 yes, 0 no. */
export type Answers = Readonly<Record<string, 0 | 1>>;

export type ReadInputs =
  | { ok: true; inputs: UsedInput[]; row: number[] }
  | { ok: false; inputs: UsedInput[]; problems: InputProblem[] };

type Found = { value: number; text: string; date?: string; from: string } | { problem: InputProblem };

const same = (a: Coding, b: CardCoding) => a.system === b.system && a.code === b.code;
const hasCode = (concept: CodeableConcept | undefined, codes: readonly CardCoding[]) =>
  (concept?.coding ?? []).some((c) => codes.some((code) => same(c, code)));
const YES_NO = (yes: boolean) => (yes ? "Yes" : "No");
const describedAt = (label: string, date: string | undefined, record: string) =>
  date ? `${label} of ${formatClinicalDate(date)}, from ${record}` : `${label}, from ${record} (no date)`;

/** Every resource with the record it came from. */
const withRecord = (records: readonly InputRecord[]) =>
  records.flatMap((record) => record.resources.map((resource) => ({ resource, record: record.name })));
type Located<T> = { resource: T; record: string };

/** A refused value as it is, never rounded into the range ("129.96 mg/dL", not "130 mg/dL"). */
const exactly = (found: { value: number; text: string }, input: CardInput) =>
  input.source.kind === "quantity" && input.unit
    ? `${Number(found.value.toPrecision(6))} ${unitWords(input.unit)}`
    : found.text;

/** UCUM "a" (years) reads as a word. */
const unitWords = (ucum: string) => (ucum === "a" ? "years" : unitLabel(ucum));

const ENDED_STATUS = new Set(["entered-in-error", "cancelled"]);

export function readModelInputs(
  card: ModelCard,
  records: readonly InputRecord[],
  options: { asOf: Date; answers?: Answers; answeredBy?: string },
): ReadInputs {
  const all = withRecord(records);
  const inputs: UsedInput[] = [];
  const problems: InputProblem[] = [];
  const twoPeople = peopleDisagree(all);
  if (twoPeople)
    return {
      ok: false,
      inputs,
      problems: [{ name: "patient", label: "You", kind: "missing", message: twoPeople }],
    };
  for (const exclusion of card.exclusions) {
    const found = all
      .filter((l): l is Located<Condition> => l.resource.resourceType === "Condition")
      .filter((l) => isCurrentOrPast(l.resource))
      .find((l) => matchesCondition(l.resource, exclusion));
    if (found) {
      problems.push({
        name: "exclusion",
        label: exclusion.label,
        kind: "excluded",
        message: `This model is not for people with ${exclusion.label} (your records list ${plainName(found.resource.code)}, in ${found.record}). Ask a clinician about your risk instead.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, inputs, problems };
  for (const input of card.inputs) {
    const found = read(input, all, options);
    if ("problem" in found) {
      problems.push(found.problem);
      continue;
    }
    const [low, high] = input.range ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    if (found.value < low || found.value > high) {
      problems.push({
        name: input.name,
        label: input.label,
        kind: "outOfRange",
        message: `${input.label} is ${exactly(found, input)} (${found.from}), outside what this model was made for (${low}–${high}${input.unit ? ` ${unitWords(input.unit)}` : ""}). It cannot give you a result.`,
      });
    }
    inputs.push({ name: input.name, label: input.label, ...found });
  }
  if (problems.length > 0) return { ok: false, inputs, problems };
  return { ok: true, inputs, row: inputs.map((i) => i.value) };
}

function read(
  input: CardInput,
  all: Located<Resource>[],
  options: { asOf: Date; answers?: Answers; answeredBy?: string },
): Found {
  const missing = (message: string): Found => ({
    problem: { name: input.name, label: input.label, kind: "missing", message },
  });
  const answered = options.answers?.[input.name];
  const source = input.source;
  switch (source.kind) {
    case "age": {
      const patient = latestPatient(all);
      const born = patient?.resource.birthDate;
      if (!patient || !born || !/^\d{4}-\d{2}-\d{2}$/.test(born))
        return missing(
          "Your date of birth is not in the records shared with this model (a full date is needed).",
        );
      const years = wholeYears(new Date(`${born}T00:00:00Z`), options.asOf);
      return {
        value: years,
        text: `${years} years`,
        from: `date of birth ${formatClinicalDate(born)}, from ${patient.record}`,
      };
    }
    case "sex": {
      const patient = latestPatient(all);
      const gender = patient?.resource.gender;
      if (gender === "female" || gender === "male") {
        return {
          value: Number(gender === source.value),
          text: gender === "female" ? "Female" : "Male",
          from: `your details, from ${patient!.record}`,
        };
      }
      if (answered !== undefined) {
        const text = (answered === 1) === (source.value === "female") ? "Female" : "Male";
        return { value: answered, text, from: options.answeredBy ?? "your answer" };
      }
      return {
        problem: {
          name: input.name,
          label: input.label,
          kind: "ask",
          message: input.ask ?? `${input.label} is not in your records.`,
        },
      };
    }
    case "race": {
      const patient = latestPatient(all);
      const race = patient ? raceCodings(patient.resource) : [];
      if (race.length > 0) {
        const yes = race.some((c) => source.codes.some((code) => same(c, code)));
        return {
          value: Number(yes),
          text: `${YES_NO(yes)} (${race.map((c) => c.display ?? c.code).join(", ")})`,
          from: `your details, from ${patient!.record}`,
        };
      }
      if (answered !== undefined)
        return { value: answered, text: YES_NO(answered === 1), from: options.answeredBy ?? "your answer" };
      return {
        problem: {
          name: input.name,
          label: input.label,
          kind: "ask",
          message: input.ask ?? `${input.label} is not in your records.`,
        },
      };
    }
    case "quantity": {
      const candidates = quantities(all, source.codes, options.asOf);
      if (candidates.length === 0)
        return missing(`No ${input.label.toLowerCase()} result is in the records shared with this model.`);
      const [newest] = candidates;
      if (!newest.quantity)
        return missing(
          `The latest ${input.label.toLowerCase()} (${describedAt(input.label, newest.date, newest.record)}) has no value, so it cannot be used, and an older one would not describe you now.`,
        );
      const latest = { ...newest, quantity: newest.quantity };
      if (latest.quantity.comparator) {
        const recorded = [latest.quantity.comparator, latest.quantity.value, latest.quantity.unit]
          .filter(Boolean)
          .join(" ");
        return missing(
          `The latest ${input.label.toLowerCase()} is recorded as "${recorded}", not an exact value (${describedAt(input.label, latest.date, latest.record)}).`,
        );
      }
      const unit = input.unit!;
      const written = latest.quantity.unit ?? latest.quantity.code ?? "";
      const from = ucumCodeOf(latest.quantity) ?? written;
      const converted = convert(latest.quantity.value!, from, unit, latest.loinc);
      const when = describedAt(input.label, latest.date, latest.record);
      if (!converted.ok)
        return missing(
          `The latest ${input.label.toLowerCase()} (${latest.quantity.value} ${written}, ${when}) cannot be read in ${unitLabel(unit)}: ${converted.reason}.`,
        );
      const value = converted.value;
      const shown = `${Number(value.toFixed(1))} ${unitLabel(unit)}`;
      const original = from !== unit ? ` (${latest.quantity.value} ${written} as recorded)` : "";
      return { value, text: `${shown}${original}`, date: latest.date, from: when };
    }
    case "coded": {
      const observations = all
        .filter((l): l is Located<Observation> => l.resource.resourceType === "Observation")
        .filter((l) => !ENDED_STATUS.has(l.resource.status) && hasCode(l.resource.code, source.codes))
        .map((l) => ({ ...l, date: clinicalDateOf(l.resource) }))
        .filter((l) => !inFuture(l.date, options.asOf))
        .sort((a, b) => byDateDesc(a.date, b.date));
      const latest = observations[0];
      if (!latest)
        return missing(
          `Your records shared with this model do not say whether you smoke (${input.label.toLowerCase()}).`,
        );
      const value = latest.resource.valueCodeableConcept;
      const when = describedAt(plainName(latest.resource.code), latest.date, latest.record);
      if (hasCode(value, source.yes))
        return { value: 1, text: `Yes (${plainName(value)})`, date: latest.date, from: when };
      if (hasCode(value, source.no))
        return { value: 0, text: `No (${plainName(value)})`, date: latest.date, from: when };
      return missing(
        `The latest ${plainName(latest.resource.code).toLowerCase()} says "${value ? plainName(value) : "nothing"}" (${when}), which does not say whether you smoke now.`,
      );
    }
    case "condition": {
      const match = all
        .filter((l): l is Located<Condition> => l.resource.resourceType === "Condition")
        .filter((l) => isCurrentCondition(l.resource))
        .find((l) => matchesCondition(l.resource, source));

      if (match)
        return {
          value: 1,
          text: `Yes (${plainName(match.resource.code)})`,
          date: clinicalDateOf(match.resource),
          from: `your conditions, from ${match.record}`,
        };
      return { value: 0, text: "No", from: "none among the conditions shared with this model" };
    }
    case "medication": {
      const match = all
        .filter(
          (l): l is Located<MedicationStatement | MedicationRequest> =>
            l.resource.resourceType === "MedicationStatement" ||
            l.resource.resourceType === "MedicationRequest",
        )
        .filter((l) => isCurrentMedication(l.resource))
        .find((l) => isOneOf(l.resource.medicationCodeableConcept, source.atcPrefixes, source.ingredients));
      if (match)
        return {
          value: 1,
          text: `Yes (${plainName(match.resource.medicationCodeableConcept)})`,
          date: clinicalDateOf(match.resource),
          from: `your medications, from ${match.record}`,
        };
      return { value: 0, text: "No", from: "none among the medications shared with this model" };
    }
  }
}

/** The Patient resource of the newest record that has one. */
function latestPatient(all: Located<Resource>[]): Located<Patient> | undefined {
  const patients = all.filter((l): l is Located<Patient> => l.resource.resourceType === "Patient");
  return patients.at(-1);
}

/**
 * Records that describe more than one person (two Patient resources with different dates of birth
 * or sexes, e.g. a relative's in an export): the model cannot know whose age or sex to use.
 */
function peopleDisagree(all: Located<Resource>[]): string | null {
  const patients = all.filter((l): l is Located<Patient> => l.resource.resourceType === "Patient");
  const births = new Set(patients.map((p) => p.resource.birthDate).filter(Boolean));
  const sexes = new Set(patients.map((p) => p.resource.gender).filter(Boolean));
  if (births.size <= 1 && sexes.size <= 1) return null;
  return `Your records describe more than one person (${births.size > 1 ? "different dates of birth" : "different sexes"}, in ${[...new Set(patients.map((p) => p.record))].join(", ")}), so the model cannot tell whose age and sex to use. Remove the record that is not yours, then run it again.`;
}

const US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";

function raceCodings(patient: Patient): Coding[] {
  return (patient.extension ?? [])
    .filter((e) => e.url === US_CORE_RACE)
    .flatMap((e) => e.extension ?? [])
    .filter((e) => (e.url === "ombCategory" || e.url === "detailed") && e.valueCoding)
    .map((e) => e.valueCoding!);
}

function wholeYears(born: Date, at: Date): number {
  let years = at.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < born.getUTCMonth() ||
    (at.getUTCMonth() === born.getUTCMonth() && at.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

type QuantityFound = { quantity?: Quantity; loinc?: string; date?: string; record: string };

/** A day's slack for clocks and time zones: a value dated later than that is a typo, never "the latest". */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
const inFuture = (date: string | undefined, asOf: Date) =>
  date !== undefined && Date.parse(date) > asOf.getTime() + FUTURE_SLACK_MS;

/**
 * Entries with one of `codes` (observations' own, and components': a blood pressure panel), latest
 * first, those dated in the future left out. An entry without a number is kept (`quantity`
 * undefined): the latest being empty is said, not skipped for an older one (review 5).
 */
function quantities(all: Located<Resource>[], codes: readonly CardCoding[], asOf: Date): QuantityFound[] {
  const found: QuantityFound[] = [];
  const usable = (q: Quantity | undefined): Quantity | undefined =>
    typeof q?.value === "number" && Number.isFinite(q.value) ? q : undefined;
  const loincOf = (concept: CodeableConcept | undefined) =>
    concept?.coding?.find((c) => codes.some((code) => same(c, code)))?.code;
  for (const { resource, record } of all) {
    if (resource.resourceType !== "Observation" || ENDED_STATUS.has(resource.status)) continue;
    const date = clinicalDateOf(resource);
    if (inFuture(date, asOf)) continue;
    if (hasCode(resource.code, codes))
      found.push({ quantity: usable(resource.valueQuantity), loinc: loincOf(resource.code), date, record });
    for (const component of resource.component ?? []) {
      if (hasCode(component.code, codes))
        found.push({
          quantity: usable(component.valueQuantity),
          loinc: loincOf(component.code),
          date,
          record,
        });
    }
  }
  return found.sort((a, b) => byDateDesc(a.date, b.date));
}

/** A condition with one of `codes`, or an ICD-10 code starting with one of the prefixes. */
function matchesCondition(
  condition: Condition,
  match: { codes: readonly CardCoding[]; icd10Prefixes: readonly string[] },
) {
  return (
    hasCode(condition.code, match.codes) ||
    (condition.code?.coding ?? []).some(
      (c) =>
        /icd-10/i.test(c.system ?? "") &&
        match.icd10Prefixes.some((p) => (c.code ?? "").toUpperCase().startsWith(p)),
    )
  );
}

/** For an exclusion a past event counts too (a heart attack years ago): only an error or a refuted one does not. */
function isCurrentOrPast(condition: Condition): boolean {
  const verification = condition.verificationStatus?.coding?.map((c) => c.code) ?? [];
  return !verification.some((c) => c === "refuted" || c === "entered-in-error");
}

function isCurrentCondition(condition: Condition): boolean {
  const clinical = condition.clinicalStatus?.coding?.map((c) => c.code) ?? [];
  const verification = condition.verificationStatus?.coding?.map((c) => c.code) ?? [];
  // Only a confirmed diagnosis (or one with no verification status): not provisional,
  // differential, unconfirmed or refuted (review 5); one with an end date is over.
  if (verification.some((c) => c !== "confirmed")) return false;
  if (
    condition.abatementDateTime ||
    condition.abatementPeriod ||
    condition.abatementAge ||
    condition.abatementString
  )
    return false;
  return (
    clinical.length === 0 || clinical.some((c) => c === "active" || c === "recurrence" || c === "relapse")
  );
}

function isCurrentMedication(medication: MedicationStatement | MedicationRequest): boolean {
  return (
    medication.status === "active" || medication.status === "intended" || medication.status === "on-hold"
  );
}

function isOneOf(
  concept: CodeableConcept | undefined,
  atcPrefixes: readonly string[],
  ingredients: readonly string[],
) {
  if (!concept) return false;
  const atc = (concept.coding ?? []).filter((c) => /atc/i.test(c.system ?? ""));
  if (atc.some((c) => atcPrefixes.some((p) => (c.code ?? "").toUpperCase().startsWith(p)))) return true;
  const words = [concept.text, ...(concept.coding ?? []).map((c) => c.display)]
    .filter((t): t is string => Boolean(t))
    .flatMap((t) => t.toLowerCase().split(/[^a-z]+/));
  return ingredients.some((ingredient) => words.includes(ingredient));
}
