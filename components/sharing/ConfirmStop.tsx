"use client";

import { useEffect, useRef } from "react";
import type { useStopSharing } from "../hooks/useStopSharing";
import { Notice } from "../Notice";
import { ChangeProgress } from "./ChangeProgress";

/**
 * Says plainly what stopping does before it happens, then shows its progress or why it did not
 * happen. `who` null: stop sharing with everyone.
 */
export function ConfirmStop({
  who,
  stopping,
  onConfirm,
  onCancel,
}: {
  who: string | null;
  stopping: ReturnType<typeof useStopSharing>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const them = who ?? "everyone you share with";
  return (
    <section
      aria-labelledby="stop-heading"
      className="mt-3 space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950"
    >
      <h3 id="stop-heading" ref={heading} tabIndex={-1} className="text-base font-semibold">
        {who ? (
          <>
            Stop sharing with <bdi>{who}</bdi>?
          </>
        ) : (
          "Stop sharing with everyone?"
        )}
      </h3>
      <ul className="list-disc space-y-1 pl-5">
        <li>Access for {them} ends now, on the blockchain.</li>
        <li>
          Records you add from now on are encrypted with new keys that{" "}
          {who ? "they do" : "nobody you shared with does"} not get.
        </li>
        <li>
          What {who ? "they have" : "anyone has"} already read cannot be recalled: copies may have been kept.
        </li>
      </ul>
      <p>This takes one transaction in your wallet.</p>
      <ChangeProgress step={stopping.step} transaction={stopping.transaction} />
      {stopping.error && (
        <Notice tone="error" title="Sharing has not stopped">
          {stopping.error}
        </Notice>
      )}
      <div className="flex gap-3">
        <button
          type="button"
          disabled={stopping.busy}
          onClick={onConfirm}
          className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {stopping.busy ? "Stopping..." : stopping.error ? "Try again" : "Stop sharing now"}
        </button>
        <button
          type="button"
          disabled={stopping.busy}
          onClick={onCancel}
          className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-white"
        >
          Keep sharing
        </button>
      </div>
    </section>
  );
}
