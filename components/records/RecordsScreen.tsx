"use client";

import Link from "next/link";
import type { Address } from "viem";
import { AccountGate } from "../AccountGate";
import { useAnchoredRecords } from "../hooks/useAnchoredRecords";
import { PARTICIPANT_KIND, useParticipant } from "../hooks/useParticipant";
import { usePatientKey } from "../hooks/usePatientKey";
import { useRecordUploads } from "../hooks/useRecordUploads";
import { useIdentityKey } from "../IdentityKeyContext";
import { Card, Notice } from "../Notice";
import { UnlockKeyCard } from "../UnlockKeyCard";
import { AddRecords } from "./AddRecords";
import { KeyRotationCard } from "./KeyRotationCard";
import { PendingUploads } from "./PendingUploads";
import { RecordList } from "./RecordList";

/** The patient's records: add, list, search, open. Everything is decrypted on this device. */
export function RecordsScreen() {
  return <AccountGate>{(address) => <PatientRecords patient={address} />}</AccountGate>;
}

function PatientRecords({ patient }: { patient: Address }) {
  const patientKey = usePatientKey(patient);
  const participant = useParticipant(patient);
  const identity = useIdentityKey();
  if (patientKey.isPending || participant.isPending)
    return <p className="text-slate-500">Checking your encryption key...</p>;
  if (!patientKey.key && participant.data && participant.data.kind !== PARTICIPANT_KIND.None) {
    return (
      <Card title="This page is for patients' own records">
        <p>
          You are signed in as {participant.data.name}. Records that patients share with you are on your
          clinician home, one chart per patient.
        </p>
        <Link className="font-medium text-brand-700 underline" href="/">
          Go to your clinician home
        </Link>
      </Card>
    );
  }
  if (!patientKey.key) {
    return (
      <Card title="Set up your encryption key first">
        <p>Your records are encrypted with your own key. Set it up on your home page, then come back.</p>
        <Link className="font-medium text-brand-700 underline" href="/">
          Go to your home page
        </Link>
      </Card>
    );
  }
  if (!identity.key) {
    return (
      <UnlockKeyCard
        title="Unlock your records"
        why="Your records are decrypted with it, here and nowhere else."
        publicKey={patientKey.key}
      />
    );
  }
  return <UnlockedRecords patient={patient} />;
}

function UnlockedRecords({ patient }: { patient: Address }) {
  const records = useAnchoredRecords(patient);
  const uploads = useRecordUploads(patient);
  const { state } = useIdentityKey();
  const keyNeedsAction = state === "legacy" || state === "unfinishedRotation";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Your records</h1>
      {keyNeedsAction && (
        <Notice tone="warning" title="Your encryption key needs your attention">
          Adding records is paused until then. See “{state === "legacy" ? "Upgrade" : "Finish replacing"} your
          encryption key” at the bottom of this page.
        </Notice>
      )}
      {!keyNeedsAction && <AddRecords uploads={uploads} />}
      <PendingUploads uploads={uploads} />
      {records.error ? (
        <Notice tone="error" title="Your records could not be listed">
          {records.error.message}
        </Notice>
      ) : records.isPending ? (
        <p className="text-slate-500">Loading your records...</p>
      ) : (
        <RecordList patient={patient} records={records.data} />
      )}
      <KeyRotationCard patient={patient} />
    </div>
  );
}
