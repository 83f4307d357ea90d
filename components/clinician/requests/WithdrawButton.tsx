"use client";

import type { Address } from "viem";
import type { AccessRequest } from "@/lib/sharing/requests";
import { Notice } from "../../Notice";
import { useWithdrawRequest } from "./useWithdrawRequest";

/** "Withdraw" on one of the clinician's pending requests, with its progress and a plain error. */
export function WithdrawButton({ me, request }: { me: Address; request: AccessRequest }) {
  const withdrawal = useWithdrawRequest(me);
  return (
    <div className="mt-2 space-y-2">
      {withdrawal.error && (
        <Notice tone="error" title="The request was not withdrawn">
          {withdrawal.error}
        </Notice>
      )}
      <button
        type="button"
        disabled={withdrawal.busy}
        onClick={() => void withdrawal.withdraw(request)}
        className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {withdrawal.busy
          ? withdrawal.status === "pending"
            ? "Withdrawing..."
            : "Check your wallet..."
          : "Withdraw this request"}
      </button>
    </div>
  );
}
