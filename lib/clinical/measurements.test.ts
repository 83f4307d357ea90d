import type { Observation, Quantity, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { buildClinicalView, isEmptyView, type ReadRecord, searchView } from "./model";
import { recordFile as file } from "./testing";

const LOINC = "http://loinc.org";
const UCUM = "http://unitsofmeasure.org";
const category = (code: string) => [
  { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code }] },
];

const quantity = (value: number, unit: string, comparator?: Quantity["comparator"]): Quantity => ({
  value,
  unit,
  system: UCUM,
  code: unit,
  ...(comparator ? { comparator } : {}),
});

function result(
  code: string,
  date: string | undefined,
  value: Quantity,
  extra: Partial<Observation> = {},
): Observation {
  return {
    resourceType: "Observation",
    status: "final",
    category: category(
      ["8480-6", "8462-4", "85354-9", "8867-4", "8310-5"].includes(code) ? "vital-signs" : "laboratory",
    ),
    code: { coding: [{ system: LOINC, code }] },
    ...(date ? { effectiveDateTime: date } : {}),
    valueQuantity: value,
    ...extra,
  };
}

const range = (low: number | undefined, high: number | undefined, unit: string) => [
  {
    ...(low !== undefined ? { low: quantity(low, unit) } : {}),
    ...(high !== undefined ? { high: quantity(high, unit) } : {}),
  },
];

describe("a value given as a bound (Quantity.comparator: <5, >90)", () => {
  const view = buildClinicalView([
    file("crp.json", [
      result("1988-5", "2024-01-10", quantity(148, "mg/L"), { referenceRange: range(undefined, 5, "mg/L") }),
      result("1988-5", "2024-03-05", quantity(5, "mg/L", "<"), {
        referenceRange: range(undefined, 5, "mg/L"),
      }),
      result("1988-5", "2024-04-05", quantity(300, "mg/L", ">"), {
        referenceRange: range(undefined, 200, "mg/L"),
      }),
      result("1988-5", "2024-05-05", quantity(3, "mg/L", "<="), { referenceRange: range(4, 10, "mg/L") }),
      result("1988-5", "2024-06-05", quantity(250, "mg/L", "<"), {
        referenceRange: range(undefined, 200, "mg/L"),
      }),
      result("1988-5", "2024-07-05", quantity(3, "mg/L", ">"), { referenceRange: range(4, 10, "mg/L") }),
      result("2093-3", "2024-03-05", quantity(6.2, "mmol/L", "<")),
      result("2093-3", "2024-01-05", quantity(200, "mg/dL")),
    ]),
  ]);
  const crp = view.labs.find((m) => m.code?.code === "1988-5")!;
  const byDate = (date: string) => crp.values.find((v) => v.date === date)!;

  it("shows it with its comparator (it read '5 mg/L'), and search finds it", () => {
    expect(byDate("2024-03-05").text).toBe("<5 mg/L");
    expect(byDate("2024-04-05").text).toBe(">300 mg/L");
    expect(searchView(view, "<5").labs[0]?.values.map((v) => v.date)).toEqual(["2024-03-05"]);
    const chol = view.labs.find((m) => m.code?.code === "2093-3")!;
    expect(chol.values[0]).toMatchObject({ text: "<240 mg/dL", original: "<6.2 mmol/L" });
  });

  it("shows '>=' and '<=' as '≥' and '≤' (they were shown as typed), and finds them typed either way", () => {
    expect(byDate("2024-05-05").text).toBe("≤3 mg/L");
    expect(byDate("2024-05-05").apart).toBe(
      "Not plotted: ≤3 mg/L means below or at 3 mg/L, not an exact value.",
    );
    for (const query of ["≤3", "<=3"])
      expect(searchView(view, query).labs[0]?.values.map((v) => v.date)).toEqual(["2024-05-05"]);
  });

  it("never plots it as an exact point: it is listed apart, saying what the bound means", () => {
    expect(crp.series[0].points.map((p) => p.date)).toEqual(["2024-01-10"]);
    expect(byDate("2024-03-05").apart).toBe("Not plotted: <5 mg/L means below 5 mg/L, not an exact value.");
    expect(byDate("2024-05-05").apart).toMatch(/means below or at 3 mg\/L/);
  });

  it("flags it only when the bound decides: >300 over a range up to 200 is high; <5 against 'below 5' is not flagged", () => {
    expect(byDate("2024-03-05").flag).toBeUndefined();
    expect(byDate("2024-04-05").flag).toBe("high");
    expect(byDate("2024-05-05").flag).toBe("low"); // at most 3, the range starts at 4
    // Undecided by the bound: below 250 may be in a range up to 200; above 3 may be in 4-10.
    expect(byDate("2024-06-05").flag).toBeUndefined();
    expect(byDate("2024-07-05").flag).toBeUndefined();
    expect(byDate("2024-01-10").flag).toBe("high");
  });
});

describe("blood pressure given as separate systolic and diastolic results", () => {
  const view = buildClinicalView([
    file("clinic.json", [
      result("8480-6", "2019-05-14", quantity(134, "mm[Hg]")),
      result("8462-4", "2019-05-14", quantity(86, "mm[Hg]")),
      result("8480-6", "2021-11-02", quantity(142, "mm[Hg]"), { referenceRange: range(90, 140, "mm[Hg]") }),
      result("8462-4", "2023-01-01", quantity(91, "mm[Hg]"), { referenceRange: range(60, 80, "mm[Hg]") }),
    ]),
    file("hospital.json", [
      {
        ...result("85354-9", "2024-03-05", quantity(0, "mm[Hg]")),
        valueQuantity: undefined,
        component: [
          { code: { coding: [{ system: LOINC, code: "8480-6" }] }, valueQuantity: quantity(138, "mm[Hg]") },
          { code: { coding: [{ system: LOINC, code: "8462-4" }] }, valueQuantity: quantity(88, "mm[Hg]") },
        ],
      },
    ]),
  ]);

  it("joins the blood pressure measurement as its series (they were separate measurements, and its trend started in 2024)", () => {
    expect(view.vitals.map((m) => m.name)).toEqual(["Blood pressure"]);
    const [bp] = view.vitals;
    expect(bp.series.map((s) => s.label)).toEqual(["Systolic blood pressure", "Diastolic blood pressure"]);
    expect(bp.series[0].points.map((p) => `${p.date}=${p.value}`)).toEqual([
      "2019-05-14=134",
      "2021-11-02=142",
      "2024-03-05=138",
    ]);
    expect(bp.series[1].points.map((p) => `${p.date}=${p.value}`)).toEqual([
      "2019-05-14=86",
      "2023-01-01=91",
      "2024-03-05=88",
    ]);
  });

  it("pairs halves of one time into one reading, and shows a lone half as a half reading with its own range and flag", () => {
    const [bp] = view.vitals;
    expect(bp.values.map((v) => `${v.date} ${v.text} ${v.flag ?? ""}`.trim())).toEqual([
      "2024-03-05 138/88 mmHg",
      "2023-01-01 –/91 mmHg high",
      "2021-11-02 142/– mmHg high",
      "2019-05-14 134/86 mmHg",
    ]);
    expect(bp.values[1].range).toBe("Diastolic blood pressure 60–80 mmHg");
    expect(bp.values[2].range).toBe("Systolic blood pressure 90–140 mmHg");
  });
});

describe("blood pressure halves and panels of one file", () => {
  const mmHg = (v: number) => quantity(v, "mm[Hg]");
  const panel = (date: string, systolic: number, diastolic: number): Observation => ({
    resourceType: "Observation",
    status: "final",
    category: category("vital-signs"),
    code: { coding: [{ system: LOINC, code: "85354-9" }] },
    effectiveDateTime: date,
    component: [
      { code: { coding: [{ system: LOINC, code: "8480-6" }] }, valueQuantity: mmHg(systolic) },
      { code: { coding: [{ system: LOINC, code: "8462-4" }] }, valueQuantity: mmHg(diastolic) },
    ],
  });
  const rows = (resources: Resource[]) =>
    buildClinicalView([file("bp.json", resources)]).vitals[0].values.map((v) => `${v.date} ${v.text}`);

  it("shows a panel and the same reading given again as halves once, and plots it once (it was twice)", () => {
    const view = buildClinicalView([
      file("bp.json", [
        panel("2025-05-01T10:00:00Z", 150, 95),
        result("8480-6", "2025-05-01T10:00:00Z", mmHg(150)),
        result("8462-4", "2025-05-01T10:00:00Z", mmHg(95)),
        // A half that repeats the panel alone is the panel's too, not a "150/– mmHg" of its own.
        result("8480-6", "2025-05-01T12:00:00+02:00", mmHg(150)),
      ]),
    ]);
    const [bp] = view.vitals;
    expect(bp.values.map((v) => `${v.date} ${v.text}`)).toEqual(["2025-05-01T10:00:00Z 150/95 mmHg"]);
    expect(bp.series.map((s) => s.points.length)).toEqual([1, 1]);
  });

  it("keeps halves of other values at the panel's time as halves", () => {
    expect(
      rows([panel("2025-05-01T10:00:00Z", 150, 95), result("8480-6", "2025-05-01T10:00:00Z", mmHg(152))]),
    ).toEqual(["2025-05-01T10:00:00Z 150/95 mmHg", "2025-05-01T10:00:00Z 152/– mmHg"]);
  });

  it("joins halves taken minutes apart, nearest first (they were '160/–' and '–/100')", () => {
    expect(
      rows([
        result("8480-6", "2025-06-01T10:00:00Z", mmHg(160)),
        result("8462-4", "2025-06-01T10:05:00Z", mmHg(100)),
        result("8480-6", "2025-06-01T10:12:00Z", mmHg(150)),
        result("8462-4", "2025-06-01T10:40:00Z", mmHg(90)), // 28 minutes from the nearest: alone
      ]),
    ).toEqual([
      "2025-06-01T10:40:00Z –/90 mmHg",
      "2025-06-01T10:12:00Z 150/– mmHg",
      "2025-06-01T10:00:00Z 160/100 mmHg",
    ]);
  });

  it("does not guess between two equally near partners", () => {
    expect(
      rows([
        result("8480-6", "2025-06-01T10:05:00Z", mmHg(160)),
        result("8462-4", "2025-06-01T10:00:00Z", mmHg(100)),
        result("8462-4", "2025-06-01T10:10:00Z", mmHg(90)),
      ]),
    ).toEqual([
      "2025-06-01T10:10:00Z –/90 mmHg",
      "2025-06-01T10:05:00Z 160/– mmHg",
      "2025-06-01T10:00:00Z –/100 mmHg",
    ]);
  });

  it("joins date-only halves only when the day has one of each, whatever the file order", () => {
    const day = [
      result("8462-4", "2025-06-03", mmHg(85)),
      result("8480-6", "2025-06-03", mmHg(135)),
      result("8480-6", "2025-06-03", mmHg(145)),
    ];
    const expected = ["2025-06-03 135/– mmHg", "2025-06-03 145/– mmHg", "2025-06-03 –/85 mmHg"];
    expect(rows(day)).toEqual(expected);
    expect(rows([...day].reverse())).toEqual(expected);
    expect(rows([day[1], day[0]])).toEqual(["2025-06-03 135/85 mmHg"]);
  });

  it("does not join halves of two files", () => {
    const view = buildClinicalView([
      file("a.json", [result("8480-6", "2025-06-01T10:00:00Z", mmHg(160))]),
      file("b.json", [result("8462-4", "2025-06-01T10:01:00Z", mmHg(100))]),
    ]);
    expect(view.vitals[0].values.map((v) => v.text)).toEqual(["–/100 mmHg", "160/– mmHg"]);
  });
});

describe("what a chart needs to colour each point by its own row", () => {
  it("gives every point its own flag and range, and says whose range the band is", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("2093-3", "2024-03-05", quantity(240, "mg/dL")), // no range, not flagged
        result("2093-3", "2025-04-02", quantity(197, "mg/dL"), {
          referenceRange: range(undefined, 193, "mg/dL"),
        }),
        result("2093-3", "2025-09-01", quantity(180, "mg/dL")),
      ]),
    ]);
    const [series] = view.labs[0].series;
    expect(series.points.map((p) => [p.value, p.flag, p.high])).toEqual([
      [240, undefined, undefined],
      [197, "high", 193],
      [180, undefined, undefined],
    ]);
    expect(series.high).toBe(193);
    expect(series.rangeFrom).toMatchObject({ date: "2025-04-02", source: { name: "a.json" } });
    expect(view.labs[0].values.map((v) => v.flag)).toEqual(series.points.map((p) => p.flag).reverse());
  });

  it("gives each half of a blood pressure reading its own flag", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("8480-6", "2025-04-02", quantity(118, "mm[Hg]"), { referenceRange: range(90, 120, "mm[Hg]") }),
        result("8462-4", "2025-04-02", quantity(87, "mm[Hg]"), { referenceRange: range(60, 80, "mm[Hg]") }),
      ]),
    ]);
    const [systolic, diastolic] = view.vitals[0].series;
    expect(systolic.points[0]).toMatchObject({ value: 118, low: 90, high: 120 });
    expect(systolic.points[0].flag).toBeUndefined();
    expect(diastolic.points[0]).toMatchObject({ value: 87, flag: "high", low: 60, high: 80 });
  });
});

describe("values no test can take", () => {
  const view = buildClinicalView([
    file("a.json", [
      result("2093-3", "2024-01-01", quantity(180, "mg/dL")),
      result("2093-3", "2024-02-01", quantity(-50, "mg/dL")),
      result("2093-3", "2024-03-01", quantity(99_999_999_999, "mg/dL")),
      result("2093-3", "2024-04-01", quantity(190, "mg/dL")),
      result("8310-5", "2024-01-01", quantity(-1, "Cel")),
    ]),
  ]);
  const chol = view.labs[0];

  it("lists a negative concentration apart, not plotted (it was plotted as an ordinary value)", () => {
    expect(chol.values.find((v) => v.date === "2024-02-01")!.apart).toBe(
      "Not plotted: -50 mg/dL: not a plausible value: Total cholesterol cannot be below zero.",
    );
  });

  it("lists a value far beyond what the test can take apart, so it does not flatten the chart", () => {
    expect(chol.series[0].points.map((p) => p.value)).toEqual([180, 190]);
    expect(chol.values.find((v) => v.date === "2024-03-01")!.apart).toMatch(
      /not a plausible value for Total cholesterol \(possible: 0–3,000 mg\/dL\); check the source/,
    );
  });

  it("lists a value orders of magnitude above the rest apart, for a test without a listed range too", () => {
    const ferritin = buildClinicalView([
      file("f.json", [
        result("2276-4", "2024-01-01", quantity(50, "ng/mL")),
        result("2276-4", "2024-02-01", quantity(80, "ng/mL")),
        result("2276-4", "2024-03-01", quantity(90_000_000, "ng/mL")),
        result("2276-4", "2024-04-01", quantity(65, "ng/mL")),
      ]),
    ]).labs[0];
    expect(ferritin.series[0].points.map((p) => p.value)).toEqual([50, 80, 65]);
    expect(ferritin.values.find((v) => v.date === "2024-03-01")!.apart).toBe(
      "Not plotted: 90000000 ng/mL: far outside every other value of this test (over 1,000 times their median); check the source.",
    );
  });

  it("still reads temperatures below zero (°C, °F) as values, only outside the body's range apart", () => {
    const temperature = view.vitals[0];
    expect(temperature.values[0].apart).toMatch(/not a plausible value for Body temperature/);
  });
});

describe("the latest value a measurement's row shows", () => {
  it("is the latest comparable value, saying a newer one could not be compared (it was '7 mg' with no hint)", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("1558-6", "2024-03-05", quantity(6.4, "mmol/L")),
        result("1558-6", "2025-04-02", quantity(7, "mg")),
      ]),
    ]);
    const [m] = view.labs;
    expect(m.values[0].text).toBe("7 mg");
    expect(m.headline?.value.text).toBe("115 mg/dL");
    expect(m.headline?.note).toBe(
      "Latest readable value: a newer one (7 mg, 2 Apr 2025) cannot be compared in mg/dL.",
    );
  });

  it("is the latest value, without a note, when that one can be compared", () => {
    const view = buildClinicalView([
      file("a.json", [result("1558-6", "2025-04-02", quantity(100, "mg/dL"))]),
    ]);
    expect(view.labs[0].headline).toEqual({ value: view.labs[0].values[0] });
  });
});

describe("duplicates", () => {
  it("keeps two results of one file with the same date and value as two rows (10,000 readings showed as 2,101)", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("8867-4", "2025-04-02", quantity(72, "/min")),
        result("8867-4", "2025-04-02", quantity(72, "/min")),
      ]),
    ]);
    expect(view.vitals[0].values).toHaveLength(2);
  });

  it("shows the same entry imported twice once: from two files, or twice in one file with one id", () => {
    const entry = { ...result("8867-4", "2025-04-02", quantity(72, "/min")), id: "hr-1" };
    const view = buildClinicalView([file("a.json", [entry, entry]), file("b.json", [entry])]);
    expect(view.vitals[0].values).toHaveLength(1);
    expect(view.vitals[0].values[0].sources.map((s) => s.name)).toEqual(["a.json", "b.json"]);
  });
});

describe("characters that change how text reads while showing nothing", () => {
  it("are removed from every text the view shows, so the page shows what search reads", () => {
    const record = file("\u202eevil\u202c-export.json", [
      {
        resourceType: "Condition",
        subject: { reference: "Patient/p" },
        code: { text: "\u202edetcefni ton\u202c Healthy" },
        clinicalStatus: { coding: [{ code: "active\u200b" }] },
        note: [{ text: "Seen\u2066 today\u2069\u0007" }],
      },
      {
        ...result("2093-3", "2025-01-01", quantity(190, "mg/dL")),
        code: { text: "Choles\u200eterol\u061c" },
        note: [{ text: "fasting\u202d" }],
      },
    ]);
    const view = buildClinicalView([record]);
    const [condition] = view.lists.conditions;
    expect(condition.name).toBe("detcefni ton Healthy");
    expect(condition.notes).toEqual(["Seen today"]);
    expect(condition.sources[0].name).toBe("evil-export.json");
    const [m] = view.labs;
    expect(m.name).toBe("Cholesterol");
    expect(m.values[0].notes).toEqual(["fasting"]);
    expect(m.values[0].sources[0].name).toBe("evil-export.json");
    expect(searchView(view, "detcefni ton healthy").lists.conditions).toHaveLength(1);
    expect(searchView(view, "evil-export").labs).toHaveLength(1);
    const shown = JSON.stringify(view);
    const hidden = ["\u202a", "\u202e", "\u2066", "\u2069", "\u200b", "\u200e", "\u200f", "\u061c", "\u0007"];
    for (const char of hidden) expect(shown).not.toContain(char);
  });
});

describe("words a patient or clinician could misread", () => {
  it("reads an ended condition's text as 'Ended: ...' (it read 'Ended progressed to ...')", () => {
    const view = buildClinicalView([
      file("a.json", [
        {
          resourceType: "Condition",
          subject: { reference: "Patient/p" },
          code: { text: "Prediabetes" },
          clinicalStatus: { coding: [{ code: "resolved" }] },
          abatementString: "progressed to type 2 diabetes",
        },
      ]),
    ]);
    expect(view.lists.conditions[0].details).toEqual(["Ended: progressed to type 2 diabetes"]);
  });

  it("names scores in points, rates per day in words, and common tests plainly", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("44261-6", "2021-11-02", quantity(4, "{score}"), { category: category("survey") }),
        result("1988-5", "2024-03-05", quantity(3, "mg/L")),
        {
          resourceType: "Observation",
          status: "final",
          category: category("laboratory"),
          code: {
            coding: [
              { system: LOINC, code: "20454-5", display: "Protein [Presence] in Urine by Test strip" },
            ],
          },
          effectiveDateTime: "2021-11-02",
          valueCodeableConcept: { text: "Trace" },
        },
        result("74013-4", "2024-03-05", quantity(2, "{drinks}/d"), { category: category("social-history") }),
      ]),
    ]);
    expect(view.other[0]).toMatchObject({ name: "Depression screening score (PHQ-9)" });
    expect(view.other[0].values[0].text).toBe("4 points");
    expect(view.labs.map((m) => m.name).sort()).toEqual([
      "C-reactive protein (CRP)",
      "Protein in urine (dipstick)",
    ]);
    expect(view.lists.socialHistory[0]).toMatchObject({
      name: "Alcoholic drinks a day",
      details: ["2 drinks a day"],
    });
  });

  it("calls an active prescription 'prescribed', not 'taking'", () => {
    const view = buildClinicalView([
      file("a.json", [
        {
          resourceType: "MedicationRequest",
          status: "active",
          intent: "order",
          subject: { reference: "Patient/p" },
          medicationCodeableConcept: { text: "Lisinopril 10 MG Oral Tablet" },
          authoredOn: "2024-03-05",
        },
      ]),
    ]);
    expect(view.lists.medications[0]).toMatchObject({ status: "prescribed", current: true });
  });

  it("says 'another record' rather than 'a later record' when the clinical dates do not show which is later", () => {
    const lisinopril = (name: string): Resource => ({
      resourceType: "MedicationStatement",
      status: "active",
      subject: { reference: "Patient/p" },
      medicationCodeableConcept: { text: name },
    });
    const view = buildClinicalView([
      file("old.json", [lisinopril("Lisinopril 5 MG Oral Tablet")], "2026-11-01T10:00:00Z"),
      file("new.json", [lisinopril("Lisinopril 10 MG Oral Tablet")], "2026-11-20T10:00:00Z"),
    ]);
    const earlier = view.lists.medications.find((m) => !m.current)!;
    expect(earlier.details).toContain(
      "Another record lists Lisinopril 10 MG Oral Tablet: check which is current.",
    );
    expect(earlier.status).toBe("in another record: taking");
  });

  it("lets search find the headline's note, as shown", () => {
    const view = buildClinicalView([
      file("a.json", [
        result("1558-6", "2024-03-05", quantity(6.4, "mmol/L")),
        result("1558-6", "2025-04-02", quantity(7, "mg")),
      ]),
    ]);
    expect(searchView(view, "latest readable").labs).toHaveLength(1);
  });
});

describe("the headline when no value can be compared", () => {
  it("says the latest is in a unit that cannot be converted (it showed 'latest 7 mg' with no note)", () => {
    const [m] = buildClinicalView([file("a.json", [result("1558-6", "2025-04-02", quantity(7, "mg"))])]).labs;
    expect(m.series[0].points).toEqual([]);
    expect(m.headline?.value.text).toBe("7 mg");
    expect(m.headline?.note).toBe(
      "No value can be shown in a common unit: the latest (7 mg, 2 Apr 2025) is in a unit that cannot be converted to mg/dL.",
    );
  });

  it("says the latest is not a plausible value (it showed 'latest -5 mg/dL' with no note)", () => {
    const [m] = buildClinicalView([
      file("a.json", [
        result("2093-3", "2025-01-01", quantity(190, "mg")),
        result("2093-3", "2025-02-01", quantity(-5, "mg/dL")),
      ]),
    ]).labs;
    expect(m.headline?.note).toBe(
      "No value can be compared: the latest (-5 mg/dL, 1 Feb 2025) is not a plausible value.",
    );
  });

  it("says a unit CareKeys cannot read, and lists such a value apart (it showed 'latest 5 furlongs', no reason)", () => {
    const [m] = buildClinicalView([
      file("a.json", [result("2276-4", "2025-03-01", { value: 5, unit: "furlongs" })]),
    ]).labs;
    expect(m.values[0].apart).toBe(
      'Not plotted: 5 furlongs: the unit "furlongs" is not one CareKeys can read.',
    );
    expect(m.headline?.note).toBe(
      "No value can be shown in a common unit: the latest (5 furlongs, 1 Mar 2025) is in a unit CareKeys cannot read.",
    );
  });

  it("has no note for answers in words or numbers without a unit", () => {
    const [m] = buildClinicalView([
      file("a.json", [
        result("2276-4", "2025-03-01", { value: 5 }),
        result("2276-4", "2025-03-02", { value: 6 }),
      ]),
    ]).labs;
    expect(m.headline).toEqual({ value: m.values[0] });
  });
});

describe("a blood pressure reading with one half given as a bound", () => {
  it("says which half is not plotted, while the other is (it said 'Not plotted' for the whole reading)", () => {
    const [bp] = buildClinicalView([
      file("bp.json", [
        result("8480-6", "2025-03-10T09:00:00Z", quantity(250, "mm[Hg]", ">")),
        result("8462-4", "2025-03-10T09:00:00Z", quantity(130, "mm[Hg]")),
      ]),
    ]).vitals;
    expect(bp.values[0].text).toBe(">250/130 mmHg");
    expect(bp.values[0].apart).toBe(
      "Systolic blood pressure not plotted: >250 mmHg means above 250 mmHg, not an exact value.",
    );
    expect(bp.series.map((s) => s.points.map((p) => p.value))).toEqual([[], [130]]);
  });

  it("says 'Not plotted' for the whole reading when neither half is plotted", () => {
    const [bp] = buildClinicalView([
      file("bp.json", [
        result("8480-6", "2025-03-10T09:00:00Z", quantity(250, "mm[Hg]", ">")),
        result("8462-4", "2025-03-10T09:00:00Z", quantity(40, "mm[Hg]", "<")),
      ]),
    ]).vitals;
    expect(bp.values[0].apart).toBe(
      "Not plotted: >250 mmHg means above 250 mmHg, not an exact value; <40 mmHg means below 40 mmHg, not an exact value.",
    );
  });
});

describe("results of a record filed as questionnaires and screening scores", () => {
  const phq9 = (date: string, score: number, mark: string): Observation => ({
    resourceType: "Observation",
    status: "final",
    category: category(mark),
    code: { coding: [{ system: LOINC, code: "44261-6" }] },
    effectiveDateTime: date,
    valueQuantity: { value: score, unit: "{score}", system: UCUM, code: "{score}" },
  });
  const assessments = (name: string, resources: Resource[]): ReadRecord => ({
    ...file(name, resources),
    category: "assessments",
  });
  const view = buildClinicalView([
    assessments("phq9-vital.json", [phq9("2025-07-03", 20, "vital-signs")]),
    assessments("phq9-survey.json", [phq9("2025-06-01", 12, "survey")]),
  ]);

  it("are shown under assessments, whatever their source marked them (a PHQ-9 marked vital-signs was a vital sign)", () => {
    expect(view.vitals).toEqual([]);
    expect(view.other).toEqual([]);
    expect(view.assessments).toHaveLength(1);
    expect(view.assessments[0]).toMatchObject({ section: "assessments", code: { code: "44261-6" } });
    expect(view.assessments[0].values.map((v) => v.date)).toEqual(["2025-07-03", "2025-06-01"]);
  });

  it("are searched, and count for an empty view", () => {
    expect(searchView(view, "2025").assessments).toHaveLength(1);
    expect(searchView(view, "no such thing").assessments).toEqual([]);
    expect(isEmptyView(view)).toBe(false);
  });
});
