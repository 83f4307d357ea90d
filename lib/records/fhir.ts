import type { Bundle, Medication, Resource } from "@medplum/fhirtypes";
import { lookup } from "../clinical/lookup";
import type { Category } from "../consent/codes";
import { describeIssue, type FhirValidator, loadFhirValidator } from "./fhirValidator";
import { SCREENING_LOINC, VITAL_SIGN_LOINC } from "./observationKinds";

/** A problem with what the person tried to add, in words they can act on. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

const loincOf = (resource: { code?: { coding?: { system?: string; code?: string }[] } }) =>
  resource.code?.coding?.find((c) => c.system === "http://loinc.org")?.code ?? "";

/** The category a resource is filed under (ARCHITECTURE: from the resource type and Observation category). */
export function categoryOf(resource: Resource): Category {
  switch (resource.resourceType) {
    case "Patient":
      return "demographics";
    case "Observation": {
      // Questionnaires (a depression or anxiety screening score) are never vital signs or labs,
      // whatever the source says: sharing vital signs must not share them (outside review: a PHQ-9
      // and its self-harm question were anchored as vital signs).
      const loinc = loincOf(resource);
      if (SCREENING_LOINC.has(loinc)) return "assessments";
      const codes = (resource.category ?? []).flatMap((c) => c.coding ?? []).map((c) => c.code);
      if (codes.includes("survey")) return "assessments";
      if (codes.includes("laboratory")) return "labs";
      if (codes.includes("imaging")) return "imaging";
      if (codes.includes("social-history")) return "socialHistory"; // smoking, alcohol
      if (codes.includes("vital-signs") || VITAL_SIGN_LOINC.has(loinc)) return "vitals";
      // Exam findings, procedures, and results whose source says nothing of what they are: filed
      // as "other results", a kind the patient shares by that name, never guessed into another.
      return "otherResults";
    }
    case "Condition":
      return "conditions";
    case "MedicationStatement":
    case "MedicationRequest":
      return "medications";
    case "AllergyIntolerance":
      return "allergies";
    case "Immunization":
      return "immunizations";
    case "DiagnosticReport": {
      const codes = (resource.category ?? []).flatMap((c) => c.coding ?? []).map((c) => c.code);
      return codes.some((c) => c === "RAD" || c === "imaging") ? "imaging" : "labs";
    }
    case "RiskAssessment":
      return "aiResults";
    default:
      return "notes"; // DocumentReference, Composition
  }
}

/** The most resources one file may hold (validation runs in the patient's browser). */
export const MAX_RESOURCES = 10_000;

/**
 * The most JSON values (elements, array items) one file may hold, counted before it is parsed:
 * 10,000 resources of some 200 values each. An outside review's 40 MB file of one 20-million-item
 * array kept the check busy for minutes, and a 99 MB one took the tab down.
 */
export const MAX_JSON_VALUES = 2_000_000;

/** About how many values a JSON text holds: its commas and opening brackets (strings' too: an upper bound). */
function valueCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 91 /* [ */ || c === 123 /* { */) count++;
  }
  return count;
}

/** The resource types CareKeys files into a category; {@link categoryOf} applies to these. */
export const FILED_RESOURCE_TYPES = [
  "Patient",
  "Observation",
  "Condition",
  "MedicationStatement",
  "MedicationRequest",
  "AllergyIntolerance",
  "Immunization",
  "DiagnosticReport",
  "DocumentReference",
  "RiskAssessment",
] as const satisfies Resource["resourceType"][];

const FILED = new Set<string>(FILED_RESOURCE_TYPES);

/** Resources of one type that were valid FHIR but are not kept: the person is told, never left guessing. */
export type NotImported = { resourceType: string; count: number };

export type FhirImport = {
  groups: Map<Category, Resource[]>;
  notImported: NotImported[];
  /** Entries kept in the file that their source marked "entered in error": the views leave them out. */
  enteredInError: number;
};

/** Plain names for resource types CareKeys does not keep (others are spelled out from their type). */
const PLAIN_NAME: Record<string, string> = {
  Encounter: "encounters (visits)",
  Claim: "insurance claims",
  ExplanationOfBenefit: "insurance benefit statements",
  Coverage: "insurance coverage",
  Procedure: "procedures",
  CarePlan: "care plans",
  CareTeam: "care teams",
  Goal: "goals",
  Provenance: "provenance (who changed a record and when)",
  Organization: "organisation details",
  Practitioner: "practitioner details",
  PractitionerRole: "practitioner roles",
  Location: "locations",
  Device: "devices",
  ImagingStudy: "imaging studies",
  Medication: "medication details",
  MedicationAdministration: "medication administrations",
  SupplyDelivery: "supply deliveries",
  ServiceRequest: "service requests",
  Composition: "clinical documents (Composition)",
  FamilyMemberHistory: "family history",
  QuestionnaireResponse: "questionnaire answers",
};

/** "3 Encounter resources were not imported: CareKeys does not keep encounters (visits) yet." */
export function notImportedMessage({ resourceType, count }: NotImported): string {
  const kind =
    lookup(PLAIN_NAME, resourceType) ??
    `${resourceType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} records`;
  return (
    `${count} ${resourceType} ${count === 1 ? "resource was" : "resources were"} not imported: ` +
    `CareKeys does not keep ${kind} yet.`
  );
}

/**
 * Whether the source withdrew an entry as "entered in error" (a status, or a verification status
 * for conditions and allergies), as lib/clinical/model reads it: the views do not show it.
 */
export function isEnteredInError(resource: Resource): boolean {
  switch (resource.resourceType) {
    case "Condition":
    case "AllergyIntolerance": {
      const status = resource.verificationStatus;
      const code = status?.coding?.find((c) => c.code)?.code ?? status?.text?.toLowerCase();
      return code === "entered-in-error";
    }
    case "Observation":
    case "MedicationStatement":
    case "MedicationRequest":
    case "Immunization":
    case "RiskAssessment":
    case "DocumentReference":
    case "DiagnosticReport":
      return resource.status === "entered-in-error";
    default:
      return false;
  }
}

/**
 * What the person is told about a file that was added: the kinds of resources not kept, and the
 * entries kept but not shown because their source marked them entered in error.
 */
export function importReport({
  notImported,
  enteredInError,
}: Pick<FhirImport, "notImported" | "enteredInError">) {
  return [
    ...notImported.map(notImportedMessage),
    ...(enteredInError > 0
      ? [
          `${enteredInError === 1 ? "1 entry was" : `${enteredInError} entries were`} marked “entered in error” by whoever wrote the file: ${enteredInError === 1 ? "it is" : "they are"} kept in the file, but not shown in your records.`,
        ]
      : []),
  ];
}

/**
 * Reads FHIR R4 JSON (a Bundle or one resource), validates it in full with @medplum/core (loaded
 * on first use), and groups the resources CareKeys keeps by category; the others are counted in
 * `notImported`. Any problem refuses the whole file with an {@link ImportError} that names the
 * resource and the field at fault in plain words.
 */
export async function parseFhir(text: string): Promise<FhirImport> {
  const values = valueCount(text);
  if (values > MAX_JSON_VALUES) {
    throw new ImportError(
      `This file holds about ${values.toLocaleString("en-GB")} values; CareKeys checks up to ${MAX_JSON_VALUES.toLocaleString("en-GB")} from one file. Export a shorter period, or split the export into several files.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `This file is not valid JSON (${(error as Error).message}). Check that it is a FHIR export.`,
    );
  }
  if (typeof json !== "object" || json === null || typeof (json as Resource).resourceType !== "string") {
    throw new ImportError(
      "This JSON file is not FHIR: it has no resourceType. CareKeys reads FHIR R4 Bundles and resources.",
    );
  }
  const top = json as Resource;
  const entries =
    top.resourceType === "Bundle"
      ? ((top as Bundle).entry ?? []).map((entry, i) => {
          if (!entry?.resource?.resourceType) throw new ImportError(`Bundle entry ${i + 1} has no resource.`);
          return { resource: entry.resource, fullUrl: entry.fullUrl };
        })
      : [{ resource: top, fullUrl: undefined }];
  const resources: Resource[] = entries.map((e) => e.resource);
  // Validation runs on the page: 10,000 resources take a few seconds; more would freeze it.
  if (resources.length > MAX_RESOURCES) {
    throw new ImportError(
      `This file holds ${resources.length.toLocaleString("en-GB")} resources; CareKeys imports up to ${MAX_RESOURCES.toLocaleString("en-GB")} from one file. Export a shorter period, or split the export into several files.`,
    );
  }
  if (resources.length === 0) throw new ImportError("This FHIR Bundle is empty: there is nothing to add.");

  const validate = await loadFhirValidator();
  // Each resource on its own first, so the message names it; then the Bundle around them.
  resources.forEach((resource, i) => {
    const name = `${resource.resourceType} ${resource.id ? `"${resource.id}"` : `#${i + 1}`}`;
    refuseIfInvalid(name, validateSafely(validate, resource, name), resource);
  });
  if (top.resourceType === "Bundle")
    refuseIfInvalid("The Bundle", validateSafely(validate, top, "The Bundle"), top);

  const inlined = inlineMedications(entries);
  const groups = new Map<Category, Resource[]>();
  const skipped = new Map<string, number>();
  let enteredInError = 0;
  for (const resource of inlined.resources) {
    if (inlined.kept.has(resource)) continue; // its medicine lives on inside the entries that name it
    if (!FILED.has(resource.resourceType)) {
      skipped.set(resource.resourceType, (skipped.get(resource.resourceType) ?? 0) + 1);
      continue;
    }
    if (isEnteredInError(resource)) enteredInError += 1;
    const category = categoryOf(resource);
    groups.set(category, [...(groups.get(category) ?? []), resource]);
  }
  const notImported = [...skipped].map(([resourceType, count]) => ({ resourceType, count }));
  if (groups.size === 0) {
    throw new ImportError(
      `This file has no health records CareKeys keeps (only ${[...skipped.keys()].join(", ")}).`,
    );
  }
  return { groups, notImported, enteredInError };
}

function refuseIfInvalid(name: string, issues: ReturnType<FhirValidator>, resource: Resource): void {
  if (issues.length === 0) return;
  // A structural problem first: a rule (invariant) often fails only because of it.
  const first = issues.find((issue) => issue.code !== "invariant") ?? issues[0];
  if (first.details?.text === "Invalid resource type") {
    throw new ImportError(`${name} is not a FHIR R4 resource type.`);
  }
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more ${issues.length === 2 ? "problem" : "problems"})`
      : "";
  throw new ImportError(`${name} is not valid FHIR R4: ${describeIssue(first, resource)}${more}.`);
}

/**
 * A MedicationStatement or MedicationRequest that names its medicine by a reference to a
 * Medication elsewhere in the Bundle (by `fullUrl` or `Medication/<id>`) would lose the name when
 * the file is split into records by category: the Medication is copied into the entry as a
 * contained resource (`#<id>`), which FHIR defines as the same thing. Returns the resources, with
 * those entries rewritten (copies; the input is not changed), and the Medications now carried.
 */
function inlineMedications(entries: { resource: Resource; fullUrl?: string }[]) {
  const medications = new Map<string, Medication>();
  for (const { resource, fullUrl } of entries) {
    if (resource.resourceType !== "Medication") continue;
    if (fullUrl) medications.set(fullUrl, resource);
    if (resource.id) medications.set(`Medication/${resource.id}`, resource);
  }
  const kept = new Set<Resource>();
  const resources = entries.map(({ resource }) => {
    if (resource.resourceType !== "MedicationStatement" && resource.resourceType !== "MedicationRequest")
      return resource;
    const target = resource.medicationReference?.reference;
    const medication = target ? medications.get(target) : undefined;
    if (!medication) return resource;
    kept.add(medication);
    const id = `medication-${(resource.contained?.length ?? 0) + 1}`;
    return {
      ...resource,
      contained: [...(resource.contained ?? []), { ...medication, id }],
      medicationReference: { ...resource.medicationReference, reference: `#${id}` },
    } as Resource;
  });
  return { resources, kept };
}

/**
 * Runs the validator, turning its own failures into a refusal: a resource nested thousands of
 * levels deep (extensions within extensions) overflows its stack, which must read as a bad file,
 * never as a crash of the page.
 */
function validateSafely(
  validate: FhirValidator,
  resource: Resource,
  name: string,
): ReturnType<FhirValidator> {
  try {
    return validate(resource);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      error instanceof RangeError
        ? `${name} is nested too deeply to be a health record (elements within elements, thousands of levels). Check the export.`
        : `${name} could not be checked (${(error as Error).message}). Check the export.`,
    );
  }
}
