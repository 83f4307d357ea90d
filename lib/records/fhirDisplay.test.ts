import type { Observation } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { observationRow, resourcesOf, seriesOf } from "./fhirDisplay";
import { syntheticPatientBundle } from "./synthetic";

describe("FHIR display", () => {
  it("reads values, units, reference ranges and flags", () => {
    const row = observationRow({
      resourceType: "Observation",
      status: "final",
      code: { coding: [{ system: "http://loinc.org", code: "2093-3", display: "Total cholesterol" }] },
      effectiveDateTime: "2026-01-01",
      valueQuantity: { value: 231, unit: "mg/dL" },
      referenceRange: [{ high: { value: 200, unit: "mg/dL" } }],
    });
    expect(row).toMatchObject({
      name: "Total cholesterol",
      value: "231 mg/dL",
      range: "below 200 mg/dL",
      flag: "high",
    });
  });

  it("shows a blood-pressure panel as systolic/diastolic and builds trends per code", () => {
    const resources = resourcesOf(JSON.stringify(syntheticPatientBundle({ seed: 3, visits: 3 })));
    const rows = resources
      .filter((r): r is Observation => r.resourceType === "Observation")
      .map(observationRow);
    const bp = rows.find((r) => r.code === "85354-9");
    expect(bp?.value).toMatch(/^\d+\/\d+ mmHg$/);
    const series = seriesOf(rows);
    expect(series.get("2093-3")).toHaveLength(3);
    expect(series.has("72166-2")).toBe(false); // smoking status is not numeric
  });
});
