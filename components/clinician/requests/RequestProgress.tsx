"use client";

import type { TransactionStatus } from "../../hooks/useTransactor";
import { REQUEST_STEP_LABEL, type RequestStep } from "./useRequestAccess";

const ORDER = ["checking", "sealing", "storing", "transaction"] as const;

/** The steps of sending a request, each marked done, in progress or to come. */
export function RequestProgress({
  step,
  transaction,
}: {
  step: RequestStep | null;
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
              state === "later" ? "text-slate-500" : state === "now" ? "font-medium" : "text-slate-600"
            }
          >
            {state === "done" ? "✓ " : state === "now" ? "… " : "○ "}
            {REQUEST_STEP_LABEL[name]}
            {detail}
          </li>
        );
      })}
    </ol>
  );
}
