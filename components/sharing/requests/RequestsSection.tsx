"use client";

import { useState } from "react";
import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { formatDay } from "@/lib/sharing/consentView";
import {
  type AccessRequest,
  describeRequest,
  groupPendingRequests,
  PATIENT_REQUEST_STATUS_LABEL,
  REQUEST_PAGE_SIZE,
} from "@/lib/sharing/requests";
import { Notice } from "../../Notice";
import { PendingRequestList } from "./PendingRequestList";
import { UnverifiedRequests } from "./UnverifiedRequests";
import { usePatientRequests } from "./usePatientRequests";

/**
 * "Requests" on the patient's Sharing page: the pending requests, each approved (maybe narrowed)
 * or denied; those from verified entries first, those from unverified ones apart and marked.
 */
export function RequestsSection({ patient }: { patient: Address }) {
  const requests = usePatientRequests(patient);
  const [answer, setAnswer] = useState<string | null>(null);
  const groups = groupPendingRequests(requests.data ?? []);
  const pending = [...groups.verified, ...groups.unverified];
  const earlier = (requests.data ?? []).filter((r) => r.status !== "pending");
  return (
    <section
      aria-labelledby="requests-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="requests-heading" className="flex items-center gap-2 text-xl font-semibold text-slate-900">
        Requests
        {pending.length > 0 && (
          <span
            data-testid="requests-badge"
            className="rounded-full bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white"
          >
            {pending.length}
            <span className="sr-only"> waiting for your answer</span>
          </span>
        )}
      </h2>
      <div className="mt-3 space-y-4 text-slate-700">
        {answer && (
          <Notice tone="success" title="Done">
            {answer}
          </Notice>
        )}
        {requests.isPending ? (
          <p className="text-slate-500">Looking for requests...</p>
        ) : requests.error ? (
          <Notice tone="error" title="Your requests could not be listed">
            {describeError(requests.error)}{" "}
            <button type="button" className="underline" onClick={() => void requests.refetch()}>
              Try again
            </button>
          </Notice>
        ) : pending.length === 0 ? (
          <p>
            No one is waiting for your answer. When a clinician asks for access, the request appears here.
          </p>
        ) : (
          <>
            {groups.verified.length > 0 && (
              <PendingRequestList
                label="Requests waiting for your answer"
                patient={patient}
                requests={groups.verified}
                onAnswered={setAnswer}
              />
            )}
            {groups.unverified.length > 0 && (
              <UnverifiedRequests patient={patient} requests={groups.unverified} onAnswered={setAnswer} />
            )}
          </>
        )}
        {earlier.length > 0 && <EarlierRequests requests={earlier} />}
      </div>
    </section>
  );
}

/** Requests already answered or lapsed, newest first, folded away. */
function EarlierRequests({ requests }: { requests: readonly AccessRequest[] }) {
  const [shown, setShown] = useState(REQUEST_PAGE_SIZE);
  const left = requests.length - shown;
  return (
    <details>
      <summary className="cursor-pointer font-medium text-slate-800">
        Earlier requests ({requests.length})
      </summary>
      <ul aria-label="Earlier requests" className="mt-2 divide-y divide-slate-200 text-sm">
        {requests.slice(0, shown).map((request) => (
          <li key={request.requestId.toString()} className="py-2" data-testid="earlier-request">
            <p className="text-slate-900">{describeRequest(request)}.</p>
            <p className="text-slate-600">
              <span className="font-medium" data-testid="earlier-request-status">
                {PATIENT_REQUEST_STATUS_LABEL[request.status]}
              </span>
              {request.status === "expired" && ` on ${formatDay(request.requestExpiresAt)}`}
            </p>
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="text-sm font-medium text-brand-700 underline"
          onClick={() => setShown(shown + REQUEST_PAGE_SIZE)}
        >
          Show more ({left} more)
        </button>
      )}
    </details>
  );
}
