import type { Condition, Observation } from "@medplum/fhirtypes";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildClinicalView, type ClinicalView, searchView } from "@/lib/clinical/model";
import { recordFile as file } from "@/lib/clinical/testing";
import { ClinicalSections } from "./ClinicalSections";
import { VALUES_PAGE, VALUES_SHOWN } from "./MeasurementRow";

const UCUM = "http://unitsofmeasure.org";
const lab = [
  { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] },
];

const glucose = (id: string, date: string, value: number, note?: string): Observation => ({
  resourceType: "Observation",
  id,
  status: "final",
  category: lab,
  code: { coding: [{ system: "http://loinc.org", code: "2345-7" }], text: "Glucose" },
  effectiveDateTime: date,
  valueQuantity: { value, unit: "mg/dL", system: UCUM, code: "mg/dL" },
  ...(note ? { note: [{ text: note }] } : {}),
});

const render = (view: ClinicalView, shown?: ClinicalView) =>
  renderToStaticMarkup(createElement(ClinicalSections, { view, shown }));
const rows = (html: string) => html.match(/data-testid="measurement-value"/g)?.length ?? 0;

describe("ClinicalSections", () => {
  // Walk 6 #6: a right-to-left or override character in a name reordered the words around it.
  it("renders every text a record's writer chose inside <bdi>", () => {
    const condition: Condition = {
      resourceType: "Condition",
      id: "c1",
      subject: { reference: "Patient/p" },
      clinicalStatus: { coding: [{ code: "active" }] },
      code: { text: "سكري من النوع الثاني" },
      severity: { text: "Moderate" },
      note: [{ text: "עם סוכרת" }],
    };
    const view = buildClinicalView([
      file("Conditions from קליניקה.json", [condition]),
      file("Lab results from lab.json", [glucose("g1", "2025-01-02", 97, "צום")]),
    ]);
    const html = render(view, searchView(view, "glucose")) + render(view);
    expect(html).toContain("<bdi>سكري من النوع الثاني</bdi>");
    expect(html).toContain("<bdi>Severity: moderate</bdi>");
    expect(html).toContain("Note: <bdi>עם סוכרת</bdi>");
    expect(html).toContain("<bdi>Conditions from קליניקה.json, added 25 Nov 2026</bdi>");
    expect(html).toContain("<bdi>Blood glucose</bdi>");
    expect(html).toContain("<bdi>97 mg/dL</bdi>");
    expect(html).toContain("Note: <bdi>צום</bdi>");
    expect(html).toContain("<bdi>Lab results from lab.json, added 25 Nov 2026</bdi>");
  });

  it("names the patient as their records do, marked as such", () => {
    const view = buildClinicalView([
      file("Demographics from portal.json", [
        {
          resourceType: "Patient",
          name: [{ given: ["Alex"], family: "Morgan" }],
          birthDate: "1979-04-12",
        },
      ]),
    ]);
    expect(render(view)).toContain("Name in the records: <bdi>Alex Morgan</bdi> · born 12 Apr 1979");
  });

  it("headlines the latest value that can be compared, and says when a newer one cannot be", () => {
    const view = buildClinicalView([
      file("Lab results from a.json", [glucose("g1", "2025-01-02", 97)]),
      file("Lab results from b.json", [
        {
          ...glucose("g2", "2025-04-02", 7),
          valueQuantity: { value: 7, unit: "mg", system: UCUM, code: "mg" },
        },
      ]),
    ]);
    const html = render(view);
    expect(html).toContain("<bdi>97 mg/dL</bdi>");
    expect(html).toMatch(
      /data-testid="headline-note">.*Latest readable value: a newer one \(7 mg, 2 Apr 2025\)/,
    );
  });

  // Walk 6 #11: opening a measurement of 2,101 values blocked the page for 1.4 s; walk 7 #4:
  // "Show all 10,001 values" then blocked it for 4 s. More are listed a page at a time.
  it("lists the newest values of a long measurement, then a page more at a time; a search still shows its matches", () => {
    const values = Array.from({ length: 2100 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return glucose(`g${i}`, day, 80 + (i % 40), i === 3 ? "taken after a long fast" : undefined);
    });
    const view = buildClinicalView([file("Lab results from pump.json", values)]);
    const opened = render(view, searchView(view, "glucose")); // the name matches: every row stays
    expect(rows(opened)).toBe(VALUES_SHOWN);
    expect(VALUES_PAGE).toBe(200);
    expect(opened).toContain("Show 200 more values (2,050 not listed yet)");
    expect(opened).not.toContain("Show all");
    expect(opened).toContain("30 Sep 2025"); // the newest first
    // A search for one old value's note opens the measurement with that row.
    const found = render(view, searchView(view, "long fast"));
    expect(rows(found)).toBe(1);
    expect(found).toContain("4 Jan 2020");
    expect(found).not.toContain('data-testid="show-more-values"');
  });

  // Walk 7 #5: searching "240" showed "1 value · latest 197 mg/dL" above the one 240 row, and a
  // chart of every value with nothing saying so.
  it("says how many of a measurement's values a search matched, headlines the latest of all, and says the chart shows all", () => {
    const view = buildClinicalView([
      file("Lab results from lab.json", [
        glucose("g1", "2024-03-05", 240),
        glucose("g2", "2024-09-01", 150),
        glucose("g3", "2025-04-02", 197),
      ]),
    ]);
    const html = render(view, searchView(view, "240"));
    expect(rows(html)).toBe(1);
    expect(html).toContain(
      'data-testid="value-count"><span class="sr-only">, </span>1 of 3 values matches</span>',
    );
    expect(html).toMatch(/, latest <\/span><bdi>197 mg\/dL<\/bdi>/);
    expect(html.match(/data-testid="chart-shows-all">(.*?)<\/p>/)![1].replace(/<!-- -->/g, "")).toBe(
      "The chart shows all 3 values; the table lists the one your search matches.",
    );
    // Without a search (or when a search keeps every value) the header counts them, with no note.
    const whole = render(view);
    expect(whole).toContain("3 values</span>");
    expect(whole).not.toContain("chart-shows-all");
    expect(render(view, searchView(view, "glucose"))).not.toContain("chart-shows-all");
  });

  // Walk 7 #10: at 390 px the LOINC code broke mid-code ("85354-" / "9"); screen readers heard "–/100".
  it("keeps a test code unbroken, and reads a half blood pressure reading in words", () => {
    const half = (id: string, code: string, date: string, value: number): Observation => ({
      resourceType: "Observation",
      id,
      status: "final",
      category: [
        {
          coding: [
            { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" },
          ],
        },
      ],
      code: { coding: [{ system: "http://loinc.org", code }] },
      effectiveDateTime: date,
      valueQuantity: { value, unit: "mm[Hg]", system: UCUM, code: "mm[Hg]" },
    });
    const view = buildClinicalView([
      file("Vital signs from home.json", [
        half("s1", "8480-6", "2025-06-01T10:00:00Z", 130),
        half("d1", "8462-4", "2025-06-01T10:00:00Z", 85),
        half("d2", "8462-4", "2025-06-03T10:05:00Z", 100),
      ]),
    ]);
    const html = render(view);
    expect(html).toContain('<span class="ml-2 text-xs font-normal whitespace-nowrap text-slate-500">');
    expect(html).toContain(
      '<bdi aria-hidden="true">–/100 mmHg</bdi><span class="sr-only">diastolic 100 mmHg, systolic not given</span>',
    );
    // Opened (by a search for its name): the chart's name reads it in words too.
    const opened = render(view, searchView(view, "blood pressure"));
    expect(opened).toContain("diastolic 100 mmHg, systolic not given on 3 Jun 2025");
    expect(opened).toContain("<bdi>130/85 mmHg</bdi>"); // a whole reading reads as shown
    expect(opened).toContain("130/85 mmHg on 1 Jun 2025");
    const patientView = renderToStaticMarkup(
      createElement(ClinicalSections, { view, shown: searchView(view, "100"), codesInline: false }),
    );
    expect(patientView).toContain('Test code (LOINC): <bdi class="whitespace-nowrap">');
  });

  it("shows questionnaires and screening scores as their own region, between vital signs and other results", () => {
    const score = (id: string, date: string, value: number): Observation => ({
      resourceType: "Observation",
      id,
      status: "final",
      code: { coding: [{ system: "http://loinc.org", code: "44261-6" }], text: "PHQ-9 total score" },
      effectiveDateTime: date,
      valueQuantity: { value, unit: "{score}", system: UCUM, code: "{score}" },
    });
    const view = buildClinicalView([
      file(
        "Questionnaires and screening scores from clinic.json",
        [score("q1", "2025-01-02", 12), score("q2", "2025-03-02", 8)],
        undefined,
        "assessments",
      ),
      file("Lab results from lab.json", [glucose("g1", "2025-01-02", 97)]),
    ]);
    expect(view.assessments).toHaveLength(1);
    expect(view.other).toHaveLength(0);
    const html = render(view);
    const regions = [...html.matchAll(/<section aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(regions).toEqual(["Lab results", "Questionnaires and screening scores"]);
    expect(html).toMatch(/aria-label="Questionnaires and screening scores">.*PHQ-9/);
    // A search finds it there, and the count of its values comes from the whole view.
    const found = render(view, searchView(view, "phq"));
    expect(found).toContain('<section aria-label="Questionnaires and screening scores">');
  });
});
