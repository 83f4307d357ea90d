"use client";

import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { useRecordUploads } from "../hooks/useRecordUploads";
import { Card, Notice, PrimaryButton } from "../Notice";
import { DismissButton } from "./DismissButton";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * Uploads sealed on this device but not yet anchored: kept across reloads until retried. They are
 * named by kind and time only: the file name stays inside the encrypted envelope.
 */
export function PendingUploads({ uploads }: { uploads: ReturnType<typeof useRecordUploads> }) {
  const waiting = uploads.pending;
  if (waiting.length === 0) return null;
  return (
    <Card title="Waiting to be added">
      <p>
        These files are encrypted and kept on this device, but are not stored and anchored yet. Nothing is
        lost: try again when the connection is back.
      </p>
      <ul className="space-y-2" aria-label="Pending uploads">
        {waiting.map((upload) => (
          <li key={upload.recordId} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              {CATEGORY_LABEL[upload.category].replace(/^./, (c) => c.toUpperCase())}, sealed{" "}
              {dateTime.format(new Date(upload.createdAt))}
            </p>
            <p className="text-slate-500">
              {CATEGORY_LABEL[upload.category]} ·{" "}
              {upload.stage === "sealed" ? "not uploaded yet" : "uploaded, not anchored yet"}
            </p>
            {upload.error && (
              <div className="mt-2 flex items-start gap-2">
                <div className="grow">
                  <Notice tone="warning" title="The last attempt failed">
                    {upload.error}
                  </Notice>
                </div>
                <DismissButton
                  label={`Dismiss the message about the ${CATEGORY_LABEL[upload.category]} sealed ${dateTime.format(new Date(upload.createdAt))}`}
                  onClick={() => void uploads.dismissPendingError(upload)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <PrimaryButton disabled={uploads.busy} onClick={() => void uploads.retry()}>
        {uploads.busy ? "Working..." : "Try again"}
      </PrimaryButton>
    </Card>
  );
}
