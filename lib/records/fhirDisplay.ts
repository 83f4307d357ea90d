import type { Bundle, CodeableConcept, Observation, Quantity, Resource } from "@medplum/fhirtypes";

/** Plain-language views of FHIR resources for the record viewer. */

export function resourcesOf(json: string): Resource[] {
  const parsed = JSON.parse(json) as Resource;
  return parsed.resourceType === "Bundle"
    ? ((parsed as Bundle).entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []))
    : [parsed];
}

export const conceptText = (concept: CodeableConcept | undefined): string =>
  concept?.text ??
  concept?.coding?.find((c) => c.display)?.display ??
  concept?.coding?.[0]?.code ??
  "Unnamed";

const quantityText = (q: Quantity | undefined) =>
  q?.value !== undefined ? `${q.value} ${q.unit ?? q.code ?? ""}`.trim() : "";

export type ObservationRow = {
  id: string;
  code: string;
  name: string;
  date: string | undefined;
  value: string;
  numeric: number | undefined;
  unit: string | undefined;
  range: string;
  flag: "high" | "low" | null;
};

/** One row per observation; a blood-pressure panel reads "128/79 mmHg" and trends by its systolic value. */
export function observationRow(o: Observation): ObservationRow {
  const code = o.code.coding?.[0]?.code ?? conceptText(o.code);
  const date = o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued;
  if (o.component && o.component.length > 0 && !o.valueQuantity) {
    const quantities = o.component.map((c) => c.valueQuantity);
    const unit = quantities[0]?.unit;
    const first = o.component[0];
    return {
      id: o.id ?? `${code}-${date}`,
      code,
      name: conceptText(o.code),
      date,
      value: `${quantities.map((q) => q?.value ?? "?").join("/")} ${unit ?? ""}`.trim(),
      numeric: quantities[0]?.value,
      unit,
      range: rangeText(first.referenceRange?.[0]),
      flag: flagOf(quantities[0]?.value, first.referenceRange?.[0]),
    };
  }
  const range = o.referenceRange?.[0];
  return {
    id: o.id ?? `${code}-${date}`,
    code,
    name: conceptText(o.code),
    date,
    value: o.valueQuantity
      ? quantityText(o.valueQuantity)
      : (o.valueString ?? conceptText(o.valueCodeableConcept)),
    numeric: o.valueQuantity?.value,
    unit: o.valueQuantity?.unit,
    range: rangeText(range),
    flag: flagOf(o.valueQuantity?.value, range),
  };
}

type Range = NonNullable<Observation["referenceRange"]>[number];

function rangeText(range: Range | undefined): string {
  if (!range) return "";
  const low = range.low?.value;
  const high = range.high?.value;
  const unit = range.high?.unit ?? range.low?.unit ?? "";
  if (low !== undefined && high !== undefined) return `${low}–${high} ${unit}`.trim();
  if (high !== undefined) return `below ${high} ${unit}`.trim();
  if (low !== undefined) return `above ${low} ${unit}`.trim();
  return range.text ?? "";
}

function flagOf(value: number | undefined, range: Range | undefined): "high" | "low" | null {
  if (value === undefined || !range) return null;
  if (range.high?.value !== undefined && value > range.high.value) return "high";
  if (range.low?.value !== undefined && value < range.low.value) return "low";
  return null;
}

/** Numeric series by code, oldest first, for codes measured at least twice. */
export function seriesOf(rows: ObservationRow[]): Map<string, ObservationRow[]> {
  const byCode = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    if (row.numeric === undefined || !row.date) continue;
    byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  }
  for (const [code, list] of byCode) {
    if (list.length < 2) byCode.delete(code);
    else list.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  }
  return byCode;
}
