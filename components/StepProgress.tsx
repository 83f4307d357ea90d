"use client";

import type { TransactionStatus } from "./hooks/useTransactor";

/**
 * The steps of a multi-step action (store, then one transaction), each marked done, in progress
 * or to come; the transaction step says whether the wallet or the network is being waited for.
 */
export function StepProgress<Step extends string>({
  steps,
  step,
  transaction,
}: {
  /** In order; the one whose id is "transaction" is the wallet and the network. */
  steps: readonly { id: Step; label: string }[];
  step: Step | "done" | null;
  transaction: TransactionStatus;
}) {
  if (step === null || step === "done") return null;
  const current = steps.findIndex((s) => s.id === step);
  return (
    <ol aria-label="Progress" className="space-y-1 text-sm">
      {steps.map(({ id, label }, index) => {
        const state = index < current ? "done" : index === current ? "now" : "later";
        const detail =
          id === "transaction" && state === "now"
            ? transaction === "pending"
              ? " (waiting for the network)"
              : " (check your wallet)"
            : "";
        return (
          <li
            key={id}
            aria-current={state === "now" ? "step" : undefined}
            className={
              state === "later" ? "text-slate-500" : state === "now" ? "font-medium" : "text-slate-600"
            }
          >
            {state === "done" ? "✓ " : state === "now" ? "… " : "○ "}
            {label}
            {detail}
          </li>
        );
      })}
    </ol>
  );
}
