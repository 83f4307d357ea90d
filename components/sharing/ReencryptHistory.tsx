"use client";

import { useEffect, useId, useRef } from "react";
import type { Address } from "viem";
import type { Category } from "@/lib/consent/codes";
import { REENCRYPT_BATCH } from "@/lib/sharing/reencrypt";
import { Notice, PrimaryButton } from "../Notice";
import { useReencryptHistory } from "./useReencryptHistory";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const PHASE_WORDS = {
  encrypting: "Encrypting again on this device and storing",
  transaction: "Confirming in your wallet and on the blockchain",
  removing: "Removing the old copies from CareKeys' storage",
} as const;

/**
 * "Re-encrypt older records": why, what it does and cannot do, a progress bar (n of N), and what
 * happened. `categories` limits it to the kinds of records a party held (all kinds when omitted).
 */
export function ReencryptHistory({
  patient,
  categories,
}: {
  patient: Address;
  categories?: readonly Category[];
}) {
  const run = useReencryptHistory(patient, categories);
  const { state } = run;
  const id = useId();
  const done = useRef<HTMLDivElement>(null);
  // When it finishes, focus moves to what happened (as "Stop sharing" does with its receipt).
  useEffect(() => {
    if (state.step === "finished") done.current?.focus();
  }, [state.step]);
  const left = state.step === "finished" ? state.skipped + state.unreadable : 0;
  // Nothing is left to do: no warning, no button.
  const settled =
    (state.step === "finished" && left === 0 && !run.unfinished) ||
    (state.step === "idle" && run.upToDate && !run.error);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid="reencrypt-history"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800"
    >
      <h3 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
        Re-encrypt older records
      </h3>
      {!settled && (
        <>
          <p>
            Someone you stopped sharing with still holds the old keys. With them they could open the copies of
            your records that were stored before, if they fetch them. This encrypts those records again with
            new keys and removes the old copies from CareKeys' storage. Copies they already downloaded cannot
            be recalled.
          </p>
          <p className="text-slate-600">
            Your wallet asks you to confirm once for every {REENCRYPT_BATCH} records. If you stop or reload
            the page, press the button again to continue where it stopped. Notes others added (such as a
            clinician's note) are not changed: they are encrypted with their author's own key, not with the
            keys you shared.
          </p>
        </>
      )}
      {state.step === "idle" && settled && (
        <p data-testid="reencrypt-settled">
          All your records use your newest keys: nothing is left to re-encrypt.
        </p>
      )}
      {run.unfinished && !run.busy && (
        <Notice tone="warning">
          An earlier re-encryption did not finish. Press the button to complete it.
        </Notice>
      )}
      {state.step === "checking" && (
        <p role="status">
          Checking which records use older keys
          {state.total > 0 ? ` (${state.checked} of ${state.total})` : ""}...
        </p>
      )}
      {state.step === "running" && (
        <div role="status" className="space-y-1">
          <label htmlFor={`${id}-progress`} className="block font-medium">
            {state.done} of {state.total} records re-encrypted
          </label>
          <progress
            id={`${id}-progress`}
            max={Math.max(state.total, 1)}
            value={state.done}
            className="h-2 w-full"
          />
          <p className="text-slate-600">
            {PHASE_WORDS[state.phase]}
            {state.phase === "transaction" &&
              (run.transaction === "pending" ? " (waiting for the network)" : " (check your wallet)")}
            ...
          </p>
        </div>
      )}
      {state.step === "finished" && (
        <div
          ref={done}
          tabIndex={-1}
          data-testid="reencrypt-done"
          className="outline-none focus:ring-2 focus:ring-brand-700 rounded-lg"
        >
          <Notice tone="success" title="Done">
            {state.reencrypted > 0
              ? `${plural(state.reencrypted, "record was", "records were")} encrypted again with new keys, and the old copies were removed from CareKeys' storage.`
              : state.leftOver > 0
                ? `Your records already use your newest keys. ${plural(state.leftOver, "old copy", "old copies")} left by an earlier run ${state.leftOver === 1 ? "was" : "were"} removed from CareKeys' storage.`
                : "All your records already use your newest keys."}
            {state.byOthers > 0 &&
              ` ${plural(state.byOthers, "note", "notes")} added by others ${state.byOthers === 1 ? "was" : "were"} left as ${state.byOthers === 1 ? "it was" : "they were"}.`}
            {state.skipped + state.unreadable > 0 &&
              ` ${plural(state.skipped + state.unreadable, "record", "records")} could not be read right now and ${state.skipped + state.unreadable === 1 ? "was" : "were"} left as ${state.skipped + state.unreadable === 1 ? "it was" : "they were"}; try again later.`}
            {settled && " Nothing is left to re-encrypt."}
          </Notice>
        </div>
      )}
      {state.step === "stopped" && (
        <Notice tone="warning" title="Stopped">
          {state.reencrypted} of {state.total} records were re-encrypted. The others are unchanged. Press the
          button to continue.
        </Notice>
      )}
      {run.error && (
        <Notice tone="error" title="Re-encryption did not finish">
          {run.error}
        </Notice>
      )}
      {!settled && (
        <PrimaryButton onClick={() => void run.start()} disabled={run.busy}>
          {run.busy
            ? "Re-encrypting..."
            : state.step === "stopped" || run.unfinished
              ? "Continue re-encrypting"
              : "Re-encrypt older records"}
        </PrimaryButton>
      )}
    </section>
  );
}
