import type { Observation, Resource } from "@medplum/fhirtypes";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import { buildClinicalView, type ReadRecord } from "@/lib/clinical/model";
import { TrendChart, tickLabels } from "./TrendChart";

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
      name: `Lab results from ${name}`,
      addedAt: new Date("2026-11-25T10:00:00Z"),
    },
    category: "labs",
    resources,
  };
}

const result = (
  loinc: string,
  date: string,
  value: number,
  unit: string,
  range?: { low?: number; high?: number },
): Observation => ({
  resourceType: "Observation",
  status: "final",
  category: lab,
  code: { coding: [{ system: "http://loinc.org", code: loinc }] },
  effectiveDateTime: date,
  valueQuantity: { value, unit, system: UCUM, code: unit },
  ...(range
    ? {
        referenceRange: [
          {
            ...(range.low !== undefined ? { low: { value: range.low, unit, system: UCUM, code: unit } } : {}),
            ...(range.high !== undefined
              ? { high: { value: range.high, unit, system: UCUM, code: unit } }
              : {}),
          },
        ],
      }
    : {}),
});

function chartOf(records: ReadRecord[]) {
  const m = buildClinicalView(records).labs[0];
  return renderToStaticMarkup(
    createElement(TrendChart, { name: m.name, series: m.series, values: m.values }),
  );
}

/** The attributes of the point drawn for `date`. */
const point = (html: string, date: string) =>
  html.match(new RegExp(`<circle[^>]*data-date="${date}"[^>]*>`))![0];
const caption = (html: string) =>
  html
    .match(/data-testid="chart-caption">(.*?)<\/div>/)![1]
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'");

describe("TrendChart", () => {
  // Walk 6 #5: every point was marked against the range of the latest value that had one, so a
  // value the table flags high (against its own range) was drawn as normal, and the reverse.
  it("marks each point by its own row's flag, not against the range of the latest value", () => {
    const html = chartOf([
      file("stmarys.json", [result("2093-3", "2024-03-05", 197, "mg/dL", { high: 193 })]),
      file("oakwood.json", [
        result("2093-3", "2025-04-02", 205, "mg/dL"),
        result("2093-3", "2025-06-01", 180, "mg/dL", { high: 200 }),
      ]),
    ]);
    // 197 against its own range (below 193) is high, though it is below the latest range's 200.
    expect(point(html, "2024-03-05")).toContain('data-out-of-range="true"');
    expect(point(html, "2024-03-05")).toContain('data-flag="high"');
    // 205 came with no range: not flagged in the table, so not marked here.
    expect(point(html, "2025-04-02")).not.toContain("data-out-of-range");
    expect(point(html, "2025-06-01")).not.toContain("data-out-of-range");
  });

  it("says whose range is shaded: the value it came with, its date and its file", () => {
    const html = chartOf([
      file("stmarys.json", [result("2093-3", "2024-03-05", 197, "mg/dL", { high: 193 })]),
      file("oakwood.json", [
        result("2093-3", "2025-04-02", 180, "mg/dL", { high: 200 }),
        result("2093-3", "2025-06-01", 205, "mg/dL"), // the latest value gives no range
      ]),
    ]);
    expect(caption(html)).toContain(
      "Shaded: below 200 mg/dL, the normal range given with the value of 2 Apr 2025 (Lab results from oakwood.json, added 25 Nov 2026).",
    );
    expect(caption(html)).not.toContain("latest value");
    expect(caption(html)).toContain("Larger amber points are values flagged high or low");
  });

  it("shades nothing and says so when no value gave a normal range", () => {
    const html = chartOf([
      file("oakwood.json", [
        result("2093-3", "2025-04-02", 180, "mg/dL"),
        result("2093-3", "2025-06-01", 205, "mg/dL"),
      ]),
    ]);
    expect(html).not.toContain('data-testid="normal-range"');
    expect(caption(html)).toBe("No normal range was given with these values, so none is shaded.");
  });

  it("names each series' range and its value for blood pressure", () => {
    const reading = (date: string, systolic: number, diastolic: number, ranges: boolean): Observation => ({
      resourceType: "Observation",
      status: "final",
      category: lab,
      code: { coding: [{ system: "http://loinc.org", code: "85354-9" }] },
      effectiveDateTime: date,
      component: [
        { code: { coding: [{ system: "http://loinc.org", code: "8480-6" }] }, high: 120, value: systolic },
        { code: { coding: [{ system: "http://loinc.org", code: "8462-4" }] }, high: 80, value: diastolic },
      ].map((c) => ({
        code: c.code,
        valueQuantity: { value: c.value, unit: "mm[Hg]", system: UCUM, code: "mm[Hg]" },
        ...(ranges
          ? { referenceRange: [{ high: { value: c.high, unit: "mm[Hg]", system: UCUM, code: "mm[Hg]" } }] }
          : {}),
      })),
    });
    const html = chartOf([
      file("portal.json", [reading("2025-04-02", 118, 87, true)]),
      file("clinic.json", [reading("2025-06-01", 138, 88, false)]),
    ]);
    expect(caption(html)).toContain(
      "(shaded: below 120 mmHg, the normal range given with the value of 2 Apr 2025 (Lab results from portal.json, added 25 Nov 2026))",
    );
    expect(caption(html)).toContain("Larger amber points are values flagged high or low");
    // 118/87: only the diastolic point is out of its range, and only it is marked.
    const april = html.match(/<circle[^>]*data-date="2025-04-02"[^>]*>/g)!;
    expect(
      april.filter((c) => c.includes('data-flag="high"')).map((c) => c.match(/data-value="(\d+)"/)![1]),
    ).toEqual(["87"]);
    // 138/88 came with no range and is not flagged in the table: neither of its points is marked.
    expect(html.match(/<circle[^>]*data-date="2025-06-01"[^>]*>/g)!.join("")).not.toContain(
      "data-out-of-range",
    );
    expect(html.match(/<circle[^>]*data-date="2025-04-02"[^>]*>/g)).toHaveLength(2);
    // Walk 7 #7: the systolic 118, inside its 90–120, was drawn as a flagged point because the
    // reading (by its diastolic) is high. Each point is drawn by its own flag.
    expect(
      april.filter((c) => c.includes("data-out-of-range")).map((c) => c.match(/data-value="(\d+)"/)![1]),
    ).toEqual(["87"]);
    const titles = [...html.matchAll(/<circle[^>]*data-date="2025-04-02"[^>]*><title>([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([
      "Systolic blood pressure 118 mmHg on 2 Apr 2025 (reading 118/87 mmHg)",
      "Diastolic blood pressure 87 mmHg (high) on 2 Apr 2025 (reading 118/87 mmHg)",
    ]);
  });

  // Walk 6 #13: a screen reader heard "239.723" and "37.2777777778" where the table shows 240 and 37.3.
  it("reads the values aloud as the table shows them, not as unrounded numbers", () => {
    const html = chartOf([
      file("riverside.json", [result("2093-3", "2024-03-12", 6.2, "mmol/L")]),
      file("hillcrest.json", [result("2093-3", "2025-04-02", 213, "mg/dL", { high: 200 })]),
    ]);
    const label = html.match(/aria-label="([^"]*)"/)![1];
    expect(label).toBe(
      "Total cholesterol over time, in mg/dL: 240 mg/dL on 12 Mar 2024, 213 mg/dL (high) on 2 Apr 2025",
    );
    expect(html.replace(/data-value="[^"]*"/g, "")).not.toContain("239.7");
    expect(point(html, "2024-03-12")).toMatch(/data-value="239\.7/); // the point stays exact
  });
});

describe("a long series", () => {
  // Walk 6 #11: a measurement of 2,101 values drew 2,101 circles, each with its tooltip, and blocked the page.
  it("draws thousands of points as two paths of dots, flagged ones apart, instead of an element each", () => {
    const values = Array.from({ length: 2101 }, (_, i) =>
      result(
        "2345-7",
        new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        i % 10 === 0 ? 140 : 90,
        "mg/dL",
        { high: 99 },
      ),
    );
    const html = chartOf([file("pump.json", values)]);
    expect(html).not.toContain("<circle");
    const dots = (testid: string) =>
      html.match(new RegExp(`<path d="([^"]*)"[^>]*data-testid="${testid}"`))![1].split("M").length - 1;
    expect(dots("flagged-points")).toBe(211);
    expect(dots("points")).toBe(1890);
    expect(html.match(/aria-label="([^"]*)"/)![1]).toMatch(
      /^Blood glucose over time, in mg\/dL: 2051 earlier values are in the table; the newest 50: /,
    );
  });
});

describe("a series of 10,000 values", () => {
  // Walk 7 #4: a 10,001-value measurement. The chart stays a handful of elements, however long.
  it("is drawn as one line and two paths of dots, with rounded coordinates and the newest 50 read aloud", () => {
    const values = Array.from({ length: 10_000 }, (_, i) =>
      result(
        "2093-3",
        new Date(Date.UTC(1999, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        150 + (i % 97),
        "mg/dL",
        { high: 200 },
      ),
    );
    const records = [file("evil.json", values)];
    const m = buildClinicalView(records).labs[0];
    const started = performance.now();
    const html = renderToStaticMarkup(
      createElement(TrendChart, { name: m.name, series: m.series, values: m.values }),
    );
    const took = performance.now() - started;
    expect(html.includes("<circle")).toBe(false);
    expect(html.match(/<(polyline|path) /g)).toHaveLength(3);
    // Each coordinate with one decimal: the line's text stays about 11 characters a point.
    const line = html.match(/<polyline points="([^"]*)"/)![1];
    expect(line.split(" ")).toHaveLength(10_000);
    expect(line).toMatch(/^[\d.]+,[\d.]+ /);
    expect(line.split(" ").every((xy) => /^\d+(\.\d)?,\d+(\.\d)?$/.test(xy))).toBe(true);
    expect(html.length).toBeLessThan(400_000);
    expect(html.match(/aria-label="([^"]*)"/)![1]).toMatch(
      /9950 earlier values are in the table; the newest 50: /,
    );
    console.info(`10,000-point chart rendered in ${took.toFixed(0)} ms, ${html.length} characters`);
  });
});

describe("the value axis", () => {
  it("groups and compacts tick labels, keeping every tick apart", () => {
    expect(tickLabels([0, 2500, 5000, 7500])).toEqual(["0", "2,500", "5,000", "7,500"]);
    expect(tickLabels([0, 20_000, 40_000])).toEqual(["0", "20K", "40K"]);
    expect(tickLabels([10_200, 10_400, 10_600])).toEqual(["10.2K", "10.4K", "10.6K"]);
    expect(tickLabels([0, 5e10, 1e11])).toEqual(["0", "50B", "100B"]);
    expect(tickLabels([0.5, 1, 1.5])).toEqual(["0.5", "1", "1.5"]);
  });

  // Walk 6 #7 and #13: "50000000000" was cut off at the left edge, and 5-digit ticks ran into the unit label.
  it("leaves room for the widest tick label beside the unit label", () => {
    const html = chartOf([
      file("a.json", [
        result("6690-2", "2025-01-02", 7_400, "{cells}/uL"),
        result("6690-2", "2025-02-02", 48_000, "{cells}/uL"),
      ]),
    ]);
    const ticks = [...html.matchAll(/<text x="([\d.]+)"[^>]*data-testid="tick-label"[^>]*>([^<]*)</g)];
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const [, x, text] of ticks) {
      // Right-aligned at x: even at 6.5 px a character, it starts right of the unit label (x 1–12).
      expect(Number(x) - text.length * 6.5, text).toBeGreaterThanOrEqual(14);
      expect(text).toMatch(/^[\d.,]+K?$/);
    }
  });
});
