"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { inCategoryOrder } from "@/lib/sharing/consentView";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { describeTerms } from "@/lib/sharing/grants";
import { type AccessRequest, approvalExpiries, approvalProblem } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { Notice, PrimaryButton } from "../../Notice";
import { ChangeProgress } from "../ChangeProgress";
import { TermsPicker, type TermsValue } from "../TermsPicker";
import { UnverifiedConfirm } from "../UnverifiedConfirm";
import { useApproveRequest } from "./useApproveRequest";

const _box = "h-4 w-4 rounded border-slate-400";

/**
 * The grant form filled in with what a request asks for. The patient may narrow it (fewer kinds
 * or purposes, a shorter time, no notes) but not widen it; then one transaction approves it.
 */
export function ApproveForm({
  patient,
  request,
  requester,
  onClose,
  onApproved,
}: {
  patient: Address;
  request: AccessRequest;
  requester: DirectoryEntry;
  onClose: () => void;
  /** Called once the approval is on chain (the request then leaves the pending list). */
  onApproved: (sentence: string) => void;
}) {
  const { chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const access = useApproveRequest(patient);
  const [picked, setPicked] = useState<TermsValue>({
    categories: request.categories,
    purposes: request.purposes,
    expiry: "asked",
    write: request.write,
  });
  const { categories, purposes, expiry, write } = picked;
  const [unverifiedOk, setUnverifiedOk] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Expiries count from the chain's clock, which is what the contract checks them against.
  const chainNow = useQuery({
    queryKey: ["chain-now", "request", request.requestId.toString()],
    enabled: Boolean(client),
    queryFn: async () => new Date(Number((await client!.getBlock()).timestamp) * 1000),
  });
  const options = chainNow.data ? approvalExpiries(request, chainNow.data) : [];
  const expiresAt = options.find((o) => o.id === expiry)?.expiresAt;
  const terms = expiresAt && { categories: inCategoryOrder(categories), purposes, expiresAt, write };
  const problem = terms && chainNow.data ? approvalProblem(request, terms, chainNow.data) : null;
  const ready = terms && !problem && (requester.verified || unverifiedOk);
  const done = access.step === "done";
  const id = `approve-${request.requestId}`;

  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-brand-200 bg-white p-4">
      <h3 id={id} ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        Approve {requester.name}'s request
      </h3>
      <p className="text-sm text-slate-600">
        Everything they asked for is chosen. You can approve less: untick what you do not want to share.
      </p>
      {!requester.verified && (
        <UnverifiedConfirm checked={unverifiedOk} disabled={access.busy || done} onChange={setUnverifiedOk} />
      )}
      <TermsPicker
        name={id}
        disabled={access.busy || done}
        options={{
          categories: request.categories,
          purposes: request.purposes,
          expiries: options,
          // Words true to what the grant allows: notes only if clinical notes were asked for (review T1).
          writeLabel: request.write
            ? request.categories.includes("notes")
              ? "They may add notes to my records"
              : "They may add records of the kinds above to my records"
            : null,
        }}
        value={picked}
        onChange={setPicked}
      />
      <div className="rounded-lg bg-brand-50 p-4" data-testid="approve-summary">
        <p className="text-sm font-medium text-slate-700">In short</p>
        <p className="mt-1 text-slate-900">
          {!terms
            ? "Reading the network's clock..."
            : (problem ?? `${describeTerms(requester, terms, { timeZone: "UTC" })}.`)}
        </p>
      </div>
      <ChangeProgress step={access.step} transaction={access.transaction} />
      {access.error && (
        <Notice tone="error" title="Nothing was shared">
          {access.error}
        </Notice>
      )}
      {done ? (
        <>
          <Notice tone="success" title={`You approved ${requester.name}'s request`}>
            You can see and stop this share under “My consents” below.
          </Notice>
          <PrimaryButton onClick={onClose}>Done</PrimaryButton>
        </>
      ) : (
        <div className="flex gap-3">
          <PrimaryButton
            disabled={!ready || access.busy}
            onClick={async () => {
              if (!terms) return;
              const summary = describeTerms(requester, terms, { timeZone: "UTC" });
              const approved = await access.approve(request, {
                ...terms,
                allowUnverified: !requester.verified && unverifiedOk,
              });
              if (approved) onApproved(`You approved the request. ${summary}.`);
            }}
          >
            {access.busy ? "Approving..." : access.error ? "Try again" : "Approve and share"}
          </PrimaryButton>
          <button
            type="button"
            disabled={access.busy}
            onClick={onClose}
            className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
          >
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
