"use client";

import Link from "next/link";
import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { CLINICIAN_STATUS_LABEL, expiryText, isActive, scopeText, statusSentence } from "@/lib/sharing/chart";
import type { Share } from "@/lib/sharing/grants";
import { useSharedWithMe } from "../hooks/useSharedWithMe";
import { Card, Notice } from "../Notice";

/** The clinician's list of patients who shared records with them, active shares first. */
export function SharedPatients({ me }: { me: Address }) {
  const shares = useSharedWithMe(me);
  return (
    <Card title="Patients who shared with you">
      {shares.isPending ? (
        <p className="text-slate-500">Looking for patients who shared with you...</p>
      ) : shares.error ? (
        <Notice tone="error" title="The patients who shared with you could not be listed">
          {describeError(shares.error)}{" "}
          <button type="button" className="underline" onClick={() => void shares.refetch()}>
            Try again
          </button>
        </Notice>
      ) : shares.data.length === 0 ? (
        <p>No patient has shared records with you yet. When one does, they appear here.</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Patients who shared with you">
          {[...shares.data]
            .sort((a, b) => Number(isActive(b)) - Number(isActive(a)))
            .map((share) => (
              <SharedPatient key={share.patient} share={share} />
            ))}
        </ul>
      )}
    </Card>
  );
}

function SharedPatient({ share }: { share: Share }) {
  const active = isActive(share);
  return (
    <li className="py-3" data-testid="shared-patient" data-patient={share.patient}>
      <p className="font-mono text-sm break-all text-slate-900">
        <span className="sr-only">Patient </span>
        {share.patient}
      </p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
        <dt className="text-slate-500">Shared</dt>
        <dd>{scopeText(share)}</dd>
        <dt className="text-slate-500">Expiry</dt>
        <dd>{expiryText(share)}</dd>
        <dt className="text-slate-500">Status</dt>
        <dd>
          <span className={active ? "font-medium text-emerald-800" : "font-medium text-amber-900"}>
            {CLINICIAN_STATUS_LABEL[share.status]}
          </span>
          <span className="block text-slate-600">{statusSentence(share)}</span>
        </dd>
      </dl>
      {active && (
        <Link
          className="mt-2 inline-block font-medium text-brand-700 underline"
          href={`/patients/${share.patient}`}
        >
          Open this patient's chart
        </Link>
      )}
    </li>
  );
}
