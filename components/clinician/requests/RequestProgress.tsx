"use client";

import type { TransactionStatus } from "../../hooks/useTransactor";
import { StepProgress } from "../../StepProgress";
import { REQUEST_STEP_LABEL, type RequestStep } from "./useRequestAccess";

const STEPS = (["checking", "sealing", "storing", "transaction"] as const).map((id) => ({
  id,
  label: REQUEST_STEP_LABEL[id],
}));

/** The steps of sending a request, each marked done, in progress or to come. */
export function RequestProgress({
  step,
  transaction,
}: {
  step: RequestStep | null;
  transaction: TransactionStatus;
}) {
  return <StepProgress steps={STEPS} step={step} transaction={transaction} />;
}
