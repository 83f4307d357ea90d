import type { Bundle, Resource } from "@medplum/fhirtypes";
import { z } from "zod";
import type { Category } from "../consent/codes";

/** A problem with what the person tried to add, in words they can act on. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

const coding = z.object({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
const concept = z
  .object({ coding: z.array(coding).optional(), text: z.string().optional() })
  .refine((c) => (c.coding?.length ?? 0) > 0 || Boolean(c.text), "needs a coding or a text");
const reference = z.object({ reference: z.string().optional(), display: z.string().optional() });
const status = (values: [string, ...string[]]) => z.enum(values);

/**
 * The required elements (cardinality 1..1 / 1..*) of the FHIR R4 resources CareKeys keeps.
 * Enough to refuse what is not FHIR; not a full profile validator.
 */
const SCHEMAS: Record<string, z.ZodType> = {
  Patient: z.object({}).loose(),
  Observation: z
    .object({
      status: status([
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
      ]),
      code: concept,
    })
    .loose(),
  Condition: z.object({ subject: reference, code: concept.optional() }).loose(),
  MedicationStatement: z
    .object({
      status: status([
        "active",
        "completed",
        "entered-in-error",
        "intended",
        "stopped",
        "on-hold",
        "unknown",
        "not-taken",
      ]),
      subject: reference,
    })
    .loose()
    .refine((r) => "medicationCodeableConcept" in r || "medicationReference" in r, "needs medication[x]"),
  MedicationRequest: z
    .object({ status: z.string(), intent: z.string(), subject: reference })
    .loose()
    .refine((r) => "medicationCodeableConcept" in r || "medicationReference" in r, "needs medication[x]"),
  AllergyIntolerance: z.object({ patient: reference }).loose(),
  Immunization: z
    .object({
      status: status(["completed", "entered-in-error", "not-done"]),
      vaccineCode: concept,
      patient: reference,
    })
    .loose()
    .refine((r) => "occurrenceDateTime" in r || "occurrenceString" in r, "needs occurrence[x]"),
  DiagnosticReport: z.object({ status: z.string(), code: concept }).loose(),
  DocumentReference: z.object({ status: z.string(), content: z.array(z.object({}).loose()).min(1) }).loose(),
  RiskAssessment: z.object({ status: z.string(), subject: reference }).loose(),
};

/** The category a resource is filed under (ARCHITECTURE: from the resource type and Observation category). */
export function categoryOf(resource: Resource): Category {
  switch (resource.resourceType) {
    case "Patient":
      return "demographics";
    case "Observation": {
      const codes = (resource.category ?? []).flatMap((c) => c.coding ?? []).map((c) => c.code);
      if (codes.includes("laboratory")) return "labs";
      if (codes.includes("imaging")) return "imaging";
      return "vitals"; // vital-signs, social-history (e.g. smoking status), exam, survey
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

export type FhirImport = {
  groups: Map<Category, Resource[]>;
  skipped: string[];
};

/**
 * Reads FHIR R4 JSON (a Bundle or one resource), checks each resource's required elements,
 * and groups the resources by category. Any problem is an {@link ImportError} that names
 * the file part at fault.
 */
export function parseFhir(text: string): FhirImport {
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
  const resources: Resource[] =
    top.resourceType === "Bundle"
      ? ((top as Bundle).entry ?? []).map((entry, i) => {
          if (!entry.resource?.resourceType) throw new ImportError(`Bundle entry ${i + 1} has no resource.`);
          return entry.resource;
        })
      : [top];
  if (resources.length === 0) throw new ImportError("This FHIR Bundle is empty: there is nothing to add.");

  const groups = new Map<Category, Resource[]>();
  const skipped: string[] = [];
  resources.forEach((resource, i) => {
    const schema = SCHEMAS[resource.resourceType];
    if (!schema) {
      skipped.push(resource.resourceType);
      return;
    }
    const result = schema.safeParse(resource);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue.path.length > 0 ? `'${issue.path.join(".")}'` : "the resource";
      throw new ImportError(
        `${resource.resourceType} ${resource.id ? `"${resource.id}"` : `#${i + 1}`} is not valid FHIR R4: ` +
          `${where} ${valueAt(resource, issue.path) === undefined ? "is required" : issue.message}.`,
      );
    }
    const category = categoryOf(resource);
    groups.set(category, [...(groups.get(category) ?? []), resource]);
  });
  if (groups.size === 0) {
    throw new ImportError(
      `This file has no health records CareKeys keeps (only ${[...new Set(skipped)].join(", ")}).`,
    );
  }
  return { groups, skipped };
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      typeof current === "object" && current !== null
        ? (current as Record<PropertyKey, unknown>)[key]
        : undefined,
    value,
  );
}
