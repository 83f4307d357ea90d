"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { CATEGORY_LABEL, type Category, PURPOSE_LABEL, type Purpose } from "@/lib/consent/codes";
import { CLINICIAN_CATEGORIES, inCategoryOrder } from "@/lib/sharing/consentView";
import { type DirectoryEntry, UNVERIFIED_WARNING } from "@/lib/sharing/directory";
import {
  describeTerms,
  EXPIRY_PRESET_LABEL,
  EXPIRY_PRESETS,
  type ExpiryPreset,
  expiresAtFor,
} from "@/lib/sharing/grants";
import { useAppConfig } from "../AppConfigContext";
import { useGrantAccess } from "../hooks/useGrantAccess";
import { Notice, PrimaryButton } from "../Notice";
import { ChangeProgress } from "./ChangeProgress";
import { VerifiedBadge } from "./VerifiedBadge";

/** The purposes a clinician may be given access for; treatment is chosen by default. */
const CLINICIAN_PURPOSES = ["treatment", "emergency", "research"] as const satisfies readonly Purpose[];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const box = "h-4 w-4 rounded border-slate-400";

/** What to share with one Directory entry, the plain summary, and the grant itself. */
export function GrantForm({
  patient,
  grantee,
  onClose,
}: {
  patient: Address;
  grantee: DirectoryEntry;
  onClose: () => void;
}) {
  const { chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const access = useGrantAccess(patient);
  const [categories, setCategories] = useState<Category[]>([]);
  const [purposes, setPurposes] = useState<Purpose[]>(["treatment"]);
  const [preset, setPreset] = useState<ExpiryPreset>("thisVisit");
  const [write, setWrite] = useState(false);
  const [unverifiedOk, setUnverifiedOk] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Expiries count from the chain's clock, which is what the contract checks them against.
  const chainNow = useQuery({
    queryKey: ["chain-now", grantee.address],
    enabled: Boolean(client),
    queryFn: async () => new Date(Number((await client!.getBlock()).timestamp) * 1000),
  });
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const expiresAt = chainNow.data ? expiresAtFor(preset, chainNow.data) : null;
  const terms = expiresAt && { categories: inCategoryOrder(categories), purposes, expiresAt, write };
  const ready = terms && categories.length > 0 && purposes.length > 0 && (grantee.verified || unverifiedOk);
  const done = access.step === "done";

  return (
    <section
      aria-labelledby="grant-heading"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="grant-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900">
        Share with {grantee.name} <VerifiedBadge verified={grantee.verified} />
      </h2>
      <p className="break-all font-mono text-xs text-slate-500">{grantee.address}</p>
      {!grantee.verified && (
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
      <fieldset disabled={access.busy || done} className="space-y-5">
        <fieldset>
          <legend className="font-medium text-slate-900">Which records</legend>
          <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            {CLINICIAN_CATEGORIES.map((category) => (
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
            {CLINICIAN_PURPOSES.map((purpose) => (
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
            {EXPIRY_PRESETS.map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="expiry"
                  className="h-4 w-4"
                  checked={preset === option}
                  onChange={() => setPreset(option)}
                />
                {EXPIRY_PRESET_LABEL[option]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className={box}
            checked={write}
            onChange={(event) => setWrite(event.target.checked)}
          />
          They may add notes to my records
        </label>
      </fieldset>
      <div className="rounded-lg bg-brand-50 p-4" data-testid="grant-summary">
        <p className="text-sm font-medium text-slate-700">In short</p>
        <p className="mt-1 text-slate-900">
          {!terms
            ? "Reading the network's clock..."
            : categories.length === 0 || purposes.length === 0
              ? "Choose at least one kind of record and one purpose."
              : `${describeTerms(grantee, terms, { timeZone: "UTC" })}.`}
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
          <Notice tone="success" title={`You are now sharing with ${grantee.name}`}>
            You can see and stop this share under “My consents” below.
          </Notice>
          <PrimaryButton onClick={onClose}>Done</PrimaryButton>
        </>
      ) : (
        <div className="flex gap-3">
          <PrimaryButton
            disabled={!ready || access.busy}
            onClick={() =>
              terms &&
              void access.grant(grantee, {
                ...terms,
                allowUnverified: !grantee.verified && unverifiedOk,
              })
            }
          >
            {access.busy ? "Sharing..." : access.error ? "Try again" : "Share"}
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
