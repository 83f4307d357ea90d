"use client";

import { useEffect, useMemo, useState } from "react";
import type { Address } from "viem";
import type { RecordMeta } from "@/lib/crypto/envelope";
import type { AnchoredRecord } from "@/lib/records/chain";
import { downloadFileName, shownFileName } from "@/lib/records/fileName";
import { DOWNLOAD_TYPE, recordView } from "@/lib/records/fileTypes";
import type { OpenedRecord } from "@/lib/records/open";
import { Notice } from "../Notice";
import { FhirView } from "./FhirView";
import { PdfView } from "./PdfView";
import { RecordAuthor } from "./RecordAuthor";

/** Shows a record only when it passed every check; otherwise says what failed and shows nothing else. */
export function RecordViewer({
  patient,
  record,
  opened,
}: {
  patient: Address;
  record: AnchoredRecord;
  opened: OpenedRecord;
}) {
  if (opened.status !== "verified") {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-600">
          <RecordAuthor patient={patient} author={record.author} />
        </p>
        <Notice tone={opened.status === "tampered" ? "error" : "warning"} title="This record is not shown">
          {opened.reason}
        </Notice>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        <RecordAuthor patient={patient} author={record.author} />
      </p>
      <div className="text-sm text-emerald-800" data-testid="integrity">
        <p>✓ Checked: this file is exactly the one that was added.</p>
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">How this was checked</summary>
          Verified: the encrypted file matches its record on the blockchain (content address{" "}
          <span data-testid="integrity-cid" className="break-all font-mono">
            {record.cid}
          </span>
          ), and the decrypted content matches its fingerprint.
        </details>
      </div>
      <Content meta={opened.meta} content={opened.content} />
    </div>
  );
}

const NOT_SHOWN = "This file type is not shown in CareKeys; download it to open it with an app you trust.";

/**
 * The decrypted file, shown only as a type CareKeys renders safely (see {@link recordView}): FHIR
 * as tables, a PNG or JPEG as an image, a PDF drawn onto canvases by pdf.js (never by the
 * browser's own viewer, never from a URL); anything else is offered as opaque bytes to download,
 * never as a URL of the writer's type. Every file but FHIR keeps its download, under a name
 * that says what the saved file really is (see {@link downloadFileName}).
 */
function Content({ meta, content }: { meta: RecordMeta; content: Uint8Array }) {
  const { type } = meta;
  const view = recordView(type, content);
  const name = shownFileName(meta, content);
  const saveAs = downloadFileName(meta, content);
  const image = useMemo(
    () => (view === "image" ? new Blob([content as BlobPart], { type }) : null),
    [view, type, content],
  );
  // A browser neither renders nor sniffs application/octet-stream.
  const download = useMemo(
    () => (view === "fhir" ? null : new Blob([image ?? (content as BlobPart)], { type: DOWNLOAD_TYPE })),
    [view, image, content],
  );
  const imageUrl = useObjectUrl(image);
  const downloadUrl = useObjectUrl(download);
  if (view === "fhir") return <FhirView json={new TextDecoder().decode(content)} />;
  if (!downloadUrl) return null;
  return (
    <div className="space-y-2">
      {view === "image" && imageUrl && (
        // biome-ignore lint/performance/noImgElement: a decrypted blob: URL, not an optimisable asset
        <img src={imageUrl} alt={name} className="max-h-[32rem] rounded border" />
      )}
      {view === "pdf" && <PdfView name={name} content={content} />}
      {view === "download" && <Notice tone="info">{NOT_SHOWN}</Notice>}
      <a className="text-sm font-medium text-brand-700 underline" href={downloadUrl} download={saveAs}>
        Download <bdi>{saveAs}</bdi>
      </a>
    </div>
  );
}

/** A blob: URL for `blob` while the component shows it, revoked afterwards. */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return setUrl(null);
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url;
}
