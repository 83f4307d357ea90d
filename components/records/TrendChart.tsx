import type { ObservationRow } from "@/lib/records/fhirDisplay";

/** A small line chart of one measurement over time, with its values as text for screen readers. */
export function TrendChart({ rows }: { rows: ObservationRow[] }) {
  const values = rows.map((r) => r.numeric!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const width = 240;
  const height = 60;
  const points = values.map((v, i) => [
    8 + (i * (width - 16)) / Math.max(1, values.length - 1),
    height - 8 - ((v - min) * (height - 16)) / span,
  ]);
  const label = `${rows[0].name}: ${rows.map((r) => `${r.value} on ${r.date?.slice(0, 10)}`).join(", ")}`;
  return (
    <figure className="rounded-lg border border-slate-200 p-3">
      <figcaption className="text-sm font-medium">{rows[0].name} over time</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-16 w-full max-w-xs" role="img" aria-label={label}>
        <title>{label}</title>
        <polyline
          points={points.map((p) => p.join(",")).join(" ")}
          fill="none"
          stroke="#0f5f59"
          strokeWidth="2"
        />
        {points.map(([x, y], i) => (
          <circle key={rows[i].id} cx={x} cy={y} r="3" fill="#0f5f59" />
        ))}
      </svg>
      <p className="text-xs text-slate-500">
        {rows[0].value} → {rows[rows.length - 1].value}
      </p>
    </figure>
  );
}
