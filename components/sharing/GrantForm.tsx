"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import type { Category, Purpose } from "@/lib/consent/codes";
import { CLINICIAN_CATEGORIES, inCategoryOrder, untilInWords } from "@/lib/sharing/consentView";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import type { GrantChoice } from "@/lib/sharing/grantKeyring";
import {
  describeTerms,
  EXPIRY_PRESET_LABEL,
  EXPIRY_PRESETS,
  type ExpiryPreset,
  expiresAtFor,
} from "@/lib/sharing/grants";
import type { SharingStep } from "@/lib/sharing/steps";
import { useAppConfig } from "../AppConfigContext";
import { useGrantAccess } from "../hooks/useGrantAccess";
import type { TransactionStatus } from "../hooks/useTransactor";
import { Notice, PrimaryButton } from "../Notice";
import { ChangeProgress } from "./ChangeProgress";
import { CLINICIAN_PURPOSES, TermsPicker, type TermsValue } from "./TermsPicker";
import { UnverifiedConfirm } from "./UnverifiedConfirm";
import { VerifiedBadge } from "./VerifiedBadge";

const _box = "h-4 w-4 rounded border-slate-400";

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
  const access = useGrantAccess(patient);
  return (
    <section
      aria-labelledby="grant-heading"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <TermsForm
        headingId="grant-heading"
        heading={<>Share with {grantee.name}</>}
        grantee={grantee}
        change={access}
        words={{
          action: "Share",
          busy: "Sharing...",
          failed: "Nothing was shared",
          done: `You are now sharing with ${grantee.name}`,
        }}
        onSubmit={(choice) => access.grant(grantee, choice)}
        onClose={onClose}
      />
    </section>
  );
}

/** Where the terms start from when a share is edited. */
export type StartingTerms = {
  categories: Category[];
  purposes: Purpose[];
  expiresAt: Date;
  write: boolean;
};

/** The expiry choices: the presets, and (when editing) keeping the current end. */
type ExpiryChoice = ExpiryPreset | "keep";

/**
 * The terms of a share (kinds, purposes, expiry, notes), the plain summary of them before the
 * wallet opens, the progress and the outcome. A new grant starts empty; an edit starts from the
 * share's current terms (`start`) and can keep its end date. `note` adds a sentence to the
 * summary for the chosen terms (e.g. what taking kinds away does).
 */
export function TermsForm({
  headingId,
  heading,
  grantee,
  start,
  change,
  words,
  note,
  onSubmit,
  onClose,
}: {
  headingId: string;
  heading: ReactNode;
  grantee: DirectoryEntry;
  start?: StartingTerms;
  change: { step: SharingStep | null; transaction: TransactionStatus; error: string | null; busy: boolean };
  words: { action: string; busy: string; failed: string; done: string };
  note?: (choice: GrantChoice) => string | null;
  onSubmit: (choice: GrantChoice) => Promise<unknown>;
  onClose: () => void;
}) {
  const { chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const [picked, setPicked] = useState<TermsValue>({
    categories: start?.categories ?? [],
    purposes: start?.purposes ?? ["treatment"],
    expiry: start ? "keep" : "thisVisit",
    write: start?.write ?? false,
  });
  const { categories, purposes, write } = picked;
  const expiry = picked.expiry as ExpiryChoice;
  const [unverifiedOk, setUnverifiedOk] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // Expiries count from the chain's clock, which is what the contract checks them against.
  const chainNow = useQuery({
    queryKey: ["chain-now", grantee.address],
    enabled: Boolean(client),
    queryFn: async () => new Date(Number((await client!.getBlock()).timestamp) * 1000),
  });
  const expiresAt =
    expiry === "keep" ? start?.expiresAt : chainNow.data ? expiresAtFor(expiry, chainNow.data) : undefined;
  const terms = expiresAt && { categories: inCategoryOrder(categories), purposes, expiresAt, write };
  const unchanged = start !== undefined && terms !== undefined && sameTerms(start, terms);
  const ready =
    terms && categories.length > 0 && purposes.length > 0 && !unchanged && (grantee.verified || unverifiedOk);
  const done = change.step === "done";
  const extra = terms && ready ? note?.(terms) : null;
  const choices: ExpiryChoice[] = start ? ["keep", ...EXPIRY_PRESETS] : [...EXPIRY_PRESETS];

  return (
    <>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-slate-900">
        {heading} <VerifiedBadge verified={grantee.verified} />
      </h2>
      <p className="break-all font-mono text-xs text-slate-500">{grantee.address}</p>
      {!grantee.verified && (
        <UnverifiedConfirm checked={unverifiedOk} disabled={change.busy || done} onChange={setUnverifiedOk} />
      )}
      <TermsPicker
        name={headingId}
        disabled={change.busy || done}
        options={{
          categories: CLINICIAN_CATEGORIES,
          purposes: CLINICIAN_PURPOSES,
          expiries: choices.map((option) => ({
            id: option,
            label:
              option === "keep" && start
                ? `Keep as it is (${untilInWords(start.expiresAt)})`
                : EXPIRY_PRESET_LABEL[option as ExpiryPreset],
          })),
          writeLabel: "They may add notes to my records",
        }}
        value={picked}
        onChange={setPicked}
      />
      <div className="rounded-lg bg-brand-50 p-4" data-testid="grant-summary">
        <p className="text-sm font-medium text-slate-700">In short</p>
        <p className="mt-1 text-slate-900">
          {!terms
            ? "Reading the network's clock..."
            : categories.length === 0 || purposes.length === 0
              ? "Choose at least one kind of record and one purpose."
              : unchanged
                ? "Nothing has changed yet."
                : `${describeTerms(grantee, terms, { timeZone: "UTC" })}.`}
        </p>
        {extra && <p className="mt-1 text-slate-900">{extra}</p>}
      </div>
      <ChangeProgress step={change.step} transaction={change.transaction} />
      {change.error && (
        <Notice tone="error" title={words.failed}>
          {change.error}
        </Notice>
      )}
      {done ? (
        <>
          <Notice tone="success" title={words.done}>
            You can see, change or stop this share under “My consents”.
          </Notice>
          <PrimaryButton onClick={onClose}>Done</PrimaryButton>
        </>
      ) : (
        <div className="flex gap-3">
          <PrimaryButton
            disabled={!ready || change.busy}
            onClick={() =>
              terms && void onSubmit({ ...terms, allowUnverified: !grantee.verified && unverifiedOk })
            }
          >
            {change.busy ? words.busy : change.error ? "Try again" : words.action}
          </PrimaryButton>
          <button
            type="button"
            disabled={change.busy}
            onClick={onClose}
            className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
          >
            Cancel
          </button>
        </div>
      )}
    </>
  );
}

const sameSet = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

const sameTerms = (a: StartingTerms, b: StartingTerms) =>
  sameSet(a.categories, b.categories) &&
  sameSet(a.purposes, b.purposes) &&
  a.expiresAt.getTime() === b.expiresAt.getTime() &&
  a.write === b.write;
