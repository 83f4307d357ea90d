"use client";

import { useRef } from "react";
import { type FileProgress, progressOf, type UploadStep } from "@/lib/records/uploadProgress";
import type { useRecordUploads } from "../hooks/useRecordUploads";
import { Card, Notice } from "../Notice";
import { DismissButton } from "./DismissButton";

const STEP_LABEL: Record<UploadStep, string> = {
  reading: "Reading the file",
  keys: "Saving new record keys for this kind of record (confirm in your wallet)",
  encrypting: "Encrypting on this device",
  uploading: "Uploading the encrypted file",
  anchoring: "Anchoring on the chain (confirm in your wallet)",
};

/** What to do about a file that was not added, in a patient's words. */
const NEXT_STEP = {
  fix: "Nothing from this file was added. Check the file, or ask whoever gave it to you for a FHIR file.",
  again: "Nothing from this file was added. Try again when you are ready.",
  pending:
    "The encrypted file is kept on this device (see “Waiting to be added”). Try again to finish adding it.",
} as const;

const statusOf = (file: FileProgress) =>
  file.stage === "done"
    ? "Added"
    : file.stage === "failed"
      ? "Not added"
      : file.stage === "keys" && file.keysReason
        ? `${file.keysReason} (confirm in your wallet)`
        : STEP_LABEL[file.stage];

type Uploads = ReturnType<typeof useRecordUploads>;

export function AddRecords({ uploads }: { uploads: Uploads }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Card title="Add records">
      <p>
        Files from your clinic or health app (FHIR files), PDFs and photos (PNG or JPEG). Files are encrypted
        on this device before anything is sent.
      </p>
      <label className="inline-block cursor-pointer rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
        Choose files
        <input
          ref={input}
          type="file"
          multiple
          className="sr-only"
          disabled={uploads.busy}
          accept=".json,application/json,application/fhir+json,application/pdf,image/png,image/jpeg"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (input.current) input.current.value = "";
            if (files.length > 0) void uploads.addFiles(files);
          }}
        />
      </label>
      {uploads.progress.length > 0 && (
        <ul className="space-y-3" aria-label="Files being added">
          {uploads.progress.map((file) => (
            <FileRow key={file.id} file={file} uploads={uploads} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function FileRow({ file, uploads }: { file: FileProgress; uploads: Uploads }) {
  const failed = file.stage === "failed";
  const status = statusOf(file);
  const working = file.stage !== "done" && !failed;
  return (
    <li className="space-y-1" aria-label={file.name}>
      <div className="flex items-center justify-between gap-3 text-sm">
        <bdi className="font-medium">{file.name}</bdi>
        <span className="flex items-center gap-2">
          <span className={failed ? "font-semibold text-red-700" : undefined}>
            {(failed || file.stage === "done") && <span aria-hidden="true">{failed ? "✕ " : "✓ "}</span>}
            <span>{status}</span>
          </span>
          {!working && (
            <DismissButton label={`Dismiss ${file.name}`} onClick={() => uploads.dismiss(file.id)} />
          )}
        </span>
      </div>
      <progress
        className={`h-2 w-full ${failed ? "accent-red-600" : "accent-brand-700"}`}
        max={1}
        value={progressOf(file)}
        aria-label={`${file.name}: ${status}`}
        data-stage={file.stage}
      />
      {failed && (
        <Notice tone="error" title={`Stopped at: ${STEP_LABEL[file.failedAt ?? "reading"].toLowerCase()}`}>
          <p>{file.error}</p>
          <p className="mt-1">{NEXT_STEP[file.recovery ?? "again"]}</p>
          {file.recovery !== "fix" && (
            <button
              type="button"
              className="mt-2 rounded-lg border border-red-300 bg-white px-3 py-1 font-medium text-red-800 hover:bg-red-100 disabled:opacity-60"
              disabled={uploads.busy}
              onClick={() => void uploads.retryFile(file.id)}
            >
              Try this file again
            </button>
          )}
        </Notice>
      )}
      {/* What an added file held that is not shown; a file not added says "Nothing from this file was added". */}
      {file.stage === "done" && file.notImported.length > 0 && (
        <div className="flex items-start gap-2">
          <div className="grow">
            <Notice tone="info" title={`Not everything in ${file.name} is shown`}>
              <ul className="list-disc pl-5" aria-label={`Not shown from ${file.name}`}>
                {file.notImported.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </Notice>
          </div>
          <DismissButton
            label={`Dismiss the import report for ${file.name}`}
            onClick={() => uploads.dismissReport(file.id)}
          />
        </div>
      )}
    </li>
  );
}
