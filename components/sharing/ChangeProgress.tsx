"use client";

import { useEffect, useRef } from "react";
import { SHARING_STEP_LABEL, type SharingStep } from "@/lib/sharing/steps";
import type { TransactionStatus } from "../hooks/useTransactor";
import { StepProgress } from "../StepProgress";

const STEPS = (["preparing", "storing", "transaction"] as const).map((id) => ({
  id,
  label: SHARING_STEP_LABEL[id],
}));

/**
 * The steps of a sharing change, each marked done, in progress or to come. When the change is
 * done, the form it belongs to shows its success notice right after these steps, in place of
 * the button that had focus: focus moves to that notice (as "Stop sharing" moves it to its
 * receipt), so a keyboard or screen-reader user is not sent back to the top of the page.
 */
export function ChangeProgress({
  step,
  transaction,
}: {
  step: SharingStep | null;
  transaction: TransactionStatus;
}) {
  const anchor = useRef<HTMLDivElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (step !== null && step !== "done") wasRunning.current = true;
    if (step !== "done" || !wasRunning.current) return;
    wasRunning.current = false;
    let next = anchor.current?.nextElementSibling ?? null;
    while (next && next.getAttribute("role") !== "status") next = next.nextElementSibling;
    if (next instanceof HTMLElement) {
      next.tabIndex = -1;
      next.focus();
    }
  }, [step]);
  return (
    <div ref={anchor} className="contents">
      <StepProgress steps={STEPS} step={step} transaction={transaction} />
    </div>
  );
}
