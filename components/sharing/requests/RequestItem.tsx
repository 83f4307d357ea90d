"use client";

import { useState } from "react";
import type { Address } from "viem";
import { formatDay } from "@/lib/sharing/consentView";
import { type AccessRequest, describeRequest } from "@/lib/sharing/requests";
import { Notice, PrimaryButton } from "../../Notice";
import { VerifiedBadge } from "../VerifiedBadge";
import { ApproveForm } from "./ApproveForm";
import { useDenyRequest } from "./useDenyRequest";
import { useRequestReason } from "./useRequestReason";

/** One pending request: who asks, for what, their reason (opened on this device), Approve or Deny. */
export function RequestItem({
  patient,
  request,
  onAnswered,
}: {
  patient: Address;
  request: AccessRequest;
  onAnswered: (sentence: string) => void;
}) {
  const [approving, setApproving] = useState(false);
  const reason = useRequestReason(request);
  const deny = useDenyRequest(patient);
  const entry = request.requesterEntry;
  const name = entry?.name ?? "Someone not in the directory";
  const blocked = !entry
    ? "This account is no longer in the CareKeys directory, so you cannot share with it. You can deny the request."
    : request.identityChanged
      ? `${entry.name}'s encryption key has changed since they asked, so this request can no longer be approved. Deny it; they can ask again.`
      : null;

  return (
    <li
      className="space-y-3 py-4"
      aria-label={`Request from ${name}`}
      data-testid="access-request"
      data-request={request.requestId.toString()}
    >
      <div>
        <p className="font-medium text-slate-900">
          {name} {entry && <VerifiedBadge verified={entry.verified} />}
        </p>
        <p className="break-all font-mono text-xs text-slate-500">{request.requester}</p>
      </div>
      {entry && !entry.verified && (
        <p className="text-sm text-amber-900">
          Not verified: no CareKeys verifier has checked who this is. Anyone can register under any name.
        </p>
      )}
      <p className="text-slate-900">{describeRequest(request)}.</p>
      <div>
        <p className="text-sm font-medium text-slate-700">Their reason</p>
        {reason.isPending ? (
          <p className="text-sm text-slate-500">Opening the reason on this device...</p>
        ) : reason.data && "text" in reason.data ? (
          <blockquote
            data-testid="request-reason"
            className="mt-1 whitespace-pre-wrap border-l-4 border-brand-200 pl-3 text-slate-900"
          >
            {reason.data.text}
          </blockquote>
        ) : (
          <Notice tone="warning" title="The reason cannot be shown">
            {reason.data?.error ?? "The reason could not be opened."}
          </Notice>
        )}
      </div>
      <p className="text-xs text-slate-500">
        Unanswered, this request lapses on {formatDay(request.requestExpiresAt)}.
      </p>
      {blocked && <Notice tone="warning">{blocked}</Notice>}
      {deny.error && (
        <Notice tone="error" title="The request was not denied">
          {deny.error}
        </Notice>
      )}
      {approving && entry ? (
        <ApproveForm
          patient={patient}
          request={request}
          requester={entry}
          onClose={() => setApproving(false)}
          onApproved={onAnswered}
        />
      ) : (
        <div className="flex gap-3">
          {!blocked && (
            <PrimaryButton disabled={deny.busy} onClick={() => setApproving(true)}>
              Approve...
            </PrimaryButton>
          )}
          <button
            type="button"
            disabled={deny.busy}
            onClick={async () => {
              if (await deny.deny(request)) onAnswered(`You denied ${name}'s request. Nothing was shared.`);
            }}
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
          >
            {deny.busy ? (deny.status === "pending" ? "Denying..." : "Check your wallet...") : "Deny"}
          </button>
        </div>
      )}
    </li>
  );
}
