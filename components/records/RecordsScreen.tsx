"use client";

import type { Address } from "viem";
import { AccountGate } from "../AccountGate";
import { useAnchoredRecords } from "../hooks/useAnchoredRecords";
import { useRecordUploads } from "../hooks/useRecordUploads";
import { useIdentityKey } from "../IdentityKeyContext";
import { Notice } from "../Notice";
import { PatientKeyGate } from "../PatientKeyGate";
import { AddRecords } from "./AddRecords";
import { KeyRotationCard } from "./KeyRotationCard";
import { NewFromOthers } from "./NewFromOthers";
import { PendingUploads } from "./PendingUploads";
import { RecordList } from "./RecordList";

/** The patient's records: add, list, search, open. Everything is decrypted on this device. */
export function RecordsScreen() {
  return <AccountGate>{(address) => <PatientRecords patient={address} />}</AccountGate>;
}

function PatientRecords({ patient }: { patient: Address }) {
  return (
    <PatientKeyGate
      patient={patient}
      forParticipants={{
        title: "This page is for patients' own records",
        text: "Records that patients share with you are on your clinician home, one chart per patient.",
      }}
      setUpFirst="Your records are encrypted with your own key. Set it up on your home page, then come back."
      unlock={{
        title: "Unlock your records",
        why: "Your records are decrypted with it, here and nowhere else.",
      }}
    >
      <UnlockedRecords patient={patient} />
    </PatientKeyGate>
  );
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
        <>
          <NewFromOthers patient={patient} records={records.data} />
          <RecordList patient={patient} records={records.data} />
        </>
      )}
      <KeyRotationCard patient={patient} />
    </div>
  );
}
