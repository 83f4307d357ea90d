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
import { recordFile as file } from "./testing";

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
    // Walk #11: FHIR status codes in a patient's words ("active" -> "current").
    expect(condition).toMatchObject({ name: "High blood pressure", status: "current", current: true });
    expect(condition.notes).toEqual(["Found at a routine check; home readings advised"]);
    expect(itemTexts(condition)).toContain("Since Apr 2019");
    const medication = view.lists.medications[0];
    expect(itemTexts(medication)).toEqual(
      expect.arrayContaining([
        "Lisinopril 10 mg tablet",
        "taking",
        "Started 2 May 2019",
        "One tablet each morning",
      ]),
    );
    expect(view.lists.allergies[0]).toMatchObject({ status: "no longer current", current: false });
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

describe("what a clinician would otherwise misread", () => {
  const quantity = (
    code: string,
    value: number,
    unit: string,
    date: string,
    extra: Partial<Observation> = {},
  ): Observation => ({
    resourceType: "Observation",
    id: `${code}-${date}`,
    status: "final",
    category: lab,
    code: { coding: [{ system: LOINC, code }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit, system: UCUM, code: unit },
    ...extra,
  });

  it("puts a test's moles code and mass code in one measurement, in one unit", () => {
    const view = buildClinicalView([
      file("si.json", [quantity("14647-2", 5.8, "mmol/L", "2024-02-01")]),
      file("us.json", [quantity("2093-3", 198, "mg/dL", "2025-02-01")]),
    ]);
    expect(view.labs).toHaveLength(1);
    expect(view.labs[0]).toMatchObject({ name: "Total cholesterol", code: { code: "2093-3" } });
    expect(view.labs[0].series[0].unit).toBe("mg/dL");
    expect(view.labs[0].values.map((v) => v.text)).toEqual(["198 mg/dL", "224 mg/dL"]);
  });

  it("puts HbA1c in mmol/mol (IFCC) and in % (NGSP) in one measurement, in %", () => {
    const view = buildClinicalView([
      file("si.json", [quantity("59261-8", 53, "mmol/mol", "2024-02-01")]),
      file("us.json", [quantity("4548-4", 6.6, "%", "2025-02-01")]),
    ]);
    expect(view.labs).toHaveLength(1);
    expect(view.labs[0].values.map((v) => v.text)).toEqual(["6.6 %", "7.0 %"]); // 0.09148 × 53 + 2.152 = 7.0
  });

  it("shows converted vitals with the decimals people use, and vitamin D with its molar mass", () => {
    const view = buildClinicalView([
      file("v.json", [
        { ...quantity("29463-7", 172, "[lb_av]", "2025-01-01"), category: vital },
        { ...quantity("29463-7", 80, "kg", "2025-06-01"), category: vital },
        { ...quantity("8310-5", 98.6, "[degF]", "2025-01-01"), category: vital },
        quantity("1989-3", 45, "nmol/L", "2024-01-01"),
        quantity("1989-3", 24, "ng/mL", "2025-01-01"),
      ]),
    ]);
    const weight = view.vitals.find((m) => m.code?.code === "29463-7")!;
    expect(weight.values.map((v) => v.text)).toEqual(["80 kg", "78.0 kg"]);
    const temperature = view.vitals.find((m) => m.code?.code === "8310-5")!;
    expect(temperature.values[0].text).toBe("37.0 °C");
    const vitaminD = view.labs.find((m) => m.code?.code === "1989-3")!;
    expect(vitaminD.series[0].unit).toBe("ng/mL");
    expect(vitaminD.series[0].points[0].value).toBeCloseTo((45 * 400.64) / 1000, 2); // 18.03 ng/mL
  });

  it("keeps the source's own range on a value kept apart", () => {
    const view = buildClinicalView([
      file("a.json", [
        quantity("2093-3", 200, "mg/dL", "2024-01-01"),
        quantity("2093-3", 5, "kg", "2025-01-01", {
          referenceRange: [{ high: { value: 6, unit: "kg", system: UCUM, code: "kg" } }],
        }),
      ]),
    ]);
    const apart = view.labs[0].values.find((v) => v.apart)!;
    expect(apart.range).toBe("below 6 kg");
  });

  it("reads units and codes named like Object's built-ins as unknown, never as table entries", () => {
    const view = buildClinicalView([
      file("hostile.json", [
        quantity("2093-3", 200, "mg/dL", "2024-01-01"),
        quantity("2093-3", 5, "constructor", "2025-01-01"),
        quantity("__proto__", 1, "toString", "2025-01-01"),
        { ...quantity("hasOwnProperty", 2, "__proto__", "2025-01-02"), category: vital },
      ]),
    ]);
    expect(view.labs.find((m) => m.code?.code === "2093-3")!.values[0].apart).toMatch(
      /^Not plotted: 5 constructor/,
    );
    expect(view.labs.find((m) => m.code?.code === "__proto__")!.values[0].text).toBe("1 toString");
    expect(view.vitals[0].name).toBe("hasOwnProperty");
  });

  it("leaves out entries of the wrong shape, counted by file, and still shows every good one", () => {
    const good = quantity("2093-3", 200, "mg/dL", "2024-01-01");
    const malformed = [
      { ...quantity("2093-3", 210, "mg/dL", "2025-01-01"), note: "a note that is not a list" },
      { resourceType: "Condition", subject: { reference: "Patient/p" }, code: { coding: { code: "x" } } },
      { resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text: 42 } },
      null,
      {
        resourceType: "MedicationStatement",
        status: "active",
        medicationCodeableConcept: { text: ["a", "list"] },
      },
    ] as unknown as Resource[];
    const view = buildClinicalView([file("good.json", [good]), file("bad.json", malformed)]);
    expect(view.labs[0].values.map((v) => v.text)).toEqual(["200 mg/dL"]);
    expect(view.lists.conditions).toEqual([]);
    expect(view.unreadable).toEqual([{ source: expect.objectContaining({ name: "bad.json" }), count: 4 }]);
    expect(() => searchView(view, "a")).not.toThrow();
  });

  it("does not let an impossible date or an absurd value pose as the latest measurement", () => {
    const view = buildClinicalView([
      file("x.json", [
        quantity("2093-3", 200, "mg/dL", "2024-01-01"),
        quantity("2093-3", 999, "mg/dL", "9999-99-99"),
        quantity("2093-3", 1e308, "mg/dL", "2025-01-01"),
        quantity("2093-3", 180, "mg/dL", "3999-01-01"),
      ]),
    ]);
    const [cholesterol] = view.labs;
    expect(cholesterol.values[0].text).toMatch(/not a plausible number/); // 2025, but not plotted
    expect(cholesterol.values[1].text).toBe("200 mg/dL");
    expect(cholesterol.values.slice(2).map((v) => v.date)).toEqual([undefined, undefined]); // listed undated, last
    expect(cholesterol.series[0].points.map((p) => p.value)).toEqual([200]);
  });

  // Regression (outside review): a clinician allowed to write notes planted a Patient, "no known
  // allergies", a medication and a lab value into the patient's combined views.
  it("reads a record someone else added only within its own category, and never takes a Patient from it", () => {
    const planted: ReadRecord = {
      ...(file("riverside-hospital-export.json", [
        { resourceType: "Patient", name: [{ text: "Someone Else" }], birthDate: "1901-01-01" },
        {
          resourceType: "AllergyIntolerance",
          patient: { reference: "Patient/p" },
          code: { text: "No known allergies" },
        },
        {
          resourceType: "MedicationStatement",
          status: "active",
          subject: { reference: "Patient/p" },
          medicationCodeableConcept: { text: "Warfarin 50 mg daily" },
        },
        quantity("2093-3", 999, "mg/dL", "2026-11-01"),
        {
          resourceType: "DocumentReference",
          status: "current",
          description: "Progress note",
          content: [{ attachment: { contentType: "text/plain", data: btoa("Seen today.") } }],
        },
      ]) as Extract<ReadRecord, { kind: "fhir" }>),
      category: "notes",
      byPatient: false,
    };
    const own = {
      ...file("mine.json", [{ resourceType: "Patient", name: [{ text: "Dana Whitfield" }] } as Resource]),
      category: "demographics" as const,
    };
    const view = buildClinicalView([own, planted]);
    expect(view.patient?.name).toBe("Dana Whitfield");
    expect(view.lists.allergies).toEqual([]);
    expect(view.lists.medications).toEqual([]);
    expect(view.labs).toEqual([]);
    expect(view.lists.documents.map((d) => d.name)).toEqual(["Progress note"]);
  });

  it("lists an AI model's result under AI results: the risk, over how long, by which model, on which inputs", () => {
    const result: ReadRecord = {
      ...(file("risk.json", [
        {
          resourceType: "RiskAssessment",
          status: "final",
          subject: { reference: "Patient/p" },
          occurrenceDateTime: "2026-12-01T10:00:00Z",
          performer: { display: "10-year ASCVD risk (Pooled Cohort Equations)" },
          prediction: [
            {
              outcome: { text: "10-year risk of a heart attack or stroke" },
              probabilityDecimal: 0.0841,
              whenRange: { high: { value: 10, unit: "years" } },
            },
          ],
          note: [
            { text: "Total cholesterol: 213 mg/dL — Total cholesterol of 1 Oct 2026, from export.json" },
          ],
        } as Resource,
        // Anything else in a model's record is not read: only its own kind.
        quantity("2093-3", 999, "mg/dL", "2026-11-01"),
      ]) as Extract<ReadRecord, { kind: "fhir" }>),
      category: "aiResults",
      byPatient: false,
    };
    const view = buildClinicalView([result]);
    expect(view.labs).toEqual([]);
    expect(view.lists.aiResults).toHaveLength(1);
    expect(view.lists.aiResults[0]).toMatchObject({
      name: "10-year risk of a heart attack or stroke",
      details: ["8.4 % over 10 years", "By 10-year ASCVD risk (Pooled Cohort Equations)"],
      dates: [{ label: "Computed", date: "2026-12-01T10:00:00Z" }],
    });
    expect(view.lists.aiResults[0].notes[0]).toMatch(/^Total cholesterol: 213 mg\/dL/);
  });

  // Attack N5: a writer's note named another clinician in its own "author" and was back-dated;
  // the patient's view showed "By Dr. Maya Rivera, Mercy Clinic" and "Dated 2 Apr 2019".
  it("names a note someone else added by the account that anchored it, flags a claimed author, and shows when it was added", () => {
    const mallory = "0xfa73000000000000000000000000000000005929" as const;
    const note = (author: { display?: string; identifier?: { value: string } }): ReadRecord => ({
      ...(file(
        "note.json",
        [
          {
            resourceType: "DocumentReference",
            status: "current",
            description: "Discharge summary",
            date: "2019-04-02",
            author: [author],
            content: [{ attachment: { contentType: "text/plain", data: btoa("Declined treatment.") } }],
          },
        ],
        "2026-12-01T10:00:00Z",
      ) as Extract<ReadRecord, { kind: "fhir" }>),
      source: {
        recordId: `0x${"ab".repeat(32)}` as Hex,
        name: "note.json",
        addedAt: new Date("2026-12-01T10:00:00Z"),
        addedBy: {
          author: mallory,
          file: "note.json",
          who: "Dr. Mallory Stone, Elm Clinic (clinician, unverified)",
          name: "Dr. Mallory Stone, Elm Clinic",
        },
      },
      category: "notes",
      byPatient: false,
    });
    const [spoofed] = buildClinicalView([note({ display: "Dr. Maya Rivera, Mercy Clinic" })]).lists.documents;
    expect(spoofed.details).toContain("By Dr. Mallory Stone, Elm Clinic (clinician, unverified)");
    expect(spoofed.details.join(" ")).not.toContain("By Dr. Maya Rivera");
    expect(spoofed.warnings).toEqual([
      "It says it is by Dr. Maya Rivera, Mercy Clinic, but that is not who added it.",
    ]);
    expect(spoofed.dates).toEqual([
      { label: "Dated (as written)", date: "2019-04-02" },
      { label: "Added", date: "2026-12-01" },
    ]);
    // Its own name, with the right account: no warning.
    const honest = buildClinicalView([
      note({
        display: "Dr. Mallory Stone, Elm Clinic",
        identifier: { value: `did:pkh:eip155:31337:${mallory}` },
      }),
    ]).lists.documents[0];
    expect(honest.warnings).toBeUndefined();
    // The right name with another account's identifier is a claim too.
    const otherId = buildClinicalView([
      note({
        display: "Dr. Mallory Stone, Elm Clinic",
        identifier: { value: "did:pkh:eip155:31337:0x3c44000000000000000000000000000000093bc" },
      }),
    ]).lists.documents[0];
    expect(otherId.warnings).toHaveLength(1);
  });

  // Walk #11: "final" on a clinician's note and "completed" on a vaccine were FHIR codes on screen.
  it("shows a vaccine as given and a final document without a status", () => {
    const view = buildClinicalView([
      file("v.json", [
        {
          resourceType: "Immunization",
          status: "completed",
          vaccineCode: { text: "Influenza vaccine" },
          patient: { reference: "Patient/p" },
          occurrenceDateTime: "2026-10-01",
        },
        {
          resourceType: "DocumentReference",
          status: "current",
          docStatus: "final",
          description: "Progress note",
          content: [{ attachment: { contentType: "text/plain", data: btoa("Seen.") } }],
        },
      ]),
    ]);
    expect(view.lists.immunizations[0].status).toBe("given");
    expect(view.lists.documents[0].status).toBeUndefined();
  });

  it("files results without a category by what they are: vital signs by code, the rest apart from labs", () => {
    const view = buildClinicalView([
      file("x.json", [
        { ...quantity("3016-3", 2.1, "m[IU]/L", "2025-01-01"), category: undefined },
        { ...quantity("8867-4", 72, "/min", "2025-01-01"), category: undefined },
      ]),
    ]);
    expect(view.other.map((m) => m.code?.code)).toEqual(["3016-3"]);
    expect(view.vitals.map((m) => m.code?.code)).toEqual(["8867-4"]);
  });

  it("shows a change of dose as one current medicine and an earlier record, never two active ones", () => {
    const metformin = (id: string, name: string, start: string): Resource => ({
      resourceType: "MedicationStatement",
      id,
      status: "active",
      subject: { reference: "Patient/p" },
      medicationCodeableConcept: { text: name },
      effectivePeriod: { start },
    });
    const view = buildClinicalView([
      file("old.json", [metformin("m1", "Metformin 500 MG Oral Tablet", "2023-01-10")]),
      file("new.json", [metformin("m2", "Metformin 1000 MG Oral Tablet", "2026-01-05")]),
    ]);
    const [current, earlier] = view.lists.medications;
    expect(current).toMatchObject({ name: "Metformin 1000 MG Oral Tablet", current: true, status: "taking" });
    expect(earlier).toMatchObject({ name: "Metformin 500 MG Oral Tablet", current: false });
    expect(earlier.status).toBe("in an earlier record: taking");
    expect(earlier.details).toContain(
      "A later record lists Metformin 1000 MG Oral Tablet (Started 5 Jan 2026): check which is current.",
    );
  });

  it("merges one condition from two files: the earliest onset, every note and file", () => {
    const diabetes = (onset: string, note: string): Resource => ({
      resourceType: "Condition",
      subject: { reference: "Patient/p" },
      clinicalStatus: { coding: [{ code: "active" }] },
      code: { coding: [{ system: "http://snomed.info/sct", code: "44054006" }] },
      onsetDateTime: onset,
      note: [{ text: note }],
    });
    const view = buildClinicalView([
      file("a.json", [diabetes("2019-03", "Diet advice given")]),
      file("b.json", [diabetes("2021-06-01", "Started metformin")]),
    ]);
    expect(view.lists.conditions).toHaveLength(1);
    const [condition] = view.lists.conditions;
    expect(condition.dates[0]).toEqual({ label: "Since", date: "2019-03" });
    expect(condition.notes.sort()).toEqual(["Diet advice given", "Started metformin"]);
    expect(condition.sources).toHaveLength(2);
  });

  it("says a vaccine that was not given was not given, with its dose numbers for those that were", () => {
    const view = buildClinicalView([
      file("i.json", [
        {
          resourceType: "Immunization",
          status: "not-done",
          patient: { reference: "Patient/p" },
          vaccineCode: { text: "Shingles vaccine" },
          occurrenceDateTime: "2025-02-11",
          statusReason: { text: "Patient declined" },
        },
        {
          resourceType: "Immunization",
          status: "completed",
          patient: { reference: "Patient/p" },
          vaccineCode: { text: "Hepatitis B vaccine" },
          occurrenceDateTime: "2024-05-02",
          protocolApplied: [{ doseNumberPositiveInt: 2, seriesDosesPositiveInt: 3 }],
        },
      ]),
    ]);
    const declined = view.lists.immunizations.find((i) => i.name === "Shingles vaccine")!;
    expect(itemTexts(declined)).toEqual(
      expect.arrayContaining(["not given", "Not given, on 11 Feb 2025", "Reason: patient declined"]),
    );
    expect(itemTexts(declined).some((t) => t.startsWith("Given"))).toBe(false);
    expect(view.lists.immunizations.find((i) => i.name === "Hepatitis B vaccine")!.details).toContain(
      "Dose 2 of 3",
    );
  });

  it("shows a document's own text and author, and search finds words in it", () => {
    const view = buildClinicalView([
      file("d.json", [
        {
          resourceType: "DocumentReference",
          status: "current",
          description: "Discharge summary",
          author: [{ display: "Dr. Amaka Okafor" }],
          date: "2025-03-02T10:00:00Z",
          content: [
            {
              attachment: {
                contentType: "text/plain",
                data: btoa("Admitted with chest pain; troponin normal."),
              },
            },
          ],
        },
      ]),
    ]);
    const [document] = view.lists.documents;
    expect(document.notes).toEqual(["Admitted with chest pain; troponin normal."]);
    expect(document.details).toContain("By Dr. Amaka Okafor");
    expect(searchView(view, "troponin").lists.documents).toHaveLength(1);
    expect(searchView(view, "Okafor").lists.documents).toHaveLength(1);
  });

  it("shows a 20,000-character text in full whatever its script (it was cut at 30,000 bytes: 15,000 Cyrillic letters)", () => {
    const text = "д".repeat(20_000);
    const base64 = Buffer.from(text, "utf8").toString("base64");
    const note = (data: string) =>
      buildClinicalView([
        file("n.json", [
          {
            resourceType: "DocumentReference",
            status: "current",
            content: [{ attachment: { contentType: "text/plain; charset=utf-8", data } }],
          },
        ]),
      ]).lists.documents[0].notes[0];
    expect(note(base64)).toBe(text);
    expect(note(Buffer.from(`${text}д`, "utf8").toString("base64"))).toBe(`${text}…`);
  });

  it("names a medicine given as a contained Medication", () => {
    const view = buildClinicalView([
      file("m.json", [
        {
          resourceType: "MedicationRequest",
          status: "active",
          intent: "order",
          subject: { reference: "Patient/p" },
          contained: [
            { resourceType: "Medication", id: "medication-1", code: { text: "Atorvastatin 20 mg tablet" } },
          ],
          medicationReference: { reference: "#medication-1" },
          authoredOn: "2025-01-01",
        },
      ]),
    ]);
    expect(view.lists.medications[0].name).toBe("Atorvastatin 20 mg tablet");
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
