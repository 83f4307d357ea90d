"use client";

import { memo, useState } from "react";

/** Focuses an element once, when it appears (a stable ref: re-renders do not pull focus back). */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

import type { Address } from "viem";
import { formatDay } from "@/lib/clinical/dates";
import type { AnchoredRecord } from "@/lib/records/chain";
import type { OpenedRecord } from "@/lib/records/open";
import type { DeleteRecord } from "../hooks/useDeleteRecord";
import { useOpenedRecord } from "../hooks/useOpenedRecord";
import { Notice } from "../Notice";
import { fileName } from "./RecordList";
import { RecordViewer } from "./RecordViewer";

/**
 * One file as it was added. `background` is what the background reader found; opening the row
 * reads the file whole (a large file is read only then).
 */
export const RecordRow = memo(function RecordRow({
  patient,
  record,
  background,
  deletion,
}: {
  patient: Address;
  record: AnchoredRecord;
  background: OpenedRecord | undefined;
  deletion: DeleteRecord;
}) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const busy = deletion.step === "pending" && deletion.deleting?.record.recordId === record.recordId;
  const data = background?.status === "large" ? undefined : background;
  const failed = data && data.status !== "verified";
  return (
    <li className="rounded-lg border border-slate-200 bg-white" data-testid="file-row">
      <button
        type="button"
        className="flex w-full items-center justify-between gap-4 px-4 py-3 text-left"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <bdi className="font-medium">{fileName(data ?? background)}</bdi>
        <span className="shrink-0 text-sm text-slate-500">
          {failed && <span className="mr-2 font-semibold text-red-700">Check failed</span>}
          added {formatDay(record.addedAt)}
        </span>
      </button>
      {open && (
        <div className="border-t border-slate-200 p-4">
          <OpenRecord patient={patient} record={record} />
          <div className="mt-4 border-t border-slate-100 pt-3">
            {busy ? (
              <p className="text-sm text-slate-600" role="status">
                Deleting: confirm the transaction in your wallet...
              </p>
            ) : confirming ? (
              <div
                ref={focusOnMount}
                tabIndex={-1}
                role="alertdialog"
                aria-labelledby={`delete-${record.recordId}`}
                className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
              >
                <p id={`delete-${record.recordId}`}>
                  Delete “<bdi>{fileName(data ?? background)}</bdi>”? It will no longer appear in your
                  records, and no one will be able to open it through CareKeys. Anyone who already read it may
                  have kept a copy. This cannot be undone. Other records made from the same file stay.
                </p>
                <div className="flex gap-3">
                  <button
                    type="button"
                    className="rounded-lg bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800"
                    onClick={() => {
                      setConfirming(false);
                      void deletion.remove(record, fileName(data ?? background));
                    }}
                  >
                    Delete record
                  </button>
                  <button
                    type="button"
                    className="px-3 py-1.5 font-medium underline"
                    onClick={() => setConfirming(false)}
                  >
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="text-sm font-medium text-red-700 underline"
                disabled={deletion.step === "pending"}
                onClick={() => setConfirming(true)}
              >
                Delete this record
              </button>
            )}
          </div>
        </div>
      )}
    </li>
  );
});

/** The record read whole (only while its row is open: a large record is read only then). */
function OpenRecord({ patient, record }: { patient: Address; record: AnchoredRecord }) {
  const opened = useOpenedRecord(patient, record);
  return (
    <>
      {opened.isPending && <p className="text-sm text-slate-500">Decrypting...</p>}
      {opened.error && <Notice tone="error">{opened.error.message}</Notice>}
      {opened.data && <RecordViewer patient={patient} record={record} opened={opened.data} />}
    </>
  );
}
