"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useRef } from "react";
import type { Address } from "viem";
import { keyFingerprint } from "@/lib/crypto/identity";
import { ASK_PARAM, parsePatientAddress } from "@/lib/sharing/chart";
import { AskForAccess } from "./clinician/requests/AskForAccess";
import { MyRequests } from "./clinician/requests/MyRequests";
import { SharedPatients } from "./clinician/SharedPatients";
import type { useParticipant } from "./hooks/useParticipant";
import { useProviderProfile } from "./hooks/useProviderProfile";
import { Card, Notice } from "./Notice";

type Participant = NonNullable<ReturnType<typeof useParticipant>["data"]>;

export function ClinicianHome({ address, participant }: { address: Address; participant: Participant }) {
  const profile = useProviderProfile(participant.metadataCid);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Clinician home</h1>
      <Card title={participant.name}>
        {profile.data && (
          <p>
            {profile.data.organization}
            {profile.data.specialty ? ` · ${profile.data.specialty}` : ""}
          </p>
        )}
        {profile.error && (
          <Notice tone="warning">
            Your public profile could not be loaded from IPFS ({participant.metadataCid}).
          </Notice>
        )}
        {participant.verified ? (
          <Notice tone="success" title="Verified provider">
            A CareKeys verifier has checked this entry. Patients see you as verified.
          </Notice>
        ) : (
          <Notice tone="warning" title="Not verified yet">
            Patients are warned that your entry has not been checked by a CareKeys verifier.
          </Notice>
        )}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Encryption key fingerprint</dt>
          <dd className="font-mono">{keyFingerprint(participant.encryptionKey)}</dd>
          <dt className="text-slate-500">Account</dt>
          <dd className="font-mono break-all">{address}</dd>
        </dl>
      </Card>
      <SharedPatients me={address} />
      <Suspense fallback={<AskForAccess me={address} />}>
        <AskPatient me={address} />
      </Suspense>
      <MyRequests me={address} />
    </div>
  );
}

/**
 * The request form; "Ask this patient again" (an ended share) comes here with the patient's address
 * in the URL (`?ask=0x...`): it is filled in, and the keyboard and the screen go to the form.
 */
function AskPatient({ me }: { me: Address }) {
  const raw = useSearchParams().get(ASK_PARAM);
  const parsed = raw ? parsePatientAddress(raw) : null;
  const patient = parsed && "address" in parsed ? parsed.address : undefined;
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (patient) form.current?.focus();
  }, [patient]);
  return (
    <div ref={form} tabIndex={-1} data-testid="ask-form" className="rounded-xl focus:outline-2">
      <AskForAccess key={patient ?? ""} me={me} patient={patient} />
    </div>
  );
}
