"use client";

import type { Address } from "viem";
import { authorText, shortAddress } from "@/lib/records/read";
import { PARTICIPANT_KIND, useParticipant } from "../hooks/useParticipant";

/**
 * Who anchored a record, in words: the patient, or a clinician or AI model by its Directory name
 * (and whether a verifier attests it). A record someone else wrote is theirs, not the patient's.
 */
export function RecordAuthor({ patient, author }: { patient: Address; author: Address }) {
  const participant = useParticipant(author.toLowerCase() === patient.toLowerCase() ? undefined : author);
  if (author.toLowerCase() === patient.toLowerCase())
    return <span data-testid="record-author">Added by you</span>;
  if (participant.isPending)
    return (
      <span data-testid="record-author">Added by {shortAddress(author)} (looking up who this is...)</span>
    );
  const entry = participant.data;
  if (!entry || entry.kind === PARTICIPANT_KIND.None) {
    return (
      <span data-testid="record-author" className="text-amber-800">
        Added by an account that is not in the CareKeys directory ({author})
      </span>
    );
  }
  const kind = entry.kind === PARTICIPANT_KIND.Model ? "model" : "provider";
  return (
    <span data-testid="record-author" className={entry.verified ? undefined : "text-amber-800"}>
      Added by {authorText(author, { name: entry.name, verified: entry.verified, kind })}
    </span>
  );
}
