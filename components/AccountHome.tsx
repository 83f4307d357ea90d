"use client";

import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { ClinicianHome } from "./ClinicianHome";
import { PARTICIPANT_KIND, useParticipant } from "./hooks/useParticipant";
import { Notice } from "./Notice";
import { PatientHome } from "./PatientHome";

/** A registered provider lands on the clinician home; a model account is told where it acts; everyone else is a patient. */
export function AccountHome({ address }: { address: Address }) {
  const participant = useParticipant(address);
  if (participant.isPending) return <p className="text-slate-500">Loading your account...</p>;
  if (participant.error) {
    return (
      <Notice tone="error" title="CareKeys could not read your account">
        {describeError(participant.error)}{" "}
        <button type="button" className="underline" onClick={() => participant.refetch()}>
          Try again
        </button>
      </Notice>
    );
  }
  const entry = participant.data;
  if (entry.kind === PARTICIPANT_KIND.Provider)
    return <ClinicianHome address={address} participant={entry} />;
  if (entry.kind === PARTICIPANT_KIND.Model) {
    return (
      <Notice tone="info" title={`This account is the AI model "${entry.name}"`}>
        AI models read records through the CareKeys model runner, not through this web app. Connect a patient
        or clinician account instead.
      </Notice>
    );
  }
  return <PatientHome address={address} />;
}
