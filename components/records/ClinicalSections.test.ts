import type { Condition, Observation, Resource } from "@medplum/fhirtypes";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import { buildClinicalView, type ClinicalView, type ReadRecord, searchView } from "@/lib/clinical/model";
import { ClinicalSections, VALUES_SHOWN } from "./ClinicalSections";

const UCUM = "http://unitsofmeasure.org";
const lab = [
  { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] },
];

let n = 0;
function file(name: string, resources: Resource[]): ReadRecord {
  n += 1;
  return {
    kind: "fhir",
    source: {
      recordId: `0x${n.toString(16).padStart(64, "0")}` as Hex,
      name,
      addedAt: new Date("2026-11-25T10:00:00Z"),
    },
    category: undefined,
    resources,
  };
}

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

  // Walk 6 #11: opening a measurement of 2,101 values blocked the page for 1.4 s.
  it("lists the newest values of a long measurement until asked for all; a search still shows its matches", () => {
    const values = Array.from({ length: 2100 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return glucose(`g${i}`, day, 80 + (i % 40), i === 3 ? "taken after a long fast" : undefined);
    });
    const view = buildClinicalView([file("Lab results from pump.json", values)]);
    const opened = render(view, searchView(view, "glucose")); // the name matches: every row stays
    expect(rows(opened)).toBe(VALUES_SHOWN);
    expect(opened).toContain("Show all 2,100 values");
    expect(opened).toContain("30 Sep 2025"); // the newest first
    // A search for one old value's note opens the measurement with that row.
    const found = render(view, searchView(view, "long fast"));
    expect(rows(found)).toBe(1);
    expect(found).toContain("4 Jan 2020");
    expect(found).not.toContain("Show all");
  });
});
