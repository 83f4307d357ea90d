"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { useOpenedRecord } from "../hooks/useOpenedRecord";
import { Notice } from "../Notice";
import { RecordViewer } from "./RecordViewer";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export function RecordRow({
  patient,
  record,
  query,
}: {
  patient: Address;
  record: AnchoredRecord;
  query: string;
}) {
  const [open, setOpen] = useState(false);
  const opened = useOpenedRecord(patient, record);
  const data = opened.data;
  const name = data?.status === "verified" ? data.meta.name : "Encrypted record";
  if (query.trim() !== "" && data?.status === "verified") {
    const haystack = `${name} ${dateFormat.format(record.anchoredAt)} ${
      data.meta.type.includes("json") ? new TextDecoder().decode(data.content) : ""
    }`.toLowerCase();
    if (!haystack.includes(query.trim().toLowerCase())) return null;
  }
  return (
    <li className="rounded-lg border border-slate-200 bg-white">
      <button
        type="button"
        className="flex w-full items-center justify-between px-4 py-3 text-left"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="font-medium">{opened.isPending ? "Decrypting..." : name}</span>
        <span className="text-sm text-slate-500">
          {data && data.status !== "verified" && (
            <span className="mr-2 font-semibold text-red-700">Check failed</span>
          )}
          {dateFormat.format(record.anchoredAt)}
        </span>
      </button>
      {open && (
        <div className="border-t border-slate-200 p-4">
          {opened.error && <Notice tone="error">{opened.error.message}</Notice>}
          {data && <RecordViewer patient={patient} record={record} opened={data} />}
        </div>
      )}
    </li>
  );
}
