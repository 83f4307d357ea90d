"use client";

import { useState } from "react";
import type { Address } from "viem";
import { type DirectoryEntry, searchDirectory } from "@/lib/sharing/directory";
import { useDirectory } from "../hooks/useDirectory";
import { Card, Notice } from "../Notice";
import { GrantForm } from "./GrantForm";
import { VerifiedBadge } from "./VerifiedBadge";

/** Find a clinician or clinic in the Directory, then choose what to share with them. */
export function GiveAccess({ patient }: { patient: Address }) {
  const directory = useDirectory();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<DirectoryEntry | null>(null);
  const providers = (directory.data ?? []).filter((entry) => entry.kind === "provider");
  const found = searchDirectory(providers, query);

  if (chosen) return <GrantForm patient={patient} grantee={chosen} onClose={() => setChosen(null)} />;
  return (
    <Card title="Give a clinician access">
      <p>Find the clinician or clinic in the CareKeys directory by name or by their account address.</p>
      <label className="block">
        <span className="text-sm font-medium text-slate-700">Search the directory</span>
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="e.g. Rivera, or 0x1234"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        />
      </label>
      {directory.error ? (
        <Notice tone="error" title="The directory could not be read">
          {directory.error.message}
        </Notice>
      ) : directory.isPending ? (
        <p className="text-slate-500">Loading the directory...</p>
      ) : found.length === 0 ? (
        <p className="text-slate-500">No clinician or clinic matches “{query}”.</p>
      ) : (
        <ul
          aria-label="Directory results"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200"
        >
          {found.map((entry) => (
            <li key={entry.address} className="flex items-center justify-between gap-4 p-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  <bdi>{entry.name}</bdi> <VerifiedBadge verified={entry.verified} />
                </p>
                <p className="truncate font-mono text-xs text-slate-500">{entry.address}</p>
              </div>
              <button
                type="button"
                onClick={() => setChosen(entry)}
                className="shrink-0 rounded-lg border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
              >
                Choose<span className="sr-only"> {entry.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
