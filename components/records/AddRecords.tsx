"use client";

import { useRef } from "react";
import { progressOf, type useRecordUploads } from "../hooks/useRecordUploads";
import { Card, Notice } from "../Notice";

const STAGE_LABEL = {
  reading: "Reading the file",
  keys: "Saving new record keys for this kind of record (confirm in your wallet)",
  encrypting: "Encrypting on this device",
  uploading: "Uploading the encrypted file",
  anchoring: "Anchoring on the chain (confirm in your wallet)",
  done: "Added",
  failed: "Not added",
} as const;

export function AddRecords({ uploads }: { uploads: ReturnType<typeof useRecordUploads> }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Card title="Add records">
      <p>
        FHIR R4 JSON exports (a Bundle or single resources), PDF documents and PNG or JPEG images. Files are
        encrypted on this device before anything is sent.
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
            <li key={file.id} className="space-y-1">
              <div className="flex justify-between text-sm">
                <span className="font-medium">{file.name}</span>
                <span>{STAGE_LABEL[file.stage]}</span>
              </div>
              <progress
                className="h-2 w-full accent-brand-700"
                max={1}
                value={progressOf(file.stage)}
                aria-label={`${file.name}: ${STAGE_LABEL[file.stage]}`}
              />
              {file.error && <Notice tone="error">{file.error}</Notice>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
