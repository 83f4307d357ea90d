"use client";

import { SHARING_STEP_LABEL, type SharingStep } from "@/lib/sharing/steps";
import type { TransactionStatus } from "../hooks/useTransactor";
import { StepProgress } from "../StepProgress";

const STEPS = (["preparing", "storing", "transaction"] as const).map((id) => ({
  id,
  label: SHARING_STEP_LABEL[id],
}));

/** The steps of a sharing change, each marked done, in progress or to come. */
export function ChangeProgress({
  step,
  transaction,
}: {
  step: SharingStep | null;
  transaction: TransactionStatus;
}) {
  return <StepProgress steps={STEPS} step={step} transaction={transaction} />;
}
