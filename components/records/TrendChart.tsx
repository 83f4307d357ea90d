import { formatClinicalDate } from "@/lib/clinical/dates";
import type { Series } from "@/lib/clinical/model";

const COLORS = ["#0f5f59", "#9a3412", "#1d4ed8"];
const BANDS = ["#0f5f5914", "#9a341214", "#1d4ed814"];
const SWATCHES = ["bg-[#0f5f59]", "bg-[#9a3412]", "bg-[#1d4ed8]"];
const WIDTH = 360;
const HEIGHT = 180;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

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
 * One measurement over time, every series in its one unit: a labelled value axis with the unit,
 * a time axis with the first and last dates, each series' normal range as a band, and the values
 * as text for screen readers. Points carry their value and date as data for the tests.
 */
export function TrendChart({ name, series }: { name: string; series: Series[] }) {
  const drawn = series.filter((s) => s.points.length > 0);
  if (drawn.length === 0) return null;
  const unitLabel = [...new Set(drawn.map((s) => s.unitLabel))].join(", ");
  const values = drawn.flatMap((s) => [
    ...s.points.map((p) => p.value),
    ...(s.low !== undefined ? [s.low] : []),
    ...(s.high !== undefined ? [s.high] : []),
  ]);
  const times = drawn.flatMap((s) => s.points.map((p) => time(p.date)));
  const spread = Math.max(...values) - Math.min(...values) || Math.abs(values[0]) || 1;
  const min = Math.min(...values) - spread * 0.08;
  const max = Math.max(...values) + spread * 0.08;
  const first = Math.min(...times);
  const last = Math.max(...times);
  const x = (t: number) =>
    last === first
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + ((t - first) * (WIDTH - PAD.left - PAD.right)) / (last - first);
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - min) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min);
  const firstDate = drawn.flatMap((s) => s.points).find((p) => time(p.date) === first)!.date;
  const lastDate = drawn.flatMap((s) => s.points).find((p) => time(p.date) === last)!.date;
  const label = `${name} in ${unitLabel}: ${drawn
    .map(
      (s) =>
        `${drawn.length > 1 ? `${s.label} ` : ""}${s.points.map((p) => `${p.value} on ${formatClinicalDate(p.date)}`).join(", ")}`,
    )
    .join("; ")}`;
  return (
    <figure
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="trend-chart"
      data-unit={unitLabel}
    >
      <figcaption className="text-sm font-medium text-slate-800">
        {name} over time <span className="font-normal text-slate-500">({unitLabel})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-1 w-full max-w-md" role="img" aria-label={label}>
        <title>{label}</title>
        {drawn.map((s, i) =>
          s.low !== undefined || s.high !== undefined ? (
            <rect
              key={`band-${s.label}`}
              x={PAD.left}
              width={WIDTH - PAD.left - PAD.right}
              y={y(Math.min(s.high ?? max, max))}
              height={Math.max(0, y(Math.max(s.low ?? min, min)) - y(Math.min(s.high ?? max, max)))}
              fill={BANDS[i % BANDS.length]}
            />
          ) : null,
        )}
        {ticks(min, max).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" fontSize="10" fill="#475569">
              {v}
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
        >
          {unitLabel}
        </text>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
          stroke="#94a3b8"
        />
        <text x={PAD.left} y={HEIGHT - PAD.bottom + 14} fontSize="10" fill="#475569">
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
          x={(PAD.left + WIDTH - PAD.right) / 2}
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
                points={s.points.map((p) => `${x(time(p.date))},${y(p.value)}`).join(" ")}
                fill="none"
                stroke={COLORS[i % COLORS.length]}
                strokeWidth="2"
              />
            )}
            {s.points.map((p) => {
              const out =
                (s.high !== undefined && p.value > s.high) || (s.low !== undefined && p.value < s.low);
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
                  data-out-of-range={out ? "true" : undefined}
                >
                  <title>{`${drawn.length > 1 ? `${s.label}: ` : ""}${Number(p.value.toFixed(2))} ${s.unitLabel} on ${formatClinicalDate(p.date)}${out ? ", outside the normal range" : ""}`}</title>
                </circle>
              );
            })}
          </g>
        ))}
      </svg>
      {drawn.length > 1 && (
        <p className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600">
          {drawn.map((s, i) => (
            <span key={s.label} className="flex items-center gap-1">
              <span className={`inline-block h-2 w-3 rounded-sm ${SWATCHES[i % SWATCHES.length]}`} />
              {s.label}
              {(s.low !== undefined || s.high !== undefined) && " (shaded: its normal range)"}
            </span>
          ))}
        </p>
      )}
      {drawn.length === 1 && (drawn[0].low !== undefined || drawn[0].high !== undefined) && (
        <p className="mt-1 text-xs text-slate-600">
          Shaded: the normal range given with the latest value. Larger amber points are outside it.
        </p>
      )}
    </figure>
  );
}
