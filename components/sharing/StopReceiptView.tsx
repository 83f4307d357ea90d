"use client";

import { useEffect, useRef } from "react";
import type { Address } from "viem";
import type { Category } from "@/lib/consent/codes";
import { historyInWords } from "@/lib/sharing/consentView";
import { listInWords } from "@/lib/sharing/grants";
import type { StopReceipt } from "../hooks/useStopSharing";
import { DismissButton } from "../records/DismissButton";
import { ReencryptHistory } from "./ReencryptHistory";

/** The honest receipt after stopping: what each party logged reading, and what cannot be recalled. */
export function StopReceiptView({
  patient,
  receipt,
  nameOf,
  onDismiss,
}: {
  /** When given, "Re-encrypt older records" is offered for the kinds of records the parties held. */
  patient?: Address;
  receipt: StopReceipt;
  nameOf: (address: Address) => string;
  onDismiss: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = receipt.parties.map((p) => nameOf(p.grantee));
  return (
    <section
      aria-labelledby="receipt-heading"
      data-testid="stop-receipt"
      className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id="receipt-heading" ref={heading} tabIndex={-1} className="text-base font-semibold">
          {names.length === 0 ? "Sharing has stopped" : `Sharing with ${listInWords(names)} has stopped`}
        </h3>
        <DismissButton label="Dismiss the receipt" onClick={onDismiss} />
      </div>
      <ul className="list-disc space-y-1 pl-5">
        {receipt.parties.map(({ grantee, exposure }) => (
          <li key={grantee}>
            {exposure ? (
              <>
                <bdi>{nameOf(grantee)}</bdi> {historyInWords(exposure)}.
              </>
            ) : (
              <>
                What <bdi>{nameOf(grantee)}</bdi> opened could not be looked up right now. It stays listed
                under the share below.
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        What was already read cannot be recalled: copies may have been kept. Records you add from now on are
        encrypted with new keys they do not get.
      </p>
      {patient && <ReencryptHistory patient={patient} categories={heldCategories(receipt)} />}
    </section>
  );
}

/** The kinds of records the parties held keys for; undefined (every kind) when one could not be looked up. */
function heldCategories(receipt: StopReceipt): Category[] | undefined {
  if (receipt.parties.some((p) => !p.exposure)) return undefined;
  return [...new Set(receipt.parties.flatMap((p) => p.exposure!.generations.map((g) => g.category)))];
}
