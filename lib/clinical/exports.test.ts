import { readFileSync } from "node:fs";
import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import { parseFhir } from "../records/fhir";
import { buildClinicalView, type ClinicalView, type Measurement, type ReadRecord } from "./model";

/**
 * Three realistic exports written by hand for an outside walk of the records view (one clinic's
 * 2019-2021 record in US units, a hospital's 2024 record in SI units with comparators and a BP
 * panel, a portal's 2025 export repeating some of it, with id-less Conditions).
 */
const FILES = ["oakwood-clinic-2019-2021.json", "stmarys-hospital-2024.json", "stmarys-portal-2025.json"];

/** Each file's records, with the same record ids and added dates whatever order they are read in. */
async function records(names: string[]): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  for (const name of names) {
    const fileIndex = FILES.indexOf(name);
    const parsed = await parseFhir(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
    let group = 0;
    for (const [category, resources] of parsed.groups) {
      group += 1;
      out.push({
        kind: "fhir",
        category,
        resources,
        source: {
          recordId: `0x${(fileIndex * 100 + group).toString(16).padStart(64, "0")}` as Hex,
          name,
          addedAt: new Date(Date.UTC(2026, 10, 1 + fileIndex * 3 + group)),
        },
      });
    }
  }
  return out;
}

const measurement = (view: ClinicalView, name: string): Measurement => {
  const found = [...view.labs, ...view.vitals, ...view.other].find((m) => m.name === name);
  if (!found) throw new Error(`no measurement named ${name}`);
  return found;
};

describe("the view of three real-looking exports", () => {
  it("gives every list item and every value its own id (id-less Conditions had one id each: duplicated and ghost entries)", async () => {
    const view = buildClinicalView(await records(FILES));
    const ids = [
      ...Object.values(view.lists).flatMap((items) => items.map((i) => i.id)),
      ...[...view.labs, ...view.vitals, ...view.other].flatMap((m) => m.values.map((v) => v.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const portalConditions = view.lists.conditions.filter((c) =>
      c.sources.every((s) => s.name === "stmarys-portal-2025.json"),
    );
    expect(portalConditions.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Problem list entry 0", "Problem list entry 1", "Problem list entry 2"]),
    );
    // The same build twice gives the same ids (React keys stay put across rebuilds).
    const again = buildClinicalView(await records(FILES));
    expect(again.lists.conditions.map((c) => c.id)).toEqual(view.lists.conditions.map((c) => c.id));
  });

  it("shows each test in its usual unit whatever order the files are read in (cholesterol was mmol/L or mg/dL by file order)", async () => {
    const shown = (view: ClinicalView) =>
      [...view.labs, ...view.vitals, ...view.other]
        .map((m) => ({
          name: m.name,
          units: m.series.map((s) => s.unit),
          values: m.values.map((v) => `${v.date} ${v.text} ${v.flag ?? ""} ${v.range ?? ""}`),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    const one = buildClinicalView(await records(FILES));
    const other = buildClinicalView(
      await records([
        "stmarys-portal-2025.json",
        "oakwood-clinic-2019-2021.json",
        "stmarys-hospital-2024.json",
      ]),
    );
    expect(shown(other)).toEqual(shown(one));
    for (const name of ["Total cholesterol", "LDL cholesterol", "Fasting blood glucose"])
      expect(measurement(one, name).series[0].unit).toBe("mg/dL");
    expect(measurement(one, "Total cholesterol").values[0].text).toBe("197 mg/dL");
    expect(measurement(one, "LDL cholesterol").values[0]).toMatchObject({
      text: "159 mg/dL",
      original: "4.1 mmol/L",
    });
  });
});
