"use client";

import { memo, useEffect, useRef, useState } from "react";
import { formatClinicalDate } from "@/lib/clinical/dates";
import { type Measurement, type MeasurementValue, type Series, sourceText } from "@/lib/clinical/model";
import { spokenText, TrendChart } from "./TrendChart";
import { useWideScreen } from "./useWideScreen";

// One measurement of the combined view (a row that opens to its chart and its values' table),
// used by ClinicalSections for lab results, vital signs, questionnaires and other results.

const FLAG_STYLE = "font-semibold text-amber-800";

/** How many rows of a measurement are listed at first (2,000 rows took 1.4 s to render). */
export const VALUES_SHOWN = 50;
/**
 * How many more each "Show more" lists: all 10,001 values at once blocked the page for 4 s and
 * took 13 s to appear.
 */
export const VALUES_PAGE = 200;

const count = (n: number) => n.toLocaleString("en-GB");
const valuesCount = (n: number) => `${count(n)} ${n === 1 ? "value" : "values"}`;

export function MeasurementRow({
  measurement: m,
  all,
  forceOpen,
  showSources,
  codesInline,
}: {
  measurement: Measurement;
  /** The same measurement with every row, when a search narrowed `measurement`. */
  all: Measurement;
  forceOpen: boolean;
  showSources: boolean;
  codesInline: boolean;
}) {
  const [open, setOpen] = useState(false);
  // The latest of all its values, whatever a search kept: the count says how many match.
  const latest = all.headline?.value ?? all.values[0];
  const note = all.headline?.note;
  const narrowed = m.values.length < all.values.length;
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
          <bdi>{m.name}</bdi>
          {m.code && codesInline && (
            <span className="ml-2 text-xs font-normal whitespace-nowrap text-slate-500">
              <span className="sr-only">, code </span>
              <bdi>{m.code.code}</bdi>
            </span>
          )}
          <span className="ml-2 text-xs font-normal text-slate-500" data-testid="value-count">
            <span className="sr-only">, </span>
            {narrowed
              ? `${count(m.values.length)} of ${valuesCount(all.values.length)} ${m.values.length === 1 ? "matches" : "match"}`
              : valuesCount(m.values.length)}
          </span>
        </span>
        <span className={latest?.flag ? FLAG_STYLE : "text-slate-800"}>
          <span className="sr-only">, latest </span>
          <ValueText value={latest} series={all.series} />
          {latest?.flag && ` (${latest.flag})`}
        </span>
        <span className="col-span-2 text-sm text-slate-500 sm:col-span-1">
          {latest?.date && <span className="sr-only">, on </span>}
          {formatClinicalDate(latest?.date)}
        </span>
        {note && (
          <span className="col-span-full text-xs text-amber-800" data-testid="headline-note">
            <span className="sr-only">. </span>
            <bdi>{note}</bdi>
          </span>
        )}
      </button>
      {expanded && (
        <div className="space-y-3 border-t border-slate-100 px-4 py-3">
          {m.code && !codesInline && (
            <p className="text-xs text-slate-500" data-testid="measurement-code">
              Test code (LOINC): <bdi className="whitespace-nowrap">{m.code.code}</bdi>
            </p>
          )}
          {all.series.some((s) => s.points.length > 1) && (
            <>
              <TrendChart name={m.name} series={all.series} values={all.values} />
              {narrowed && (
                <p className="text-xs text-slate-600" data-testid="chart-shows-all">
                  The chart shows all {valuesCount(all.values.length)}; the table lists the{" "}
                  {m.values.length === 1 ? "one" : count(m.values.length)} your search matches.
                </p>
              )}
            </>
          )}
          <ValuesTable values={m.values} series={all.series} showSources={showSources} />
        </div>
      )}
    </li>
  );
}

/** Where a value came from: one line per file. */
function Sources({ value }: { value: MeasurementValue }) {
  return value.sources.map((s) => (
    <span key={s.recordId} className="block">
      <bdi>{sourceText(s)}</bdi>
    </span>
  ));
}

/**
 * A value as shown ("–/100 mmHg"), and as a screen reader should hear it where the two differ
 * ("diastolic 100 mmHg, systolic not given").
 */
function ValueText({ value, series }: { value: MeasurementValue | undefined; series: Series[] }) {
  if (!value) return null;
  const spoken = spokenText(value, series);
  if (spoken === value.text) return <bdi>{value.text}</bdi>;
  return (
    <>
      <bdi aria-hidden="true">{value.text}</bdi>
      <span className="sr-only">{spoken}</span>
    </>
  );
}

/**
 * A measurement's rows, latest first: the newest {@link VALUES_SHOWN}, then {@link VALUES_PAGE}
 * more at each "Show more", which keeps the keyboard's focus (on the button, or on the first new
 * row once every value is listed). On a wide screen the range and the file have their own
 * columns; on a phone they stand under the value, so the table fits the screen and nothing hides
 * past its right edge.
 */
function ValuesTable({
  values,
  series,
  showSources,
}: {
  values: MeasurementValue[];
  series: Series[];
  showSources: boolean;
}) {
  const wide = useWideScreen();
  const [listed, setListed] = useState(VALUES_SHOWN);
  const [moreAsked, setMoreAsked] = useState(false);
  // The first row the last "Show more" added: focused when the button went with it.
  const focusFrom = useRef<number | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = values.slice(0, listed);
  const rest = values.length - rows.length;
  useEffect(() => {
    if (focusFrom.current === null) return;
    const row = body.current?.children[focusFrom.current] as HTMLElement | undefined;
    focusFrom.current = null;
    row?.focus();
  });
  const showMore = () => {
    if (rest <= VALUES_PAGE) focusFrom.current = rows.length; // the button goes: focus the first new row
    setListed(rows.length + VALUES_PAGE);
    setMoreAsked(true);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-layout={wide ? "columns" : "stacked"}>
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th className="py-1 pr-3 font-medium">Date</th>
            <th className="py-1 pr-3 font-medium">
              {wide ? "Value" : showSources ? "Value, normal range and file" : "Value and normal range"}
            </th>
            {wide && <th className="py-1 pr-3 font-medium">Normal range</th>}
            {wide && showSources && <th className="py-1 font-medium">From</th>}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((v) => (
            <ValueRow key={v.id} value={v} series={series} wide={wide} showSources={showSources} />
          ))}
        </tbody>
      </table>
      {/* Present before the first "Show more", so the count it then says is announced. */}
      {values.length > VALUES_SHOWN && (
        <p className="sr-only" role="status">
          {moreAsked && `${count(rows.length)} of ${valuesCount(values.length)} listed.`}
        </p>
      )}
      {rest > 0 && (
        <button
          type="button"
          className="mt-2 text-sm font-medium text-brand-700 underline"
          onClick={showMore}
          data-testid="show-more-values"
        >
          {rest <= VALUES_PAGE
            ? `Show the last ${valuesCount(rest)}`
            : `Show ${count(VALUES_PAGE)} more values (${count(rest)} not listed yet)`}
        </button>
      )}
    </div>
  );
}

/** One row of a measurement's table; memoised, so "Show more" renders only the rows it adds. */
const ValueRow = memo(function ValueRow({
  value: v,
  series,
  wide,
  showSources,
}: {
  value: MeasurementValue;
  series: Series[];
  wide: boolean;
  showSources: boolean;
}) {
  return (
    <tr
      className="border-b border-slate-100 align-top focus:outline-2 focus:outline-brand-700"
      data-testid="measurement-value"
      tabIndex={-1}
    >
      <td className="py-1 pr-3 whitespace-nowrap">{formatClinicalDate(v.date) || "Date not given"}</td>
      <td className="py-1 pr-3 [overflow-wrap:anywhere]">
        <span className={v.flag ? FLAG_STYLE : undefined}>
          <ValueText value={v} series={series} />
          {v.flag && ` (${v.flag})`}
        </span>
        {v.original && (
          <span className="block text-xs text-slate-500">
            given as <bdi>{v.original}</bdi>
          </span>
        )}
        {v.apart && (
          <span className="block text-xs text-amber-800">
            <bdi>{v.apart}</bdi>
          </span>
        )}
        {v.notes.map((note) => (
          <span key={note} className="block text-xs text-slate-600">
            Note: <bdi>{note}</bdi>
          </span>
        ))}
        {!wide && v.range && (
          <span className="block text-xs text-slate-600">
            Normal range: <bdi>{v.range}</bdi>
          </span>
        )}
        {!wide && showSources && (
          <span className="block text-xs text-slate-500" data-testid="value-source">
            <Sources value={v} />
          </span>
        )}
      </td>
      {wide && <td className="py-1 pr-3 text-slate-600">{v.range && <bdi>{v.range}</bdi>}</td>}
      {wide && showSources && (
        <td className="py-1 text-xs text-slate-500" data-testid="value-source">
          <Sources value={v} />
        </td>
      )}
    </tr>
  );
});
