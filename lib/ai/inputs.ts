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
  kind: "missing" | "outOfRange" | "ask";
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
        message: `${input.label} is ${found.text} (${found.from}), outside what this model was made for (${low}–${high}${input.unit ? ` ${unitWords(input.unit)}` : ""}). It cannot give you a result.`,
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
      const candidates = quantities(all, source.codes);
      if (candidates.length === 0)
        return missing(`No ${input.label.toLowerCase()} result is in the records shared with this model.`);
      const latest = candidates[0];
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
        .find(
          (l) =>
            hasCode(l.resource.code, source.codes) ||
            (l.resource.code?.coding ?? []).some(
              (c) =>
                /icd-10/i.test(c.system ?? "") &&
                source.icd10Prefixes.some((p) => (c.code ?? "").toUpperCase().startsWith(p)),
            ),
        );
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

type QuantityFound = { quantity: Quantity; loinc?: string; date?: string; record: string };

/** Values with one of `codes`: observations' own, and components' (a blood pressure panel), latest first. */
function quantities(all: Located<Resource>[], codes: readonly CardCoding[]): QuantityFound[] {
  const found: QuantityFound[] = [];
  const usable = (q: Quantity | undefined): q is Quantity =>
    typeof q?.value === "number" && Number.isFinite(q.value);
  const loincOf = (concept: CodeableConcept | undefined) =>
    concept?.coding?.find((c) => codes.some((code) => same(c, code)))?.code;
  for (const { resource, record } of all) {
    if (resource.resourceType !== "Observation" || ENDED_STATUS.has(resource.status)) continue;
    const date = clinicalDateOf(resource);
    if (hasCode(resource.code, codes) && usable(resource.valueQuantity))
      found.push({ quantity: resource.valueQuantity, loinc: loincOf(resource.code), date, record });
    for (const component of resource.component ?? []) {
      if (hasCode(component.code, codes) && usable(component.valueQuantity))
        found.push({ quantity: component.valueQuantity, loinc: loincOf(component.code), date, record });
    }
  }
  return found.sort((a, b) => byDateDesc(a.date, b.date));
}

function isCurrentCondition(condition: Condition): boolean {
  const clinical = condition.clinicalStatus?.coding?.map((c) => c.code) ?? [];
  const verification = condition.verificationStatus?.coding?.map((c) => c.code) ?? [];
  if (verification.some((c) => c === "refuted" || c === "entered-in-error")) return false;
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
