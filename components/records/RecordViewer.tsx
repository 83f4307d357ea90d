"use client";

import { useEffect, useState } from "react";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import type { OpenedRecord } from "@/lib/records/open";
import { FHIR_JSON } from "@/lib/records/prepare";
import { Notice } from "../Notice";
import { FhirView } from "./FhirView";
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
      <p className="text-sm text-emerald-800" data-testid="integrity">
        ✓ Verified: the encrypted file matches its anchor on the chain ({record.cid.slice(0, 12)}...), and the
        decrypted content matches its fingerprint.
      </p>
      <Content type={opened.meta.type} name={opened.meta.name} content={opened.content} />
    </div>
  );
}

function Content({ type, name, content }: { type: string; name: string; content: Uint8Array }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (type === FHIR_JSON) return;
    const objectUrl = URL.createObjectURL(new Blob([content as BlobPart], { type }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [type, content]);
  if (type === FHIR_JSON) return <FhirView json={new TextDecoder().decode(content)} />;
  if (!url) return null;
  return (
    <div className="space-y-2">
      {type === "application/pdf" ? (
        <object
          data={url}
          type="application/pdf"
          className="h-[32rem] w-full rounded border"
          aria-label={name}
        >
          <p>This browser cannot show PDFs inline.</p>
        </object>
      ) : (
        // biome-ignore lint/performance/noImgElement: a decrypted blob: URL, not an optimisable asset
        <img src={url} alt={name} className="max-h-[32rem] rounded border" />
      )}
      <a className="text-sm font-medium text-brand-700 underline" href={url} download={name}>
        Download {name}
      </a>
    </div>
  );
}
