"use client";

import type { Address } from "viem";
import { keyFingerprint } from "@/lib/crypto/identity";
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
      <AskForAccess me={address} />
      <MyRequests me={address} />
    </div>
  );
}
