"use client";

import Link from "next/link";
import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { formatDate, scopeText } from "@/lib/sharing/chart";
import { type AccessRequest, durationInWords, REQUESTER_STATUS_LABEL } from "@/lib/sharing/requests";
import { Card, Notice } from "../../Notice";
import { useMyRequests } from "./useMyRequests";
import { WithdrawButton } from "./WithdrawButton";

const STATUS_STYLE: Record<AccessRequest["status"], string> = {
  pending: "text-slate-800",
  approved: "text-emerald-800",
  denied: "text-red-800",
  withdrawn: "text-slate-600",
  expired: "text-amber-900",
};

/** The requests this clinician sent, newest first, each with the patient's answer. */
export function MyRequests({ me }: { me: Address }) {
  const requests = useMyRequests(me);
  return (
    <Card title="Your requests">
      {requests.isPending ? (
        <p className="text-slate-500">Looking for your requests...</p>
      ) : requests.error ? (
        <Notice tone="error" title="Your requests could not be listed">
          {describeError(requests.error)}{" "}
          <button type="button" className="underline" onClick={() => void requests.refetch()}>
            Try again
          </button>
        </Notice>
      ) : requests.data.length === 0 ? (
        <p>You have not asked any patient for access yet.</p>
      ) : (
        <>
          <button
            type="button"
            className="text-sm font-medium text-brand-700 underline"
            onClick={() => void requests.refetch()}
          >
            Check for answers
          </button>
          <ul className="divide-y divide-slate-200" aria-label="Your requests">
            {requests.data.map((request) => (
              <MyRequest key={request.requestId.toString()} me={me} request={request} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function MyRequest({ me, request }: { me: Address; request: AccessRequest }) {
  return (
    <li className="py-3" data-testid="my-request" data-patient={request.patient}>
      <p className="font-mono text-sm break-all text-slate-900">
        <span className="sr-only">Patient </span>
        {request.patient}
      </p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
        <dt className="text-slate-500">Asked for</dt>
        <dd>
          {scopeText({ ...request, write: false, oneShot: false })}, for{" "}
          {durationInWords(request.durationSeconds)}
          {request.write ? "; and to add notes (and records of these kinds)" : ""}
        </dd>
        <dt className="text-slate-500">Answer</dt>
        <dd>
          <span data-testid="request-status" className={`font-medium ${STATUS_STYLE[request.status]}`}>
            {REQUESTER_STATUS_LABEL[request.status]}
          </span>
          {request.status === "pending" && (
            <span className="block text-slate-600">
              Lapses on {formatDate(request.requestExpiresAt)} if the patient does not answer.
            </span>
          )}
          {request.status === "approved" && (
            <span className="block text-slate-600">
              The patient may have approved less than you asked; your chart shows what they shared.
            </span>
          )}
        </dd>
      </dl>
      {request.status === "pending" && <WithdrawButton me={me} request={request} />}
      {request.status === "approved" && (
        <Link
          className="mt-2 inline-block font-medium text-brand-700 underline"
          href={`/patients/${request.patient}`}
        >
          Open this patient's chart
        </Link>
      )}
    </li>
  );
}
