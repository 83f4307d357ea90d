"use client";

import { useEffect, useState } from "react";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { addedByOthersSince, directoryLookup, newRecordText } from "@/lib/records/read";
import { useAppConfig } from "../AppConfigContext";
import { useDirectory } from "../hooks/useDirectory";
import { DismissButton } from "./DismissButton";

/** How many "New: ..." lines show at most. */
const SHOWN = 5;

/**
 * "New: a note from Dr. Maya Rivera, ..., 1 Dec 2026": records someone else added since the
 * patient last opened this page on this device. The device keeps only the number of the newest
 * block seen (public, not medical); the lines show for this visit, or until dismissed.
 */
export function NewFromOthers({
  patient,
  records,
}: {
  patient: Address;
  records: readonly AnchoredRecord[];
}) {
  const { chainId, consentAddress } = useAppConfig();
  const directory = useDirectory();
  const key = `carekeys:records-seen:${chainId}:${consentAddress}:${patient}`;
  const [seenThrough, setSeenThrough] = useState<bigint | null | undefined>(undefined);
  useEffect(() => {
    const stored = window.localStorage.getItem(key);
    setSeenThrough(stored && /^\d+$/.test(stored) ? BigInt(stored) : null);
  }, [key]);
  let newest = 0n;
  for (const r of records) if (r.blockNumber > newest) newest = r.blockNumber;
  useEffect(() => {
    // Seen from now on: the next visit shows only what is added after this one.
    if (seenThrough !== undefined && newest > (seenThrough ?? -1n))
      window.localStorage.setItem(key, newest.toString());
  }, [key, newest, seenThrough]);
  if (seenThrough === undefined) return null;
  const fresh = addedByOthersSince(records, patient, seenThrough);
  if (fresh.length === 0) return null;
  const authorOf = directoryLookup(directory.data ?? []);
  return (
    <section
      aria-label="New in your records"
      data-testid="new-from-others"
      className="flex items-start justify-between gap-2 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
    >
      <ul className="space-y-0.5">
        {fresh.slice(0, SHOWN).map((record) => (
          <li key={record.recordId}>{newRecordText(record, authorOf)}</li>
        ))}
        {fresh.length > SHOWN && <li>and {fresh.length - SHOWN} more, in the list below</li>}
      </ul>
      <DismissButton label="Dismiss what is new" onClick={() => setSeenThrough(newest)} />
    </section>
  );
}
