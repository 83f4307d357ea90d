"use client";

import Link from "next/link";
import { useDeferredValue, useId, useMemo, useState } from "react";
import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { type AuthorLookup, directoryLookup } from "@/lib/records/read";
import {
  CLINICIAN_STATUS_LABEL,
  type ClinicianShare,
  clinicianPatientList,
  endedText,
  isActive,
  PATIENTS_PAGE,
  patientLabel,
  scopeText,
  statusSentence,
} from "@/lib/sharing/chart";
import { useDirectory } from "../hooks/useDirectory";
import { useSharedWithMe } from "../hooks/useSharedWithMe";
import { Card, Notice } from "../Notice";
import { VerifiedBadge } from "../sharing/VerifiedBadge";
import { AskAgain } from "./AskAgain";

/**
 * The clinician's list of patients who shared records with them: a search by name or address,
 * the active shares first, those whose access ended under their own heading, each part
 * {@link PATIENTS_PAGE} at a time. Anyone can share with a clinician: a patient is named only by
 * the Directory, otherwise "Unnamed patient" and the address.
 */
export function SharedPatients({ me }: { me: Address }) {
  const shares = useSharedWithMe(me);
  const directory = useDirectory();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const lookup = useMemo(() => directoryLookup(directory.data ?? []), [directory.data]);
  const list = useMemo(
    () => clinicianPatientList(shares.data ?? [], lookup, deferred),
    [shares.data, lookup, deferred],
  );
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
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            Anyone with a CareKeys account can share records with you, so a patient is named here only when
            they registered a name in the CareKeys directory. Sharing with you gives you no duty to act: it
            only lets you open what they shared.
          </p>
          <label className="block">
            <span className="text-sm font-medium text-slate-700">Find a patient by name or address</span>
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="e.g. Morgan, or 0x7099"
              className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2"
            />
          </label>
          {list.active.length + list.ended.length === 0 && (
            <p role="status">No patient matches “{deferred.trim()}”. Try part of a name or of an address.</p>
          )}
          <PatientGroup
            title={`Active (${list.active.length})`}
            empty="No patient's access is active."
            shares={list.active}
            lookup={lookup}
          />
          {list.ended.length > 0 && (
            <PatientGroup
              title={`Access ended (${list.ended.length})`}
              empty=""
              shares={list.ended}
              lookup={lookup}
            />
          )}
        </div>
      )}
    </Card>
  );
}

function PatientGroup({
  title,
  empty,
  shares,
  lookup,
}: {
  title: string;
  empty: string;
  shares: ClinicianShare[];
  lookup: AuthorLookup;
}) {
  const [shown, setShown] = useState(PATIENTS_PAGE);
  const headingId = useId();
  const more = Math.min(PATIENTS_PAGE, shares.length - shown);
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h3 id={headingId} className="text-lg font-semibold text-brand-900">
        {title}
      </h3>
      {shares.length === 0 ? (
        empty && <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-labelledby={headingId}>
          {shares.slice(0, shown).map((share) => (
            <SharedPatient key={share.patient} share={share} lookup={lookup} />
          ))}
        </ul>
      )}
      {more > 0 && (
        <button
          type="button"
          className="font-medium text-brand-700 underline"
          onClick={() => setShown(shown + PATIENTS_PAGE)}
        >
          Show {more} more ({shares.length - shown} not shown yet)
        </button>
      )}
    </section>
  );
}

function SharedPatient({ share, lookup }: { share: ClinicianShare; lookup: AuthorLookup }) {
  const active = isActive(share);
  const label = patientLabel(share.patient, lookup);
  return (
    <li className="py-3" data-testid="shared-patient" data-patient={share.patient}>
      <p className="text-slate-900">
        <span className="font-medium" data-testid="patient-name">
          {label.name}
        </span>
        {label.verified !== null && <VerifiedBadge verified={label.verified} />}
        <span className="ml-2 font-mono text-sm text-slate-600" title={share.patient}>
          <span className="sr-only">Account </span>
          {label.short}
        </span>
      </p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
        <dt className="text-slate-500">{active ? "Shared" : "Was shared"}</dt>
        <dd>{scopeText(share, { ended: !active })}</dd>
        <dt className="text-slate-500">{active ? "Expiry" : "Access"}</dt>
        <dd data-testid="share-expiry">{endedText(share)}</dd>
        <dt className="text-slate-500">Status</dt>
        <dd>
          <span className={active ? "font-medium text-emerald-800" : "font-medium text-amber-900"}>
            {CLINICIAN_STATUS_LABEL[share.status]}
          </span>
          <span className="block text-slate-600">{statusSentence(share)}</span>
        </dd>
      </dl>
      <div className="mt-2">
        {active ? (
          <Link className="font-medium text-brand-700 underline" href={`/patients/${share.patient}`}>
            Open this patient's chart
          </Link>
        ) : (
          <AskAgain patient={share.patient} />
        )}
      </div>
    </li>
  );
}
