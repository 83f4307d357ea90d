"use client";

import Link from "next/link";
import type { Address } from "viem";
import { AccountGate } from "../AccountGate";
import { PARTICIPANT_KIND, useParticipant } from "../hooks/useParticipant";
import { usePatientKey } from "../hooks/usePatientKey";
import { useIdentityKey } from "../IdentityKeyContext";
import { Card, Notice } from "../Notice";
import { UnlockKeyCard } from "../UnlockKeyCard";
import { GiveAccess } from "./GiveAccess";
import { MyConsents } from "./MyConsents";
import { RequestsSection } from "./requests/RequestsSection";

/** The patient's sharing page: give a clinician access, see and stop every share. */
export function SharingScreen() {
  return <AccountGate>{(address) => <PatientSharing patient={address} />}</AccountGate>;
}

function PatientSharing({ patient }: { patient: Address }) {
  const patientKey = usePatientKey(patient);
  const participant = useParticipant(patient);
  const identity = useIdentityKey();
  if (patientKey.isPending || participant.isPending)
    return <p className="text-slate-500">Checking your encryption key...</p>;
  if (!patientKey.key && participant.data && participant.data.kind !== PARTICIPANT_KIND.None) {
    return (
      <Card title="This page is for patients">
        <p>
          You are signed in as {participant.data.name}. The patients who share with you are on your clinician
          home.
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
        <p>
          Sharing gives others keys to your records, so your own key comes first. Set it up on your home page.
        </p>
        <Link className="font-medium text-brand-700 underline" href="/">
          Go to your home page
        </Link>
      </Card>
    );
  }
  if (!identity.key) {
    return (
      <UnlockKeyCard
        title="Unlock your records to share them"
        why="Sharing needs it to give a clinician the keys to the records you choose."
        publicKey={patientKey.key}
      />
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Sharing</h1>
      {(identity.state === "legacy" || identity.state === "unfinishedRotation") && (
        <Notice tone="warning" title="Your encryption key needs your attention">
          Sharing is paused until then. See the bottom of your records page.
        </Notice>
      )}
      {identity.state !== "legacy" && identity.state !== "unfinishedRotation" && (
        <>
          <RequestsSection patient={patient} />
          <GiveAccess patient={patient} />
        </>
      )}
      <MyConsents patient={patient} />
    </div>
  );
}
