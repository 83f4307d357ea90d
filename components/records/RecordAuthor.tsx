"use client";

import type { Address } from "viem";
import { PARTICIPANT_KIND, useParticipant } from "../hooks/useParticipant";

/**
 * Who anchored a record, in words: the patient, or a clinician or AI model by its Directory name
 * (and whether a verifier attests it). A record someone else wrote is theirs, not the patient's.
 */
export function RecordAuthor({ patient, author }: { patient: Address; author: Address }) {
  const participant = useParticipant(author.toLowerCase() === patient.toLowerCase() ? undefined : author);
  if (author.toLowerCase() === patient.toLowerCase())
    return <span data-testid="record-author">Added by you</span>;
  if (participant.isPending) return <span data-testid="record-author">Added by {author}</span>;
  const entry = participant.data;
  if (!entry || entry.kind === PARTICIPANT_KIND.None) {
    return (
      <span data-testid="record-author" className="text-amber-800">
        Added by an account that is not in the CareKeys directory ({author})
      </span>
    );
  }
  const role = entry.kind === PARTICIPANT_KIND.Model ? "AI model" : "clinician";
  return (
    <span data-testid="record-author">
      Added by {entry.name} ({role}, {entry.verified ? "verified" : "not verified"})
    </span>
  );
}
