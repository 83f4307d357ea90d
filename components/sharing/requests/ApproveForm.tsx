"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { CATEGORY_LABEL, type Category, PURPOSE_LABEL, type Purpose } from "@/lib/consent/codes";
import { inCategoryOrder } from "@/lib/sharing/consentView";
import { type DirectoryEntry, UNVERIFIED_WARNING } from "@/lib/sharing/directory";
import { describeTerms } from "@/lib/sharing/grants";
import { type AccessRequest, approvalExpiries, approvalProblem } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { Notice, PrimaryButton } from "../../Notice";
import { ChangeProgress } from "../ChangeProgress";
import { useApproveRequest } from "./useApproveRequest";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const box = "h-4 w-4 rounded border-slate-400";

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
  const [categories, setCategories] = useState<Category[]>(request.categories);
  const [purposes, setPurposes] = useState<Purpose[]>(request.purposes);
  const [expiry, setExpiry] = useState("asked");
  const [write, setWrite] = useState(request.write);
  const [unverifiedOk, setUnverifiedOk] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Expiries count from the chain's clock, which is what the contract checks them against.
  const chainNow = useQuery({
    queryKey: ["chain-now", "request", request.requestId.toString()],
    enabled: Boolean(client),
    queryFn: async () => new Date(Number((await client!.getBlock()).timestamp) * 1000),
  });
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
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
        <Notice tone="warning" title="This entry is not verified">
          <p>{UNVERIFIED_WARNING}</p>
          <label className="mt-2 flex items-start gap-2">
            <input
              type="checkbox"
              className={`${box} mt-0.5`}
              checked={unverifiedOk}
              disabled={access.busy || done}
              onChange={(event) => setUnverifiedOk(event.target.checked)}
            />
            <span>
              I know this address belongs to the person or clinic I mean, and I want to share with it anyway.
            </span>
          </label>
        </Notice>
      )}
      <fieldset disabled={access.busy || done} className="space-y-4">
        <fieldset>
          <legend className="font-medium text-slate-900">Which records</legend>
          <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            {request.categories.map((category) => (
              <label key={category} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className={box}
                  checked={categories.includes(category)}
                  onChange={(event) => setCategories(toggle(categories, category, event.target.checked))}
                />
                {capitalised(CATEGORY_LABEL[category])}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-slate-900">For what</legend>
          <div className="mt-2 space-y-1">
            {request.purposes.map((purpose) => (
              <label key={purpose} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className={box}
                  checked={purposes.includes(purpose)}
                  onChange={(event) => setPurposes(toggle(purposes, purpose, event.target.checked))}
                />
                {capitalised(PURPOSE_LABEL[purpose])}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-slate-900">For how long</legend>
          <div className="mt-2 space-y-1">
            {options.map((option) => (
              <label key={option.id} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-expiry`}
                  className="h-4 w-4"
                  checked={expiry === option.id}
                  onChange={() => setExpiry(option.id)}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        {request.write && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className={box}
              checked={write}
              onChange={(event) => setWrite(event.target.checked)}
            />
            They may add notes to my records
          </label>
        )}
      </fieldset>
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
