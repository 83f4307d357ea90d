"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { directoryLookup } from "@/lib/records/read";
import {
  CLINICIAN_STATUS_LABEL,
  type ClinicianShare,
  endedText,
  isActive,
  parsePatientAddress,
  patientLabel,
  scopeText,
} from "@/lib/sharing/chart";
import { AccountGate } from "../AccountGate";
import { useDirectory } from "../hooks/useDirectory";
import { PARTICIPANT_KIND, useParticipant } from "../hooks/useParticipant";
import { useSharedWithMe } from "../hooks/useSharedWithMe";
import { useIdentityKey } from "../IdentityKeyContext";
import { Card, Notice } from "../Notice";
import { VerifiedBadge } from "../sharing/VerifiedBadge";
import { UnlockKeyCard } from "../UnlockKeyCard";
import { AddNote } from "./AddNote";
import { AskAgain } from "./AskAgain";
import { AccessEnded, ChartRecords } from "./ChartRecords";
import { SHARED_KEYS, SHARED_RECORD } from "./useChart";

const home = (
  <Link className="font-medium text-brand-700 underline" href="/">
    Back to your patients
  </Link>
);

/** A patient's chart as a clinician opens it: checks the address, the share and the clinician's key first. */
export function PatientChartScreen({ rawAddress }: { rawAddress: string }) {
  const parsed = parsePatientAddress(rawAddress);
  if ("error" in parsed) {
    return (
      <Card title="This patient's chart cannot be found">
        <p>{parsed.error}</p>
        {home}
      </Card>
    );
  }
  return <AccountGate>{(me) => <ClinicianChart me={me} patient={parsed.address} />}</AccountGate>;
}

function ClinicianChart({ me, patient }: { me: Address; patient: Address }) {
  const participant = useParticipant(me);
  const shares = useSharedWithMe(me);
  const identity = useIdentityKey();
  const queryClient = useQueryClient();
  const share = shares.data?.find((s) => s.patient === patient);
  const ended = share !== undefined && !isActive(share);
  // Once the access ends (the share is watched while the chart is open), what was decrypted goes
  // from this tab's memory too, not only from the screen.
  useEffect(() => {
    if (!ended) return;
    queryClient.removeQueries({ queryKey: [SHARED_RECORD] });
    queryClient.removeQueries({ queryKey: [SHARED_KEYS] });
  }, [ended, queryClient]);
  if (participant.isPending || shares.isPending)
    return <p className="text-slate-500">Checking what this patient shared with you...</p>;
  // A failed refresh keeps the share last read (and its watch): only a first read that failed stops here.
  if (participant.error || !shares.data) {
    return (
      <Notice tone="error" title="CareKeys could not check what this patient shared with you">
        {describeError(participant.error ?? shares.error)}
      </Notice>
    );
  }
  if (participant.data.kind !== PARTICIPANT_KIND.Provider) {
    return (
      <Card title="Patient charts are for clinicians">
        <p>
          This page shows a patient's records to a registered clinician they shared them with. Your account is
          not registered as a clinician.
        </p>
        {home}
      </Card>
    );
  }
  if (!share) {
    return (
      <Card title="This patient has not shared records with you">
        <p className="font-mono text-sm break-all">{patient}</p>
        <p>When the patient shares their records with you, their chart opens here.</p>
        <AskAgain patient={patient} label="Ask this patient for access" />
        {home}
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      <ChartHeader share={share} />
      {ended ? (
        <AccessEnded share={share} patient={patient} />
      ) : !identity.key ? (
        <UnlockKeyCard
          title="Unlock your encryption key"
          why="The patient's records are encrypted for your key."
          publicKey={participant.data.encryptionKey}
          button="Unlock my key"
          lockedTitle="Your key is still locked"
        />
      ) : (
        <ChartRecords me={me} patient={patient} identity={identity.key} />
      )}
      <AddNote
        me={me}
        share={share}
        authorName={participant.data.name}
        recheck={async () => (await shares.refetch()).data?.find((s) => s.patient === patient) ?? null}
      />
      {home}
    </div>
  );
}

function ChartHeader({ share }: { share: ClinicianShare }) {
  const directory = useDirectory();
  const label = patientLabel(share.patient, directoryLookup(directory.data ?? []));
  const active = isActive(share);
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold text-brand-900">
        Patient chart
        {label.verified !== null && (
          <>
            : <bdi>{label.name}</bdi>
          </>
        )}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
        <dt className="text-slate-500">Patient</dt>
        <dd>
          {/* Named by the Directory only when the account is an entry of it (the Directory lists
              providers and AI models, so a patient's account seldom is); otherwise by its address.
              The name in the patient's own records is shown with them, as "Name in the records". */}
          {label.verified !== null ? (
            <>
              <bdi data-testid="patient-name">{label.name}</bdi>
              <VerifiedBadge verified={label.verified} />
            </>
          ) : (
            <span data-testid="patient-name" title={share.patient}>
              Patient <span className="font-mono">{label.short}</span>
            </span>
          )}
          <span className="block font-mono break-all text-slate-600" data-testid="patient-address">
            <span className="sr-only">Full address: </span>
            {share.patient}
          </span>
        </dd>
        <dt className="text-slate-500">{active ? "Shared" : "Was shared"}</dt>
        <dd>{scopeText(share, { ended: !active })}</dd>
        <dt className="text-slate-500">{active ? "Expiry" : "Access"}</dt>
        <dd data-testid="share-expiry">{endedText(share)}</dd>
        <dt className="text-slate-500">Status</dt>
        <dd>{CLINICIAN_STATUS_LABEL[share.status]}</dd>
      </dl>
    </header>
  );
}
