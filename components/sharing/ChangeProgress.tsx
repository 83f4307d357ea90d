"use client";

import { SHARING_STEP_LABEL, type SharingStep } from "@/lib/sharing/steps";
import type { TransactionStatus } from "../hooks/useTransactor";

const ORDER = ["preparing", "storing", "transaction"] as const;

/** The steps of a sharing change, each marked done, in progress or to come. */
export function ChangeProgress({
  step,
  transaction,
}: {
  step: SharingStep | null;
  transaction: TransactionStatus;
}) {
  if (step === null || step === "done") return null;
  const current = ORDER.indexOf(step);
  return (
    <ol aria-label="Progress" className="space-y-1 text-sm">
      {ORDER.map((name, index) => {
        const state = index < current ? "done" : index === current ? "now" : "later";
        const detail =
          name === "transaction" && state === "now"
            ? transaction === "pending"
              ? " (waiting for the network)"
              : " (check your wallet)"
            : "";
        return (
          <li
            key={name}
            aria-current={state === "now" ? "step" : undefined}
            className={
              state === "later" ? "text-slate-400" : state === "now" ? "font-medium" : "text-slate-600"
            }
          >
            {state === "done" ? "✓ " : state === "now" ? "… " : "○ "}
            {SHARING_STEP_LABEL[name]}
            {detail}
          </li>
        );
      })}
    </ol>
  );
}
