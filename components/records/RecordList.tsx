"use client";

import { useState } from "react";
import type { Address } from "viem";
import { CATEGORY, CATEGORY_LABEL, type Category } from "@/lib/consent/codes";
import type { AnchoredRecord } from "@/lib/records/chain";
import { Card } from "../Notice";
import { RecordRow } from "./RecordRow";

/** Records grouped by category, newest first within each, with a search over their decrypted text. */
export function RecordList({ patient, records }: { patient: Address; records: AnchoredRecord[] }) {
  const [query, setQuery] = useState("");
  if (records.length === 0) {
    return (
      <Card title="No records yet">
        <p>Records you add appear here, grouped by kind and date.</p>
      </Card>
    );
  }
  const groups = new Map<Category | "unknown", AnchoredRecord[]>();
  for (const record of records) {
    const key = record.category ?? "unknown";
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const ordered = [...groups].sort(
    ([a], [b]) => (a === "unknown" ? 99 : CATEGORY[a]) - (b === "unknown" ? 99 : CATEGORY[b]),
  );
  return (
    <div className="space-y-4">
      <label className="block">
        <span className="text-sm font-medium text-slate-700">Search your records</span>
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="e.g. cholesterol, lisinopril, 2025"
          className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2"
        />
      </label>
      {ordered.map(([category, list]) => (
        <section key={category} aria-label={category === "unknown" ? "Other" : CATEGORY_LABEL[category]}>
          <h2 className="mb-2 text-lg font-semibold capitalize text-slate-800">
            {category === "unknown" ? "Other" : CATEGORY_LABEL[category]}
          </h2>
          <ul className="space-y-2">
            {list.map((record) => (
              <RecordRow key={record.recordId} patient={patient} record={record} query={query} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
