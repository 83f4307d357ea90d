"use client";

import { useState } from "react";
import type { Address } from "viem";
import { type AccessRequest, REQUEST_PAGE_SIZE } from "@/lib/sharing/requests";
import { RequestItem } from "./RequestItem";

/**
 * One group of pending requests, newest first: the first {@link REQUEST_PAGE_SIZE} shown, then
 * "Show more" adds as many again (a list of 200 strangers stays usable, and only the requests
 * on screen fetch and open their reasons).
 */
export function PendingRequestList({
  label,
  patient,
  requests,
  onAnswered,
}: {
  label: string;
  patient: Address;
  requests: readonly AccessRequest[];
  onAnswered: (sentence: string) => void;
}) {
  const [shown, setShown] = useState(REQUEST_PAGE_SIZE);
  const left = requests.length - shown;
  return (
    <>
      <ul aria-label={label} className="divide-y divide-slate-200">
        {requests.slice(0, shown).map((request) => (
          <RequestItem
            key={request.requestId.toString()}
            patient={patient}
            request={request}
            onAnswered={onAnswered}
          />
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
          onClick={() => setShown(shown + REQUEST_PAGE_SIZE)}
        >
          Show more ({left} more)
        </button>
      )}
    </>
  );
}
