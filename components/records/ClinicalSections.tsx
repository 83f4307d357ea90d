"use client";

import { useMemo } from "react";
import { formatClinicalDate } from "@/lib/clinical/dates";
import {
  type ClinicalView,
  type ListItem,
  type ListSection,
  type Measurement,
  sourceText,
} from "@/lib/clinical/model";
import { MeasurementRow } from "./MeasurementRow";

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
 * every matching measurement is open so its matching rows are visible; its header says how many
 * of its values match and keeps the latest of all, and its chart, which draws every value, says
 * so. Every text a record's writer chose (names, values, notes, details, files) is
 * rendered in <bdi>, so right-to-left text cannot reorder the words around it.
 */
export function ClinicalSections({
  view,
  shown = view,
  showSources = true,
  nested = false,
  codesInline = true,
}: {
  view: ClinicalView;
  /** The view narrowed by a search (see `useViewSearch`); the whole view when none is on. */
  shown?: ClinicalView;
  showSources?: boolean;
  /**
   * Test codes (LOINC) beside each name, as a clinician reads them; false (a patient's views):
   * only in a tooltip and in the opened measurement.
   */
  codesInline?: boolean;
  /** Inside one file's view: plain headings, no landmarks (the page's own sections have those names). */
  nested?: boolean;
}) {
  const searching = shown !== view;
  const whole = useMemo(
    () =>
      new Map([...view.labs, ...view.vitals, ...assessmentsOf(view), ...view.other].map((m) => [m.key, m])),
    [view],
  );
  return (
    <div className="space-y-6">
      {shown.patient && (
        // Named as the records name the patient (their own Patient resource), apart from any
        // Directory name a screen shows around this view.
        <p className="text-sm text-slate-600" data-testid="patient-summary">
          {nested ? "Name in this file" : "Name in the records"}: <bdi>{shown.patient.name}</bdi>
          {shown.patient.born && ` · born ${formatClinicalDate(shown.patient.born)}`}
          {shown.patient.sex && (
            <>
              {" · "}
              <bdi>{shown.patient.sex}</bdi>
            </>
          )}
        </p>
      )}
      {(
        [
          ["Lab results", shown.labs],
          ["Vital signs", shown.vitals],
          ["Questionnaires and screening scores", assessmentsOf(shown)],
          ["Other results", shown.other],
        ] as const
      ).map(([title, list]) => (
        <MeasurementSection
          key={title}
          title={title}
          list={list}
          whole={whole}
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
          items={shown.lists[section]}
          showSources={showSources}
          nested={nested}
        />
      ))}
    </div>
  );
}

/** Questionnaires and screening scores (PHQ-9 and the like), apart from lab results and vital signs. */
const assessmentsOf = (view: ClinicalView): Measurement[] => view.assessments;

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
  whole,
  searching,
  showSources,
  nested,
  codesInline,
}: {
  title: string;
  list: Measurement[];
  /** Each measurement before a search narrowed its rows, by key. */
  whole: Map<string, Measurement>;
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
            all={whole.get(m.key) ?? m}
            forceOpen={searching}
            showSources={showSources}
            codesInline={codesInline}
          />
        ))}
      </ul>
    </Section>
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
          <li key={item.id} className="px-4 py-3 [overflow-wrap:anywhere]" data-testid="list-item">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className={`font-medium ${item.current ? "text-slate-900" : "text-slate-600"}`}>
                <bdi>{item.name}</bdi>
              </span>
              {item.status && (
                <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
                  <bdi>{item.status}</bdi>
                </span>
              )}
              {item.dates.map((d) => (
                <span key={d.label} className="text-sm text-slate-600">
                  {d.label} {formatClinicalDate(d.date)}
                </span>
              ))}
            </p>
            {item.details.map((detail) => (
              <p key={detail} className="text-sm text-slate-700">
                <bdi>{detail}</bdi>
              </p>
            ))}
            {item.warnings?.map((warning) => (
              <p key={warning} data-testid="item-warning" className="text-sm font-medium text-amber-800">
                <bdi>{warning}</bdi>
              </p>
            ))}
            {item.notes.map((note) => (
              <p key={note} className="whitespace-pre-line text-sm text-slate-700">
                Note: <bdi>{note}</bdi>
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
