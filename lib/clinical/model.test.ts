import type { Observation, Resource } from "@medplum/fhirtypes";
import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import {
  buildClinicalView,
  isEmptyView,
  itemTexts,
  measurementTexts,
  type ReadRecord,
  searchView,
  valueTexts,
} from "./model";

const LOINC = "http://loinc.org";
const UCUM = "http://unitsofmeasure.org";
const lab = [
  { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] },
];
const vital = [
  { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" }] },
];
const social = [
  {
    coding: [
      { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "social-history" },
    ],
  },
];

let n = 0;
function file(name: string, resources: Resource[], addedAt = "2026-11-25T10:00:00Z"): ReadRecord {
  n += 1;
  return {
    kind: "fhir",
    source: { recordId: `0x${n.toString(16).padStart(64, "0")}` as Hex, name, addedAt: new Date(addedAt) },
    category: undefined,
    resources,
  };
}

function cholesterol(
  id: string,
  date: string,
  value: number,
  unit: string,
  extra: Partial<Observation> = {},
): Observation {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: lab,
    code: {
      coding: [{ system: LOINC, code: "2093-3", display: "Cholesterol [Mass/volume] in Serum or Plasma" }],
    },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: UCUM, code: unit },
    ...extra,
  };
}

function bloodPressure(id: string, date: string, systolic: number, diastolic: number): Observation {
  const component = (code: string, value: number, low: number, high: number) => ({
    code: { coding: [{ system: LOINC, code }] },
    valueQuantity: { value, unit: "mmHg", system: UCUM, code: "mm[Hg]" },
    referenceRange: [
      {
        low: { value: low, unit: "mmHg", system: UCUM, code: "mm[Hg]" },
        high: { value: high, unit: "mmHg", system: UCUM, code: "mm[Hg]" },
      },
    ],
  });
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: vital,
    code: {
      coding: [
        { system: LOINC, code: "85354-9", display: "Blood pressure panel with all children optional" },
      ],
    },
    effectiveDateTime: date,
    component: [component("8480-6", systolic, 90, 120), component("8462-4", diastolic, 60, 80)],
  };
}

describe("one view per clinical concept", () => {
  it("merges a measurement across files into one table, latest clinical date first, each row naming its file", () => {
    const view = buildClinicalView([
      file(
        "Lab results from clinic-a.json",
        [cholesterol("a1", "2025-06-01", 190, "mg/dL")],
        "2026-11-20T10:00:00Z",
      ),
      file(
        "Lab results from clinic-b.json",
        [cholesterol("b1", "2024-02-01", 240, "mg/dL")],
        "2026-11-25T10:00:00Z",
      ),
      file(
        "Lab results from clinic-c.json",
        [cholesterol("c1", "2026-01-15", 205, "mg/dL")],
        "2026-11-01T10:00:00Z",
      ),
    ]);
    expect(view.labs).toHaveLength(1);
    const m = view.labs[0];
    expect(m.name).toBe("Total cholesterol");
    expect(m.values.map((v) => v.date)).toEqual(["2026-01-15", "2025-06-01", "2024-02-01"]);
    expect(m.values.map((v) => v.sources[0].name)).toEqual([
      "Lab results from clinic-c.json",
      "Lab results from clinic-a.json",
      "Lab results from clinic-b.json",
    ]);
    expect(m.series[0].points.map((p) => p.value)).toEqual([240, 190, 205]); // oldest first for the chart
  });

  it("converts mmol/L and mg/dL of one test to one unit before plotting, so a fall is drawn as a fall", () => {
    const view = buildClinicalView([
      file("a.json", [cholesterol("old", "2024-01-10", 6.2, "mmol/L")]),
      file("b.json", [cholesterol("new", "2025-01-10", 213, "mg/dL")]),
    ]);
    const m = view.labs[0];
    expect(m.series).toHaveLength(1);
    expect(m.series[0].unit).toBe("mg/dL");
    const [first, second] = m.series[0].points;
    expect(first.value).toBeCloseTo((6.2 * 386.65) / 10, 1); // 239.7 mg/dL
    expect(second.value).toBe(213);
    expect(second.value).toBeLessThan(first.value);
    const old = m.values.find((v) => v.id.endsWith("/old"))!;
    expect(old.text).toBe("240 mg/dL"); // 6.2 has two significant digits: shown with three
    expect(old.original).toBe("6.2 mmol/L");
  });

  it("keeps a value whose unit cannot be converted apart, out of the chart, saying why", () => {
    const view = buildClinicalView([
      file("a.json", [
        cholesterol("x1", "2024-01-10", 200, "mg/dL"),
        cholesterol("x2", "2024-06-10", 210, "mg/dL"),
        cholesterol("x3", "2025-01-10", 5, "kg"),
      ]),
    ]);
    const m = view.labs[0];
    expect(m.series[0].points.map((p) => p.value)).toEqual([200, 210]);
    const apart = m.values.find((v) => v.id.endsWith("/x3"))!;
    expect(apart.apart).toMatch(/^Not plotted: 5 kg/);
  });

  it("reads blood pressure as systolic and diastolic series, each against its own range", () => {
    const view = buildClinicalView([
      file("v.json", [
        bloodPressure("bp1", "2025-03-01", 118, 87),
        bloodPressure("bp2", "2025-09-01", 130, 75),
      ]),
    ]);
    expect(view.vitals).toHaveLength(1);
    const bp = view.vitals[0];
    expect(bp.name).toBe("Blood pressure");
    expect(bp.series.map((s) => [s.label, s.low, s.high])).toEqual([
      ["Systolic blood pressure", 90, 120],
      ["Diastolic blood pressure", 60, 80],
    ]);
    expect(bp.series[1].points.map((p) => p.value)).toEqual([87, 75]);
    const [latest, earlier] = bp.values;
    expect(latest.text).toBe("130/75 mmHg");
    expect(latest.flag).toBe("high"); // systolic above 120
    expect(earlier.text).toBe("118/87 mmHg");
    expect(earlier.flag).toBe("high"); // diastolic above 80, though systolic is normal
    expect(earlier.range).toMatch(/Systolic.*90–120 mmHg.*Diastolic.*60–80 mmHg/);
  });

  it("files smoking status under social history, not vital signs", () => {
    const view = buildClinicalView([
      file("s.json", [
        {
          resourceType: "Observation",
          status: "final",
          category: social,
          code: { coding: [{ system: LOINC, code: "72166-2" }] },
          effectiveDateTime: "2025-05-05",
          valueCodeableConcept: {
            coding: [{ system: "http://snomed.info/sct", code: "8517006", display: "Ex-smoker" }],
          },
        },
      ]),
    ]);
    expect(view.vitals).toHaveLength(0);
    expect(view.lists.socialHistory).toHaveLength(1);
    expect(view.lists.socialHistory[0]).toMatchObject({ name: "Smoking status", details: ["Ex-smoker"] });
  });

  it("keeps one social-history entry per question: the latest answer, and earlier ones where they differ", () => {
    const smoking = (date: string, code: string, display: string): Observation => ({
      resourceType: "Observation",
      status: "final",
      category: social,
      code: { coding: [{ system: LOINC, code: "72166-2" }] },
      effectiveDateTime: date,
      valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code, display }] },
    });
    const view = buildClinicalView([
      file("s1.json", [
        smoking("2020-01-01", "77176002", "Smoker"),
        smoking("2022-01-01", "8517006", "Ex-smoker"),
      ]),
      file("s2.json", [
        smoking("2024-01-01", "8517006", "Ex-smoker"),
        smoking("2023-01-01", "8517006", "Ex-smoker"),
      ]),
    ]);
    expect(view.lists.socialHistory).toHaveLength(1);
    const [entry] = view.lists.socialHistory;
    expect(entry.dates).toEqual([{ label: "As of", date: "2024-01-01" }]);
    expect(entry.details).toEqual(["Ex-smoker", "Before: Smoker (1 Jan 2020)"]);
    expect(entry.sources.map((s) => s.name)).toEqual(["s2.json", "s1.json"]);
  });

  it("shows a condition's note, a medication's start date and an allergy's status", () => {
    const view = buildClinicalView([
      file("c.json", [
        {
          resourceType: "Condition",
          subject: { reference: "Patient/p" },
          clinicalStatus: { coding: [{ code: "active" }] },
          code: { coding: [{ system: "http://snomed.info/sct", code: "38341003" }] },
          onsetDateTime: "2019-04",
          note: [{ text: "Found at a routine check; home readings advised" }],
        },
        {
          resourceType: "MedicationStatement",
          status: "active",
          subject: { reference: "Patient/p" },
          medicationCodeableConcept: { text: "Lisinopril 10 mg tablet" },
          effectivePeriod: { start: "2019-05-02" },
          dosage: [{ text: "One tablet each morning" }],
        },
        {
          resourceType: "AllergyIntolerance",
          patient: { reference: "Patient/p" },
          clinicalStatus: { coding: [{ code: "inactive" }] },
          code: { text: "Penicillin" },
          reaction: [{ manifestation: [{ text: "Hives" }], severity: "moderate" }],
        },
      ]),
    ]);
    const condition = view.lists.conditions[0];
    expect(condition).toMatchObject({ name: "High blood pressure", status: "active", current: true });
    expect(condition.notes).toEqual(["Found at a routine check; home readings advised"]);
    expect(itemTexts(condition)).toContain("Since Apr 2019");
    const medication = view.lists.medications[0];
    expect(itemTexts(medication)).toEqual(
      expect.arrayContaining([
        "Lisinopril 10 mg tablet",
        "active",
        "Started 2 May 2019",
        "One tablet each morning",
      ]),
    );
    expect(view.lists.allergies[0]).toMatchObject({ status: "inactive", current: false });
    expect(view.lists.allergies[0].details).toEqual(["Reaction: hives (moderate)"]);
  });

  it("shows the same entry imported twice once, naming both files", () => {
    const entry = cholesterol("dup", "2025-01-01", 200, "mg/dL");
    const condition: Resource = {
      resourceType: "Condition",
      subject: { reference: "Patient/p" },
      code: { text: "Asthma" },
      onsetDateTime: "2010",
    };
    const view = buildClinicalView([
      file("first.json", [entry, condition]),
      file("second.json", [entry, condition]),
    ]);
    expect(view.labs[0].values).toHaveLength(1);
    expect(view.labs[0].values[0].sources.map((s) => s.name)).toEqual(["first.json", "second.json"]);
    expect(view.lists.conditions).toHaveLength(1);
    expect(view.lists.conditions[0].sources).toHaveLength(2);
  });

  it("leaves out entries entered in error", () => {
    const view = buildClinicalView([
      file("e.json", [cholesterol("bad", "2025-01-01", 999, "mg/dL", { status: "entered-in-error" })]),
    ]);
    expect(view.labs).toHaveLength(0);
  });
});

describe("search shows what it matches", () => {
  const view = buildClinicalView([
    file("Lab results from riverside-export.json", [
      cholesterol("r1", "2024-01-10", 6.2, "mmol/L", { note: [{ text: "Fasting sample" }] }),
      cholesterol("r2", "2025-03-04", 213, "mg/dL"),
    ]),
    file("Conditions from riverside-export.json", [
      {
        resourceType: "Condition",
        subject: { reference: "Patient/p" },
        code: { text: "Migraine" },
        note: [{ text: "Worse with bright light" }],
      },
    ]),
  ]);

  it("finds every shown text of every entry, and returns that entry", () => {
    for (const section of Object.values(view.lists)) {
      for (const item of section) {
        for (const text of itemTexts(item)) {
          expect(searchView(view, text).lists[item.section].map((i) => i.id)).toContain(item.id);
        }
      }
    }
    for (const m of view.labs) {
      for (const value of m.values) {
        for (const text of valueTexts(value)) {
          const found = searchView(view, text).labs.find((x) => x.key === m.key);
          expect(found?.values.map((v) => v.id)).toContain(value.id);
        }
      }
      for (const text of measurementTexts(m))
        expect(searchView(view, text).labs.map((x) => x.key)).toContain(m.key);
    }
  });

  it("narrows a measurement to the rows that match, and keeps all rows when its name matches", () => {
    expect(searchView(view, "fasting").labs[0].values.map((v) => v.date)).toEqual(["2024-01-10"]);
    expect(searchView(view, "Mar 2025").labs[0].values.map((v) => v.date)).toEqual(["2025-03-04"]);
    expect(searchView(view, "cholesterol").labs[0].values).toHaveLength(2);
    expect(searchView(view, "bright light").lists.conditions.map((c) => c.name)).toEqual(["Migraine"]);
  });

  it("returns an empty view when nothing matches", () => {
    expect(isEmptyView(searchView(view, "warfarin"))).toBe(true);
    expect(isEmptyView(searchView(view, ""))).toBe(false);
  });
});
