import type { OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";
import { lookup } from "../clinical/lookup";

/**
 * FHIR R4 validation with @medplum/core: structure, cardinality, types, formats, unknown
 * elements and invariants, plus the codes of required value sets on `code` elements (which the
 * validator collects but leaves to a terminology server). Runs on this device: the records are
 * never sent anywhere to be checked. The definitions (a few hundred kB) are loaded on first use.
 */
export type FhirValidator = (resource: Resource) => OperationOutcomeIssue[];

let loading: Promise<FhirValidator> | undefined;

/** The validator, loading @medplum/core and the R4 definitions the first time it is asked for. */
export function loadFhirValidator(): Promise<FhirValidator> {
  loading ??= (async () => {
    const [core, definitions] = await Promise.all([
      import("@medplum/core"),
      import("./fhirR4.definitions.json", { with: { type: "json" } }),
    ]);
    const { structureDefinitions, requiredCodes } = (definitions.default ?? definitions) as unknown as {
      structureDefinitions: Parameters<typeof core.indexStructureDefinitionBundle>[0];
      requiredCodes: Record<string, string[]>;
    };
    core.indexStructureDefinitionBundle(structureDefinitions);
    const allowed = new Map(Object.entries(requiredCodes).map(([url, codes]) => [url, new Set(codes)]));

    return (resource) => {
      const tokens: Record<string, { type: string; value: unknown; path: string }[]> = {};
      let issues: OperationOutcomeIssue[];
      try {
        issues = core.validateResource(resource, { collect: { tokens } });
      } catch (error) {
        if (!(error instanceof core.OperationOutcomeError)) throw error;
        issues = error.outcome.issue ?? [];
      }
      for (const [binding, values] of Object.entries(tokens)) {
        const codes = allowed.get(binding.split("|")[0]);
        if (!codes) continue;
        for (const token of values) {
          if (token.type === "code" && typeof token.value === "string" && !codes.has(token.value)) {
            issues.push({
              severity: "error",
              code: "code-invalid",
              details: { text: `Value "${token.value}" is not one of: ${[...codes].join(", ")}` },
              expression: [token.path],
            });
          }
        }
      }
      return issues.filter((issue) => issue.severity === "error" || issue.severity === "fatal");
    };
  })();
  return loading;
}

const KIND: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "an object",
};

const DATE_EXAMPLE: Record<string, string> = {
  date: "a date such as 2024-05-31",
  dateTime: "a date or date and time such as 2024-05-31 or 2024-05-31T09:30:00Z",
  instant: "a date and time with a time zone such as 2024-05-31T09:30:00Z",
  time: "a time such as 09:30:00",
};

/**
 * The validator's path with each choice element (`value[x]`) named as the resource spells it
 * (`valueQuantity`), when the resource is given.
 */
function spellChoices(segments: string[], resource: unknown): string[] {
  let at: unknown = resource;
  return segments.map((segment) => {
    const object = typeof at === "object" && at !== null ? (at as Record<string, unknown>) : {};
    if (segment.endsWith("[x]")) {
      const base = segment.slice(0, -"[x]".length);
      const key = Object.keys(object).find((k) => k.startsWith(base) && /^[A-Z]/.test(k.slice(base.length)));
      at = key ? object[key] : undefined;
      return key ?? base;
    }
    const [, name, index] = segment.match(/^([^[]*)(?:\[(\d+)\])?$/) ?? [];
    const child = object[name ?? ""];
    at = index !== undefined && Array.isArray(child) ? child[Number(index)] : child;
    return segment;
  });
}

/**
 * Where in the resource, in words: `Observation.status` -> 'status',
 * `Observation.component[0].code` -> 'code' in component 1, `Observation.value[x]` -> 'value'
 * ('valueQuantity' when the resource is given).
 */
export function fieldOf(expression: string | undefined, resource?: unknown): string | undefined {
  const segments = spellChoices((expression ?? "").split(".").slice(1), resource);
  if (segments.length === 0) return undefined;
  const lastList = segments.findLastIndex((s) => /\[\d+\]$/.test(s));
  if (lastList === -1 || lastList === segments.length - 1) {
    return `'${segments.join(".").replace(/\[(\d+)\]/g, (_, i) => `[${Number(i) + 1}]`)}'`;
  }
  const [, name, index] = segments[lastList].match(/^(.*)\[(\d+)\]$/) ?? [];
  const parent = [...segments.slice(0, lastList), name]
    .join(".")
    .replace(/\[(\d+)\]\.?/g, (_, i) => ` ${Number(i) + 1} `)
    .trim();
  return `'${segments.slice(lastList + 1).join(".")}' in ${parent} ${Number(index) + 1}`;
}

/** @medplum/core's issue texts, each as the end of a sentence about the field (`f`). */
const SENTENCES: [RegExp, (f: string, m: RegExpMatchArray) => string][] = [
  [/^Missing required property$/, (f) => `${f} is required`],
  [
    /^Invalid additional property "(.+)"$/,
    (f) => `${f} is not an element FHIR R4 defines here (check its spelling)`,
  ],
  [/^Expected array of values for property$/, (f) => `${f} must be a list ([...])`],
  [/^Expected single value for property$/, (f) => `${f} must be a single value, not a list`],
  [
    /^Invalid JSON type: expected (\w+), but got (\w+)$/,
    (f, m) => `${f} must be ${lookup(KIND, m[1]) ?? m[1]}, not ${lookup(KIND, m[2]) ?? m[2]}`,
  ],
  [
    /^Invalid (\w+) (?:format|value)$/,
    (f, m) => `${f} is not ${lookup(DATE_EXAMPLE, m[1]) ?? `a valid ${m[1]}`}`,
  ],
  [
    /^Value "(.*)" is not one of: (.*)$/,
    (f, m) => `${f} is "${m[1]}", which FHIR R4 does not allow here (allowed: ${m[2]})`,
  ],
  [
    /^Constraint ([\w-]+) not met: (.*?)\.?$/,
    (f, m) => `${f === "the resource" ? "it" : f} breaks FHIR rule ${m[1]} (${m[2]})`,
  ],
  [/^(Invalid empty|String must contain non-whitespace content)/, (f) => `${f} is empty`],
  [/^Invalid (null|undefined) value$/, (f) => `${f} is null`],
  [/^Expected number to be an integer$/, (f) => `${f} must be a whole number`],
  [/^Value did not match expected pattern$/, (f) => `${f} has a value FHIR R4 does not allow here`],
];

/** One validator issue as the end of a sentence about the field: "'status' is required". */
export function describeIssue(issue: OperationOutcomeIssue, resource?: unknown): string {
  const field = fieldOf(issue.expression?.[0], resource) ?? "the resource";
  const text = issue.details?.text ?? issue.diagnostics ?? "Is not valid";
  for (const [pattern, sentence] of SENTENCES) {
    const match = text.match(pattern);
    if (match) return sentence(field, match);
  }
  return `${field}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
