"use client";

import type {
  AllergyIntolerance,
  Condition,
  Immunization,
  MedicationStatement,
  Observation,
  Patient,
  Resource,
} from "@medplum/fhirtypes";
import { conceptText, observationRow, resourcesOf, seriesOf } from "@/lib/records/fhirDisplay";
import { TrendChart } from "./TrendChart";

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : "");
const of = <T extends Resource>(resources: Resource[], type: T["resourceType"]) =>
  resources.filter((r): r is T => r.resourceType === type);

/** FHIR resources the way a clinician reads them: tables, lists and trends, not JSON. */
export function FhirView({ json }: { json: string }) {
  const resources = resourcesOf(json);
  const rows = of<Observation>(resources, "Observation")
    .map(observationRow)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const series = seriesOf(rows);
  return (
    <div className="space-y-4 text-sm">
      {of<Patient>(resources, "Patient").map((p) => (
        <dl key={p.id ?? "patient"} className="grid grid-cols-[max-content_1fr] gap-x-4">
          <dt className="text-slate-500">Name</dt>
          <dd>{p.name?.map((n) => [...(n.given ?? []), n.family].join(" ")).join(", ")}</dd>
          <dt className="text-slate-500">Born</dt>
          <dd>{p.birthDate}</dd>
          <dt className="text-slate-500">Sex</dt>
          <dd>{p.gender}</dd>
        </dl>
      ))}
      {series.size > 0 && (
        <div className="flex flex-wrap gap-3">
          {[...series.values()].map((list) => (
            <TrendChart key={list[0].code} rows={list} />
          ))}
        </div>
      )}
      {rows.length > 0 && (
        <table className="w-full border-collapse">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="py-1 pr-2 font-medium">Date</th>
              <th className="py-1 pr-2 font-medium">Measurement</th>
              <th className="py-1 pr-2 font-medium">Value</th>
              <th className="py-1 font-medium">Normal range</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <td className="py-1 pr-2 whitespace-nowrap">{day(row.date)}</td>
                <td className="py-1 pr-2">{row.name}</td>
                <td className={`py-1 pr-2 ${row.flag ? "font-semibold text-amber-800" : ""}`}>
                  {row.value}
                  {row.flag && ` (${row.flag})`}
                </td>
                <td className="py-1 text-slate-500">{row.range}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <List
        title="Conditions"
        items={of<Condition>(resources, "Condition").map((c) => [
          c.id,
          `${conceptText(c.code)}${c.clinicalStatus ? ` · ${conceptText(c.clinicalStatus)}` : ""}${c.onsetDateTime ? ` · since ${day(c.onsetDateTime)}` : ""}`,
        ])}
      />
      <List
        title="Medications"
        items={of<MedicationStatement>(resources, "MedicationStatement").map((m) => [
          m.id,
          `${conceptText(m.medicationCodeableConcept)}${m.dosage?.[0]?.text ? ` · ${m.dosage[0].text}` : ""} · ${m.status}`,
        ])}
      />
      <List
        title="Allergies"
        items={of<AllergyIntolerance>(resources, "AllergyIntolerance").map((a) => [
          a.id,
          `${conceptText(a.code)}${a.reaction?.[0] ? ` · ${a.reaction[0].manifestation?.map(conceptText).join(", ")} (${a.reaction[0].severity ?? "severity not given"})` : ""}`,
        ])}
      />
      <List
        title="Immunizations"
        items={of<Immunization>(resources, "Immunization").map((i) => [
          i.id,
          `${conceptText(i.vaccineCode)} · ${day(i.occurrenceDateTime)}`,
        ])}
      />
    </div>
  );
}

function List({ title, items }: { title: string; items: [string | undefined, string][] }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3 className="font-semibold">{title}</h3>
      <ul className="list-disc pl-5">
        {items.map(([id, text]) => (
          <li key={id ?? text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
