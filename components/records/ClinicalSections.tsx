"use client";

import { useState } from "react";
import { formatClinicalDate } from "@/lib/clinical/dates";
import {
  type ClinicalView,
  type ListItem,
  type ListSection,
  type Measurement,
  type MeasurementValue,
  sourceText,
} from "@/lib/clinical/model";
import { TrendChart } from "./TrendChart";

const LIST_TITLES: Record<ListSection, string> = {
  conditions: "Conditions",
  medications: "Medications",
  allergies: "Allergies",
  immunizations: "Immunizations",
  socialHistory: "Social history",
  aiResults: "AI results",
  documents: "Documents and images",
};
const LIST_ORDER: ListSection[] = [
  "conditions",
  "medications",
  "allergies",
  "immunizations",
  "socialHistory",
  "aiResults",
  "documents",
];

/**
 * The combined view: lab results and vital signs as one table per measurement (latest first,
 * with a trend in one unit), then the lists. Every text the search matches on is one shown
 * here (see searchView and the texts functions in lib/clinical/model). While a search is on,
 * every matching measurement is open so its matching rows are visible.
 */
export function ClinicalSections({
  view,
  searching,
  showSources = true,
  nested = false,
  codesInline = true,
}: {
  view: ClinicalView;
  searching: boolean;
  showSources?: boolean;
  /**
   * Test codes (LOINC) beside each name, as a clinician reads them; false (a patient's views):
   * only in a tooltip and in the opened measurement.
   */
  codesInline?: boolean;
  /** Inside one file's view: plain headings, no landmarks (the page's own sections have those names). */
  nested?: boolean;
}) {
  return (
    <div className="space-y-6">
      {view.patient && (
        <p className="text-sm text-slate-600" data-testid="patient-summary">
          {view.patient.name}
          {view.patient.born && ` · born ${formatClinicalDate(view.patient.born)}`}
          {view.patient.sex && ` · ${view.patient.sex}`}
        </p>
      )}
      {(
        [
          ["Lab results", view.labs],
          ["Vital signs", view.vitals],
          ["Other results", view.other],
        ] as const
      ).map(([title, list]) => (
        <MeasurementSection
          key={title}
          title={title}
          list={list}
          searching={searching}
          showSources={showSources}
          nested={nested}
          codesInline={codesInline}
        />
      ))}
      {LIST_ORDER.map((section) => (
        <ListSectionView
          key={section}
          title={LIST_TITLES[section]}
          items={view.lists[section]}
          showSources={showSources}
          nested={nested}
        />
      ))}
    </div>
  );
}

const FLAG_STYLE = "font-semibold text-amber-800";

/** A section of the view: a named landmark on the page, plain under a heading inside one file's view. */
function Section({ title, nested, children }: { title: string; nested: boolean; children: React.ReactNode }) {
  if (nested) {
    return (
      <div>
        <h4 className="mb-2 font-semibold text-slate-800">{title}</h4>
        {children}
      </div>
    );
  }
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-lg font-semibold text-slate-800">{title}</h2>
      {children}
    </section>
  );
}

function MeasurementSection({
  title,
  list,
  searching,
  showSources,
  nested,
  codesInline,
}: {
  title: string;
  list: Measurement[];
  searching: boolean;
  showSources: boolean;
  nested: boolean;
  codesInline: boolean;
}) {
  if (list.length === 0) return null;
  return (
    <Section title={title} nested={nested}>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {list.map((m) => (
          <MeasurementRow
            key={m.key}
            measurement={m}
            forceOpen={searching}
            showSources={showSources}
            codesInline={codesInline}
          />
        ))}
      </ul>
    </Section>
  );
}

function MeasurementRow({
  measurement: m,
  forceOpen,
  showSources,
  codesInline,
}: {
  measurement: Measurement;
  forceOpen: boolean;
  showSources: boolean;
  codesInline: boolean;
}) {
  const [open, setOpen] = useState(false);
  const latest = m.values[0];
  const expanded = open || forceOpen;
  return (
    <li data-testid="measurement" data-name={m.name}>
      <button
        type="button"
        className="grid w-full grid-cols-[1fr_auto] items-baseline gap-x-4 px-4 py-3 text-left sm:grid-cols-[1fr_10rem_8rem]"
        aria-expanded={expanded}
        onClick={() => setOpen(!open)}
      >
        {/* Read aloud as "Total cholesterol, code 2093-3, 2 values, latest 213 mg/dL (high), on 2 Apr 2025". */}
        <span
          className="font-medium text-slate-900"
          title={m.code && !codesInline ? `Test code (LOINC): ${m.code.code}` : undefined}
        >
          {m.name}
          {m.code && codesInline && (
            <span className="ml-2 text-xs font-normal text-slate-500">
              <span className="sr-only">, code </span>
              {m.code.code}
            </span>
          )}
          <span className="ml-2 text-xs font-normal text-slate-500">
            <span className="sr-only">, </span>
            {m.values.length} {m.values.length === 1 ? "value" : "values"}
          </span>
        </span>
        <span className={latest?.flag ? FLAG_STYLE : "text-slate-800"}>
          <span className="sr-only">, latest </span>
          {latest?.text}
          {latest?.flag && ` (${latest.flag})`}
        </span>
        <span className="col-span-2 text-sm text-slate-500 sm:col-span-1">
          {latest?.date && <span className="sr-only">, on </span>}
          {formatClinicalDate(latest?.date)}
        </span>
      </button>
      {expanded && (
        <div className="space-y-3 border-t border-slate-100 px-4 py-3">
          {m.code && !codesInline && (
            <p className="text-xs text-slate-500" data-testid="measurement-code">
              Test code (LOINC): {m.code.code}
            </p>
          )}
          {m.series.some((s) => s.points.length > 1) && <TrendChart name={m.name} series={m.series} />}
          <ValuesTable values={m.values} showSources={showSources} />
        </div>
      )}
    </li>
  );
}

function ValuesTable({ values, showSources }: { values: MeasurementValue[]; showSources: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th className="py-1 pr-3 font-medium">Date</th>
            <th className="py-1 pr-3 font-medium">Value</th>
            <th className="py-1 pr-3 font-medium">Normal range</th>
            {showSources && <th className="py-1 font-medium">From</th>}
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={v.id} className="border-b border-slate-100 align-top" data-testid="measurement-value">
              <td className="py-1 pr-3 whitespace-nowrap">
                {formatClinicalDate(v.date) || "Date not given"}
              </td>
              <td className="py-1 pr-3">
                <span className={v.flag ? FLAG_STYLE : undefined}>
                  {v.text}
                  {v.flag && ` (${v.flag})`}
                </span>
                {v.original && <span className="block text-xs text-slate-500">given as {v.original}</span>}
                {v.apart && <span className="block text-xs text-amber-800">{v.apart}</span>}
                {v.notes.map((note) => (
                  <span key={note} className="block text-xs text-slate-600">
                    Note: {note}
                  </span>
                ))}
              </td>
              <td className="py-1 pr-3 text-slate-600">{v.range}</td>
              {showSources && (
                <td className="py-1 text-xs text-slate-500">
                  {v.sources.map((s) => (
                    <span key={s.recordId} className="block">
                      <bdi>{sourceText(s)}</bdi>
                    </span>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ListSectionView({
  title,
  items,
  showSources,
  nested,
}: {
  title: string;
  items: ListItem[];
  showSources: boolean;
  nested: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <Section title={title} nested={nested}>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.id} className="px-4 py-3" data-testid="list-item">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className={`font-medium ${item.current ? "text-slate-900" : "text-slate-600"}`}>
                <bdi>{item.name}</bdi>
              </span>
              {item.status && (
                <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{item.status}</span>
              )}
              {item.dates.map((d) => (
                <span key={d.label} className="text-sm text-slate-600">
                  {d.label} {formatClinicalDate(d.date)}
                </span>
              ))}
            </p>
            {item.details.map((detail) => (
              <p key={detail} className="text-sm text-slate-700">
                {detail}
              </p>
            ))}
            {item.warnings?.map((warning) => (
              <p key={warning} data-testid="item-warning" className="text-sm font-medium text-amber-800">
                {warning}
              </p>
            ))}
            {item.notes.map((note) => (
              <p key={note} className="whitespace-pre-line text-sm text-slate-700">
                Note: {note}
              </p>
            ))}
            {showSources && (
              <p className="text-xs text-slate-500">
                Source:{" "}
                {item.sources.map((s, i) => (
                  <span key={s.recordId}>
                    {i > 0 && "; "}
                    <bdi>{sourceText(s)}</bdi>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
