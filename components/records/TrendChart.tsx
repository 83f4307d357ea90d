import { memo } from "react";
import { formatClinicalDate } from "@/lib/clinical/dates";
import { type MeasurementValue, type Point, type Series, sourceText } from "@/lib/clinical/model";

const COLORS = ["#0f5f59", "#9a3412", "#1d4ed8"];
const BANDS = ["#0f5f5914", "#9a341214", "#1d4ed814"];
const SWATCHES = ["bg-[#0f5f59]", "bg-[#9a3412]", "bg-[#1d4ed8]"];
const WIDTH = 360;
const HEIGHT = 180;
const PAD = { right: 12, top: 12, bottom: 36 };
/** Room for the rotated unit label at the left edge (its glyphs span x 1–12). */
const UNIT_BAND = 16;
/** A generous width of one character of a 10 px tick label (digits are about 5.6 px, "M" 8.3). */
const CHAR = 6.5;
/** Up to this many points a series, each is its own circle with its value as a tooltip. */
const MARKED_ONE_BY_ONE = 200;
/** How many values the chart's text for screen readers lists (the table has them all). */
const READ_ALOUD = 50;

const time = (iso: string) =>
  Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso);

/** Round tick steps (1, 2, 5 × 10ⁿ) that split the axis into four to six parts, at least three ticks. */
export function ticks(min: number, max: number): number[] {
  const raw = (max - min) / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const within = (size: number) => {
    const out: number[] = [];
    for (let v = Math.ceil(min / size) * size; v <= max + size / 1e6; v += size)
      out.push(Number(v.toPrecision(10)));
    return out;
  };
  while (within(step).length < 3 && step > raw / 10) step /= 2;
  return within(step);
}

/**
 * The texts of the value axis: grouped below 10,000 ("7,500"), compact above ("12K", "50B"),
 * with as many digits as keep every tick apart ("10.2K", "10.4K").
 */
export function tickLabels(values: number[]): string[] {
  if (!values.some((v) => Math.abs(v) >= 10_000)) {
    const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 });
    return values.map((v) => grouped.format(v));
  }
  let labels: string[] = [];
  for (let digits = 2; digits <= 21; digits++) {
    // en-US: "12K" and "50B" (en-GB writes "12k" and "50bn").
    const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: digits });
    labels = values.map((v) => compact.format(v));
    if (new Set(labels).size === labels.length) break;
  }
  return labels;
}

/** The part of a row's range text about one series of several: "Systolic blood pressure below 120 mmHg". */
function rangeOf(row: MeasurementValue, series: Series, several: boolean): string | undefined {
  if (!row.range) return undefined;
  if (!several) return row.range;
  const part = row.range.split("; ").find((p) => p.startsWith(`${series.label} `));
  return part?.slice(series.label.length + 1);
}

/**
 * The value whose normal range a series shades (`Series.rangeFrom`: its date and file), with the
 * range as that value's row shows it.
 */
function rangeSource(series: Series, rows: Map<string, MeasurementValue>, several: boolean) {
  const from = series.rangeFrom;
  if (!from) return undefined;
  const point = series.points.find(
    (p) =>
      p.date === from.date &&
      rows.get(p.id)?.sources.some((s) => s.recordId === from.source.recordId) &&
      (p.low !== undefined || p.high !== undefined),
  );
  const row = point && rows.get(point.id);
  const range = row && rangeOf(row, series, several);
  return row && range ? { row, range } : undefined;
}

/** "below 200 mg/dL, the normal range given with the value of 2 Apr 2025 (Lab results from x.json, added ...)". */
function Shaded({ source }: { source: ReturnType<typeof rangeSource> }) {
  if (!source) return <>the normal range given with the latest value that has one</>;
  const from = source.row.sources[0];
  return (
    <>
      <bdi>{source.range}</bdi>, the normal range given with the value of{" "}
      {formatClinicalDate(source.row.date)}
      {from && (
        <>
          {" "}
          (<bdi>{sourceText(from)}</bdi>)
        </>
      )}
    </>
  );
}

const flagText = (row: MeasurementValue | undefined) => (row?.flag ? ` (${row.flag})` : "");

/** "Diastolic blood pressure" read as one part of a reading: "diastolic". */
const partName = (label: string) => label.replace(/ blood pressure$/i, "").toLowerCase();

/** A reading's numbers, one per series, as its text shows them: "118/87 mmHg" is 118 and 87 in mmHg. */
function partsOf(text: string, count: number): { numbers: string[]; unit: string } | undefined {
  const match = /^(\S+) (.+)$/.exec(text);
  const numbers = match?.[1].split("/");
  return match && numbers && count > 1 && numbers.length === count ? { numbers, unit: match[2] } : undefined;
}

/**
 * A row's value as a screen reader should hear it: its text, except where a part of a reading is
 * shown as "–" ("–/100 mmHg"), read as "diastolic 100 mmHg, systolic not given".
 */
export function spokenText(row: MeasurementValue, series: Series[]): string {
  const parts = row.text.includes("–") ? partsOf(row.text, series.length) : undefined;
  if (!parts) return row.text;
  const named = series.map((s, i) => ({ name: partName(s.label), number: parts.numbers[i] }));
  return [
    ...named.filter((p) => p.number !== "–").map((p) => `${p.name} ${p.number} ${parts.unit}`),
    ...named.filter((p) => p.number === "–").map((p) => `${p.name} not given`),
  ].join(", ");
}

/**
 * One measurement over time, every series in its one unit: a labelled value axis with the unit,
 * a time axis with the first and last dates, and each series' normal range as a band, with the
 * value it came from named. Each point is marked by its own row's flag (its own range), as the
 * table shows it, never against the shaded one. The text for screen readers reads the values as
 * the table shows them. Points carry their exact value, date and flag as data for the tests.
 */
export const TrendChart = memo(function TrendChart({
  name,
  series,
  values,
}: {
  name: string;
  series: Series[];
  /** The measurement's rows (all of them, not only those a search kept): each point is one of them. */
  values: MeasurementValue[];
}) {
  const drawn = series.filter((s) => s.points.length > 0);
  if (drawn.length === 0) return null;
  const several = drawn.length > 1;
  const rows = new Map(values.map((v) => [v.id, v]));
  const unitLabel = [...new Set(drawn.map((s) => s.unitLabel))].join(", ");
  const numbers = drawn.flatMap((s) => [
    ...s.points.map((p) => p.value),
    ...(s.low !== undefined ? [s.low] : []),
    ...(s.high !== undefined ? [s.high] : []),
  ]);
  const times = drawn.flatMap((s) => s.points.map((p) => time(p.date)));
  const spread = Math.max(...numbers) - Math.min(...numbers) || Math.abs(numbers[0]) || 1;
  const min = Math.min(...numbers) - spread * 0.08;
  const max = Math.max(...numbers) + spread * 0.08;
  const tickValues = ticks(min, max);
  const labels = tickLabels(tickValues);
  // The left margin fits the widest tick label beside the unit label: none overlaps or is cut off.
  const left = UNIT_BAND + 4 + Math.ceil(Math.max(...labels.map((l) => l.length)) * CHAR);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const x = (t: number) =>
    last === first
      ? (left + WIDTH - PAD.right) / 2
      : left + ((t - first) * (WIDTH - left - PAD.right)) / (last - first);
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - min) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min);
  const firstDate = drawn.flatMap((s) => s.points).find((p) => time(p.date) === first)!.date;
  const lastDate = drawn.flatMap((s) => s.points).find((p) => time(p.date) === last)!.date;
  const sources = drawn.map((s) => rangeSource(s, rows, several));
  const flagged = drawn.some((s) => s.points.some((p) => p.flag));

  // Read aloud as the table reads: "240 mg/dL on 12 Mar 2024, 213 mg/dL (high) on 2 Apr 2025".
  const plotted = [
    ...new Map(
      drawn
        .flatMap((s) => s.points)
        .sort((a, b) => time(a.date) - time(b.date))
        .map((p) => [p.id, p] as const),
    ).values(),
  ];
  const readAloud = plotted.slice(-READ_ALOUD).map((p) => {
    const row = rows.get(p.id);
    return `${row ? spokenText(row, series) : `${p.value} ${unitLabel}`}${flagText(row)} on ${formatClinicalDate(p.date)}`;
  });
  const earlier = plotted.length - readAloud.length;
  const label = `${name} over time, in ${unitLabel}: ${
    earlier > 0 ? `${earlier} earlier values are in the table; the newest ${readAloud.length}: ` : ""
  }${readAloud.join(", ")}`;

  return (
    <figure
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="trend-chart"
      data-unit={unitLabel}
    >
      <figcaption className="text-sm font-medium text-slate-800">
        <bdi>{name}</bdi> over time <span className="font-normal text-slate-500">({unitLabel})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-1 w-full max-w-md" role="img" aria-label={label}>
        <title>{label}</title>
        {drawn.map((s, i) =>
          s.low !== undefined || s.high !== undefined ? (
            <rect
              key={`band-${s.label}`}
              data-testid="normal-range"
              x={left}
              width={WIDTH - left - PAD.right}
              y={y(Math.min(s.high ?? max, max))}
              height={Math.max(0, y(Math.max(s.low ?? min, min)) - y(Math.min(s.high ?? max, max)))}
              fill={BANDS[i % BANDS.length]}
            />
          ) : null,
        )}
        {tickValues.map((v, i) => (
          <g key={v}>
            <line x1={left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text
              x={left - 4}
              y={y(v) + 3}
              textAnchor="end"
              fontSize="10"
              fill="#475569"
              data-testid="tick-label"
            >
              {labels[i]}
            </text>
          </g>
        ))}
        <text
          x={10}
          y={(HEIGHT - PAD.bottom + PAD.top) / 2}
          fontSize="10"
          fill="#475569"
          transform={`rotate(-90 10 ${(HEIGHT - PAD.bottom + PAD.top) / 2})`}
          textAnchor="middle"
          data-testid="unit-label"
        >
          {unitLabel}
        </text>
        <line
          x1={left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          stroke="#94a3b8"
        />
        <text x={left} y={HEIGHT - PAD.bottom + 14} fontSize="10" fill="#475569">
          {formatClinicalDate(firstDate)}
        </text>
        {last !== first && (
          <text
            x={WIDTH - PAD.right}
            y={HEIGHT - PAD.bottom + 14}
            fontSize="10"
            fill="#475569"
            textAnchor="end"
          >
            {formatClinicalDate(lastDate)}
          </text>
        )}
        <text
          x={(left + WIDTH - PAD.right) / 2}
          y={HEIGHT - 4}
          fontSize="10"
          fill="#475569"
          textAnchor="middle"
        >
          Date
        </text>
        {drawn.map((s, i) => (
          <g key={s.label} data-series={s.label} data-unit={s.unitLabel}>
            {s.points.length > 1 && (
              <polyline
                points={s.points
                  .map((p) => `${x(time(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`)
                  .join(" ")}
                fill="none"
                stroke={COLORS[i % COLORS.length]}
                strokeWidth="2"
              />
            )}
            {s.points.length > MARKED_ONE_BY_ONE
              ? // Thousands of points: two paths of dots (as flagged or not), not an element each.
                [false, true].map((out) => (
                  <path
                    key={String(out)}
                    d={s.points
                      .filter((p) => (p.flag !== undefined) === out)
                      .map((p) => `M${x(time(p.date)).toFixed(1)} ${y(p.value).toFixed(1)}h0`)
                      .join("")}
                    stroke={out ? "#b45309" : COLORS[i % COLORS.length]}
                    strokeWidth={out ? 7 : 5}
                    strokeLinecap="round"
                    data-testid={out ? "flagged-points" : "points"}
                  />
                ))
              : s.points.map((p) => {
                  const row = rows.get(p.id);
                  // Its own flag: a systolic 118 within its range is not marked because the diastolic is high.
                  const out = p.flag !== undefined;
                  return (
                    <circle
                      key={p.id}
                      cx={x(time(p.date))}
                      cy={y(p.value)}
                      r={out ? 4.5 : 3}
                      fill={out ? "#b45309" : COLORS[i % COLORS.length]}
                      stroke={out ? "#78350f" : "none"}
                      data-value={p.value}
                      data-date={p.date}
                      data-flag={p.flag}
                      data-out-of-range={out ? "true" : undefined}
                    >
                      <title>{pointTitle(p, s, series, row)}</title>
                    </circle>
                  );
                })}
          </g>
        ))}
      </svg>
      <div className="mt-1 space-y-0.5 text-xs text-slate-600" data-testid="chart-caption">
        {several ? (
          <p className="flex flex-col gap-0.5">
            {drawn.map((s, i) => (
              <span key={s.label} className="flex items-baseline gap-1">
                <span
                  className={`inline-block h-2 w-3 shrink-0 rounded-sm ${SWATCHES[i % SWATCHES.length]}`}
                />
                <span>
                  <bdi>{s.label}</bdi>
                  {s.low !== undefined || s.high !== undefined ? (
                    <>
                      {" "}
                      (shaded: <Shaded source={sources[i]} />)
                    </>
                  ) : (
                    " (no normal range was given, so none is shaded)"
                  )}
                </span>
              </span>
            ))}
          </p>
        ) : (
          <p>
            {drawn[0].low !== undefined || drawn[0].high !== undefined ? (
              <>
                Shaded: <Shaded source={sources[0]} />.
              </>
            ) : (
              "No normal range was given with these values, so none is shaded."
            )}
          </p>
        )}
        {flagged && (
          <p>Larger amber points are values flagged high or low, each against the range given with it.</p>
        )}
      </div>
    </figure>
  );
});

/**
 * A point's tooltip: "240 mg/dL (high) on 5 Mar 2024"; of a reading of several parts, the part's
 * own value and flag, then the reading: "Systolic blood pressure 118 mmHg on 2 Apr 2025 (reading 118/87 mmHg)".
 */
function pointTitle(p: Point, s: Series, series: Series[], row: MeasurementValue | undefined): string {
  const date = formatClinicalDate(p.date);
  if (series.length < 2) return `${row?.text ?? `${p.value} ${s.unitLabel}`}${flagText(row)} on ${date}`;
  const parts = row && partsOf(row.text, series.length);
  const number = parts?.numbers[series.indexOf(s)];
  const own =
    number && number !== "–" ? `${number} ${parts.unit}` : `${Number(p.value.toPrecision(4))} ${s.unitLabel}`;
  return `${s.label} ${own}${p.flag ? ` (${p.flag})` : ""} on ${date}${row ? ` (reading ${spokenText(row, series)})` : ""}`;
}
