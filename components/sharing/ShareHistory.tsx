"use client";

import { useState } from "react";
import { endedInWords, historyEntries } from "@/lib/sharing/consentView";
import type { Share } from "@/lib/sharing/grants";
import { useShareHistory } from "../hooks/useShares";

/** How many history lines show before "Show all". */
const LATEST = 3;

/**
 * Who opened what, and what they added, for one share (newest first): visible while the share
 * runs and after it ended, so the patient can check before deciding to stop.
 */
export function ShareHistory({ share, who }: { share: Share; who: string }) {
  const history = useShareHistory(share);
  const [all, setAll] = useState(false);
  if (history.error)
    return <p className="text-sm text-slate-600">What they opened could not be looked up right now.</p>;
  if (!history.data) return <p className="text-sm text-slate-500">Looking up what they opened...</p>;
  const entries = historyEntries(history.data);
  const shown = all ? entries : entries.slice(0, LATEST);
  return (
    <div data-testid="share-history" className="mt-3 text-sm">
      <p className="font-medium text-slate-700">What they did</p>
      {entries.length === 0 ? (
        <p className="text-slate-600">
          <bdi>{who}</bdi> has not opened any of your records.
        </p>
      ) : (
        <>
          <ul className="mt-1 space-y-0.5">
            {shown.map((entry) => (
              <li key={entry.key}>
                {entry.verb} by <bdi>{who}</bdi> on {entry.day}: {entry.what}
              </li>
            ))}
          </ul>
          {entries.length > LATEST && (
            <button
              type="button"
              onClick={() => setAll(!all)}
              aria-expanded={all}
              className="mt-1 text-sm font-medium text-brand-700 underline"
            >
              {all ? "Show the latest only" : `Show all ${entries.length}`}
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** "Stopped by you on 1 Dec 2026", "Ran out on 31 Dec 2026": how an ended share ended. */
export function EndedOn({ share }: { share: Share }) {
  const history = useShareHistory(share);
  return <>{endedInWords(share, history.data?.endedAt ?? null)}</>;
}
