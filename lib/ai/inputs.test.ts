import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { syntheticPatientBundle } from "../records/synthetic";
import { modelCardSchema } from "./card";
import { FRAMINGHAM_CARD, PCE_CARD } from "./cards";
import { FRAMINGHAM_SPEC } from "./framingham/model";
import { readModelInputs } from "./inputs";
import { PCE_SPEC } from "./pce/model";

const LOINC = "http://loinc.org";
const SNOMED = "http://snomed.info/sct";
const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
const asOf = new Date("2026-12-01T12:00:00Z");

const patient = (extra: Record<string, unknown> = {}): Resource =>
  ({ resourceType: "Patient", gender: "female", birthDate: "1965-06-15", ...extra }) as Resource;
const lab = (code: string, value: number, unit: string, date: string): Resource =>
  ({
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [{ code: "laboratory" }] }],
    code: { coding: [{ system: LOINC, code }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: "http://unitsofmeasure.org", code: unit },
  }) as Resource;
const bpPanel = (systolic: number, date: string): Resource =>
  ({
    resourceType: "Observation",
    status: "final",
    code: { coding: [{ system: LOINC, code: "85354-9" }] },
    effectiveDateTime: date,
    component: [
      {
        code: { coding: [{ system: LOINC, code: "8480-6" }] },
        valueQuantity: { value: systolic, unit: "mmHg" },
      },
      { code: { coding: [{ system: LOINC, code: "8462-4" }] }, valueQuantity: { value: 80, unit: "mmHg" } },
    ],
  }) as Resource;
const smoking = (code: string, display: string, date: string): Resource =>
  ({
    resourceType: "Observation",
    status: "final",
    code: { coding: [{ system: LOINC, code: "72166-2", display: "Tobacco smoking status" }] },
    effectiveDateTime: date,
    valueCodeableConcept: { coding: [{ system: SNOMED, code, display }] },
  }) as Resource;
const medicine = (display: string, status = "active"): Resource =>
  ({
    resourceType: "MedicationStatement",
    status,
    medicationCodeableConcept: { coding: [{ system: RXNORM, code: "1", display }], text: display },
  }) as Resource;
const condition = (code: string, display: string, status = "active"): Resource =>
  ({
    resourceType: "Condition",
    clinicalStatus: { coding: [{ code: status }] },
    code: { coding: [{ system: SNOMED, code, display }] },
  }) as Resource;

const everything = [
  patient(),
  lab("2093-3", 210, "mg/dL", "2025-01-10"),
  lab("14647-2", 4.65, "mmol/L", "2026-10-01"), // the latest total cholesterol, in mmol/L
  lab("2085-9", 52, "mg/dL", "2026-10-01"),
  bpPanel(150, "2025-03-01"),
  bpPanel(128, "2026-10-02"), // latest systolic, from the panel's component
  smoking("8517006", "Ex-smoker", "2024-01-01"),
  smoking("77176002", "Smoker", "2026-10-02"),
  medicine("Atorvastatin 20 MG Oral Tablet"),
];

describe("model inputs from FHIR records", () => {
  it("the shipped cards are valid and list their artifact's inputs in order", () => {
    expect(modelCardSchema.parse(PCE_CARD)).toEqual(PCE_CARD);
    expect(modelCardSchema.parse(FRAMINGHAM_CARD)).toEqual(FRAMINGHAM_CARD);
    expect(PCE_CARD.inputs.map((i) => i.name)).toEqual([...PCE_SPEC.inputs]);
    expect(FRAMINGHAM_CARD.inputs.map((i) => i.name)).toEqual([...FRAMINGHAM_SPEC.inputs]);
  });

  it("reads the latest values by clinical date: cholesterol converted from mmol/L, systolic from a panel, a statin is not blood pressure medicine", () => {
    const read = readModelInputs(FRAMINGHAM_CARD, [{ name: "export.json", resources: everything }], { asOf });
    expect(read.ok).toBe(true);
    const byName = Object.fromEntries(read.inputs.map((i) => [i.name, i]));
    expect(byName.age.value).toBe(61);
    expect(byName.totalCholesterol.value).toBeCloseTo(179.8, 1);
    expect(byName.totalCholesterol.text).toBe("179.8 mg/dL (4.65 mmol/L as recorded)");
    expect(byName.totalCholesterol.from).toBe("Total cholesterol of 1 Oct 2026, from export.json");
    expect(byName.systolicBloodPressure.value).toBe(128);
    expect(byName.smoker).toMatchObject({ value: 1, text: "Yes (Smoker)" });
    expect(byName.treatedHypertension).toMatchObject({ value: 0, text: "No" });
    expect(byName.diabetes).toMatchObject({ value: 0, text: "No" });
    expect(byName.female).toMatchObject({ value: 1, text: "Female" });
    if (read.ok) expect(read.row).toEqual(read.inputs.map((i) => i.value));
  });

  it("counts an active blood pressure medicine and a current diabetes diagnosis, not stopped or resolved ones", () => {
    const records = (extra: Resource[]) => [{ name: "a.json", resources: [...everything, ...extra] }];
    const read = (extra: Resource[]) =>
      Object.fromEntries(
        readModelInputs(FRAMINGHAM_CARD, records(extra), { asOf }).inputs.map((i) => [i.name, i.value]),
      );
    expect(read([medicine("Lisinopril 10 MG")]).treatedHypertension).toBe(1);
    expect(read([medicine("Amlodipine 5 MG Oral Tablet", "stopped")]).treatedHypertension).toBe(0);
    expect(read([condition("44054006", "Type 2 diabetes mellitus")]).diabetes).toBe(1);
    expect(read([condition("44054006", "Type 2 diabetes mellitus", "resolved")]).diabetes).toBe(0);
  });

  it("names every missing input and every value outside the model's range, and gives no row", () => {
    const read = readModelInputs(
      PCE_CARD,
      [
        {
          name: "a.json",
          resources: [patient({ birthDate: "1995-01-01" }), lab("2085-9", 52, "mg/dL", "2026-01-01")],
        },
      ],
      { asOf },
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.name, p.kind])).toEqual([
      ["age", "outOfRange"],
      ["totalCholesterol", "missing"],
      ["systolicBloodPressure", "missing"],
      ["smoker", "missing"],
      ["africanAmerican", "ask"],
    ]);
    expect(read.problems[0].message).toBe(
      "Age is 31 years (date of birth 1 Jan 1995, from a.json), outside what this model was made for (40–79 years). It cannot give you a result.",
    );
    expect(read.problems[1].message).toBe(
      "No total cholesterol result is in the records shared with this model.",
    );
  });

  it("asks for race when the records do not say, and uses the patient's answer or the US Core extension", () => {
    const records = [{ name: "a.json", resources: everything }];
    const asked = readModelInputs(PCE_CARD, records, { asOf });
    expect(asked.ok).toBe(false);
    const answered = readModelInputs(PCE_CARD, records, { asOf, answers: { africanAmerican: 1 } });
    expect(answered.ok && answered.inputs.at(-1)).toMatchObject({
      value: 1,
      text: "Yes",
      from: "your answer",
    });
    const extension = {
      extension: [
        {
          url: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
          extension: [
            {
              url: "ombCategory",
              valueCoding: { system: "urn:oid:2.16.840.1.113883.6.238", code: "2106-3", display: "White" },
            },
          ],
        },
      ],
    };
    const recorded = readModelInputs(
      PCE_CARD,
      [{ name: "a.json", resources: [...everything, patient(extension)] }],
      { asOf },
    );
    expect(recorded.ok && recorded.inputs.at(-1)).toMatchObject({ value: 0, text: "No (White)" });
  });

  it("refuses a unit that cannot be converted rather than guessing", () => {
    const read = readModelInputs(
      FRAMINGHAM_CARD,
      [{ name: "a.json", resources: [...everything, lab("2085-9", 52, "mg", "2026-11-01")] }],
      { asOf },
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.name)).toEqual(["hdlCholesterol"]);
  });

  it("reads the project's synthetic patients end to end", () => {
    const bundle = syntheticPatientBundle({ seed: 41, visits: 3 });
    const resources = bundle.entry!.map((e) => e.resource!) as Resource[];
    const read = readModelInputs(FRAMINGHAM_CARD, [{ name: "patient-41.json", resources }], { asOf });
    const problems = read.ok ? [] : read.problems;
    expect(problems.filter((p) => p.kind === "missing")).toEqual([]);
  });
});
