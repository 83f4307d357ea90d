"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { Address } from "viem";
import { PARTICIPANT_KIND, useParticipant } from "./hooks/useParticipant";
import { usePatientKey } from "./hooks/usePatientKey";
import { useIdentityKey } from "./IdentityKeyContext";
import { Card } from "./Notice";
import { UnlockKeyCard } from "./UnlockKeyCard";

/**
 * A patient's page behind their encryption key: a clinician or model account is sent to its own
 * home, a patient without a key to set one up, a locked key is unlocked (one signature); then the
 * page itself. The words say what the page needs the key for.
 */
export function PatientKeyGate({
  patient,
  forParticipants,
  setUpFirst,
  unlock,
  children,
}: {
  patient: Address;
  /** Title and sentence for a clinician or model account that opened a patient's page. */
  forParticipants: { title: string; text: string };
  /** Why the key comes first on this page. */
  setUpFirst: string;
  unlock: { title: string; why: string };
  children: ReactNode;
}) {
  const patientKey = usePatientKey(patient);
  const participant = useParticipant(patient);
  const identity = useIdentityKey();
  if (patientKey.isPending || participant.isPending)
    return <p className="text-slate-500">Checking your encryption key...</p>;
  if (!patientKey.key && participant.data && participant.data.kind !== PARTICIPANT_KIND.None) {
    return (
      <Card title={forParticipants.title}>
        <p>
          You are signed in as {participant.data.name}. {forParticipants.text}
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
        <p>{setUpFirst}</p>
        <Link className="font-medium text-brand-700 underline" href="/">
          Go to your home page
        </Link>
      </Card>
    );
  }
  if (!identity.key)
    return <UnlockKeyCard title={unlock.title} why={unlock.why} publicKey={patientKey.key} />;
  return <>{children}</>;
}
