import { describe, expect, it } from "vitest";
import { ImportError, parseFhir } from "./fhir";
import { syntheticPatientBundle } from "./synthetic";

describe("FHIR import", () => {
  it("generates the same synthetic patient for the same seed, and another for another seed", () => {
    expect(JSON.stringify(syntheticPatientBundle({ seed: 7 }))).toBe(
      JSON.stringify(syntheticPatientBundle({ seed: 7 })),
    );
    expect(JSON.stringify(syntheticPatientBundle({ seed: 8 }))).not.toBe(
      JSON.stringify(syntheticPatientBundle({ seed: 7 })),
    );
  });

  it("splits a bundle into categories, with LOINC-coded observations in vitals and labs", () => {
    const { groups, skipped } = parseFhir(JSON.stringify(syntheticPatientBundle({ seed: 1, visits: 3 })));
    expect([...groups.keys()].sort()).toEqual(
      ["allergies", "conditions", "demographics", "immunizations", "labs", "medications", "vitals"].sort(),
    );
    expect(groups.get("labs")).toHaveLength(9); // cholesterol, HDL, glucose x 3 visits
    expect(groups.get("vitals")).toHaveLength(12); // BP, weight, BMI, smoking x 3 visits
    expect(skipped).toEqual([]);
  });

  it("accepts a single resource and skips types it does not keep", () => {
    const single = parseFhir(
      JSON.stringify({ resourceType: "Observation", status: "final", code: { text: "Heart rate" } }),
    );
    expect([...single.groups.keys()]).toEqual(["vitals"]);
    const mixed = parseFhir(
      JSON.stringify({
        resourceType: "Bundle",
        entry: [
          { resource: { resourceType: "Claim", id: "c1" } },
          { resource: { resourceType: "Condition", subject: { reference: "Patient/1" } } },
        ],
      }),
    );
    expect(mixed.skipped).toEqual(["Claim"]);
  });

  it("names the problem in JSON that is not FHIR or FHIR that is not valid", () => {
    expect(() => parseFhir("{ nope")).toThrow(ImportError);
    expect(() => parseFhir("{ nope")).toThrow(/not valid JSON/);
    expect(() => parseFhir(JSON.stringify({ name: "x" }))).toThrow(/not FHIR: it has no resourceType/);
    expect(() => parseFhir(JSON.stringify({ resourceType: "Bundle", entry: [] }))).toThrow(/empty/);
    expect(() =>
      parseFhir(JSON.stringify({ resourceType: "Observation", id: "bp-1", code: { text: "BP" } })),
    ).toThrow(`Observation "bp-1" is not valid FHIR R4: 'status' is required.`);
    expect(() =>
      parseFhir(JSON.stringify({ resourceType: "Observation", status: "done", code: { text: "BP" } })),
    ).toThrow(/Observation #1 is not valid FHIR R4: 'status'/);
    expect(() => parseFhir(JSON.stringify({ resourceType: "Claim" }))).toThrow(
      /no health records CareKeys keeps/,
    );
  });
});
