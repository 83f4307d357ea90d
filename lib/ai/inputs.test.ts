import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { syntheticPatientBundle } from "../records/synthetic";
import { bandOf, modelCardSchema } from "./card";
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

  describe("real-world records that used to be guessed (review 5)", () => {
    const run = (extra: Resource[], card = FRAMINGHAM_CARD) =>
      readModelInputs(card, [{ name: "a.json", resources: [...everything, ...extra] }], { asOf });
    const value = (extra: Resource[], name: string) => {
      const read = run(extra);
      return read.inputs.find((i) => i.name === name)?.value;
    };
    const problems = (extra: Resource[]) => {
      const read = run(extra);
      return read.ok ? [] : read.problems.map((p) => [p.name, p.message]);
    };

    it("a value dated in the future is not 'the latest'", () => {
      expect(value([lab("14647-2", 9.9, "mmol/L", "2062-10-01")], "totalCholesterol")).toBeCloseTo(179.8, 1);
    });

    it("a value with a comparator, or a latest entry with no value, is named, not replaced", () => {
      const over = {
        ...lab("2085-9", 100, "mg/dL", "2026-11-20"),
        valueQuantity: { value: 100, comparator: ">", unit: "mg/dL" },
      } as Resource;
      expect(problems([over])).toEqual([
        ["hdlCholesterol", expect.stringMatching(/recorded as "> 100 mg\/dL", not an exact value/)],
      ]);
      const empty = {
        ...lab("2085-9", 0, "mg/dL", "2026-11-20"),
        valueQuantity: undefined,
        valueString: "see report",
      } as Resource;
      expect(problems([empty])).toEqual([["hdlCholesterol", expect.stringMatching(/has no value/)]]);
    });

    it("two people in the records: no age or sex is picked", () => {
      expect(problems([patient({ birthDate: "1990-02-02" })])).toEqual([
        ["patient", expect.stringMatching(/^Your records describe more than one person/)],
      ]);
    });

    it("a provisional or ended diabetes is not current; a specific type 2 code is; a brand-name blood pressure medicine counts", () => {
      const provisional = {
        ...condition("44054006", "Type 2 diabetes mellitus"),
        verificationStatus: { coding: [{ code: "provisional" }] },
      } as Resource;
      const ended = {
        resourceType: "Condition",
        code: { coding: [{ system: SNOMED, code: "44054006" }] },
        abatementDateTime: "2020-01-01",
      } as Resource;
      expect(value([provisional], "diabetes")).toBe(0);
      expect(value([ended], "diabetes")).toBe(0);
      expect(
        value([condition("313436004", "Type 2 diabetes mellitus without complication")], "diabetes"),
      ).toBe(1);
      expect(value([medicine("Norvasc 5 MG Oral Tablet")], "treatedHypertension")).toBe(1);
    });

    it("a heart attack on record: the model is not for this person, and says so", () => {
      const mi = {
        resourceType: "Condition",
        code: {
          coding: [
            {
              system: "http://hl7.org/fhir/sid/icd-10-cm",
              code: "I21.9",
              display: "Acute myocardial infarction",
            },
          ],
        },
        clinicalStatus: { coding: [{ code: "resolved" }] },
      } as Resource;
      expect(problems([mi])).toEqual([
        [
          "exclusion",
          expect.stringMatching(/^This model is not for people with known heart or blood vessel disease/),
        ],
      ]);
    });

    it("times in different zones are ordered as instants; a refused value is shown as it is", () => {
      const evening = bpPanel(131, "2026-11-29T23:00:00-05:00"); // 04:00 UTC on the 30th
      const morning = bpPanel(119, "2026-11-30T01:00:00Z");
      expect(value([morning, evening], "systolicBloodPressure")).toBe(131);
      const low = lab("2093-3", 129.96, "mg/dL", "2026-11-30");
      expect(problems([low])).toEqual([
        ["totalCholesterol", expect.stringContaining("Total cholesterol is 129.96 mg/dL")],
      ]);
    });
  });
});

describe("reading a result", () => {
  it("names the guideline's band", () => {
    expect(bandOf(PCE_CARD, 0.042)).toBe("low (0 to under 5 %)");
    expect(bandOf(PCE_CARD, 0.061)).toBe("borderline (5 to under 7.5 %)");
    expect(bandOf(PCE_CARD, 0.157)).toBe("intermediate (7.5 to under 20 %)");
    expect(bandOf(PCE_CARD, 0.31)).toBe("high (20 % or more)");
  });
});
