"use client";

import type { Address } from "viem";
import type { AccessRequest } from "@/lib/sharing/requests";
import { Notice } from "../../Notice";
import { PendingRequestList } from "./PendingRequestList";
import { useDeclineAll } from "./useDeclineAll";

/**
 * The pending requests from entries no verifier has checked (or no longer listed), apart from the
 * others and marked, with "Decline all" in one transaction.
 */
export function UnverifiedRequests({
  patient,
  requests,
  onAnswered,
}: {
  patient: Address;
  requests: readonly AccessRequest[];
  onAnswered: (sentence: string) => void;
}) {
  const decline = useDeclineAll(patient);
  const count = requests.length;
  const people = count === 1 ? "1 request" : `${count} requests`;
  return (
    <section
      aria-labelledby="unverified-requests-heading"
      data-testid="unverified-requests"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="unverified-requests-heading" className="text-lg font-semibold text-amber-950">
        From unverified entries ({count})
      </h3>
      <p className="text-sm text-amber-950">
        No CareKeys verifier has checked who sent these: anyone can register under any name. If you do not
        recognise them, decline.
      </p>
      {decline.error && (
        <Notice tone="error" title="The requests were not declined">
          {decline.error}
        </Notice>
      )}
      <button
        type="button"
        disabled={decline.busy}
        onClick={async () => {
          if (await decline.declineAll(requests))
            onAnswered(`You declined ${people} from unverified entries. Nothing was shared.`);
        }}
        className="rounded-lg border border-amber-400 bg-white px-4 py-2 font-medium text-amber-950 hover:bg-amber-100 disabled:opacity-60"
      >
        {decline.busy
          ? decline.status === "pending"
            ? "Declining..."
            : "Check your wallet..."
          : `Decline all requests from unverified entries (${count}, in one transaction)`}
      </button>
      <PendingRequestList
        label="Requests from unverified entries"
        patient={patient}
        requests={requests}
        onAnswered={onAnswered}
      />
    </section>
  );
}
