"use client";

import type { Address } from "viem";
import { AccountGate } from "../AccountGate";
import { useIdentityKey } from "../IdentityKeyContext";
import { Notice } from "../Notice";
import { PatientKeyGate } from "../PatientKeyGate";
import { GiveAccess } from "./GiveAccess";
import { MyConsents } from "./MyConsents";
import { RequestsSection } from "./requests/RequestsSection";

/** The patient's sharing page: give a clinician access, see and stop every share. */
export function SharingScreen() {
  return <AccountGate>{(address) => <PatientSharing patient={address} />}</AccountGate>;
}

function PatientSharing({ patient }: { patient: Address }) {
  return (
    <PatientKeyGate
      patient={patient}
      forParticipants={{
        title: "This page is for patients",
        text: "The patients who share with you are on your clinician home.",
      }}
      setUpFirst="Sharing gives others keys to your records, so your own key comes first. Set it up on your home page."
      unlock={{
        title: "Unlock your records to share them",
        why: "Sharing needs it to give a clinician the keys to the records you choose.",
      }}
    >
      <UnlockedSharing patient={patient} />
    </PatientKeyGate>
  );
}

function UnlockedSharing({ patient }: { patient: Address }) {
  const identity = useIdentityKey();
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
