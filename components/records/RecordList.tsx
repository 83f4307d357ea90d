"use client";

import { useMemo, useState } from "react";
import type { Address } from "viem";
import { formatDay } from "@/lib/clinical/dates";
import { buildClinicalView, isEmptyView } from "@/lib/clinical/model";
import { CATEGORY, CATEGORY_LABEL, type Category } from "@/lib/consent/codes";
import type { AnchoredRecord } from "@/lib/records/chain";
import { shownFileName } from "@/lib/records/fileName";
import type { OpenedRecord } from "@/lib/records/open";
import { directoryLookup, withAuthorNames } from "@/lib/records/read";
import { useDecryptedRecords } from "../hooks/useDecryptedRecords";
import { type DeleteRecord, useDeleteRecord } from "../hooks/useDeleteRecord";
import { useDirectory } from "../hooks/useDirectory";
import { Card, Notice } from "../Notice";
import { ClinicalSections } from "./ClinicalSections";
import { RecordRow } from "./RecordRow";
import { NoMatches, RecordSearch } from "./RecordSearch";
import { useViewSearch } from "./useViewSearch";
import { ViewErrorBoundary } from "./ViewErrorBoundary";

/** How a file is named in the list before and after it is decrypted (the writer's name, cleaned). */
export function fileName(opened: OpenedRecord | undefined): string {
  if (!opened) return "Encrypted record";
  if (opened.status === "verified") return shownFileName(opened.meta, opened.content);
  if (opened.status === "large") return "Large record";
  return "Record that could not be read";
}

const categoryName = (category: Category | "unknown") =>
  category === "unknown" ? "other" : CATEGORY_LABEL[category];

/** Files by category, in the categories' order; newest first within each. */
function groupByCategory(records: AnchoredRecord[]): [Category | "unknown", AnchoredRecord[]][] {
  const groups = new Map<Category | "unknown", AnchoredRecord[]>();
  for (const record of records) {
    const key = record.category ?? "unknown";
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups].sort(
    ([a], [b]) => (a === "unknown" ? 99 : CATEGORY[a]) - (b === "unknown" ? 99 : CATEGORY[b]),
  );
}

/** The text a file row shows, which is what the search matches on. */
const fileText = (record: AnchoredRecord, opened: OpenedRecord | undefined) =>
  `${fileName(opened)} added ${formatDay(record.addedAt)}`.toLowerCase();

/**
 * The patient's records as a clinician reads them: one view per clinical concept across every
 * file (decrypted in the background, shown as they arrive), a search over what is shown, and
 * the files themselves, each openable on its own.
 */
export function RecordList({ patient, records }: { patient: Address; records: AnchoredRecord[] }) {
  const decrypted = useDecryptedRecords(patient, records);
  const directory = useDirectory();
  const view = useMemo(
    () => buildClinicalView(withAuthorNames(decrypted.read, directoryLookup(directory.data ?? []))),
    [decrypted.read, directory.data],
  );
  const search = useViewSearch(view);
  const q = search.searched.toLowerCase();
  const files = q
    ? records.filter((r) => fileText(r, decrypted.opened.get(r.recordId)).includes(q))
    : records;
  const reading = decrypted.done < records.length;
  const deletion = useDeleteRecord(patient);
  const deleted = <DeletionNotice deletion={deletion} />;

  if (records.length === 0) {
    return (
      <div className="space-y-4">
        {deleted}
        <Card title="No records yet">
          <p>
            Records you add appear here, combined by test, condition and medicine, with the file each came
            from.
          </p>
        </Card>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {deleted}
      <RecordSearch label="Search your records" search={search} />
      {reading ? (
        <div className="space-y-1" data-testid="reading-progress">
          <p className="text-sm text-slate-600">
            Decrypting your records on this device: {decrypted.done} of {records.length} read.
            {q && " The search covers the records read so far."}
          </p>
          <progress
            className="h-2 w-full"
            max={records.length}
            value={decrypted.done}
            aria-label="Records decrypted"
          />
        </div>
      ) : (
        <p className="sr-only" data-testid="reading-done">
          All {records.length} records read.
        </p>
      )}
      {q && isEmptyView(search.shown) && files.length === 0 && (
        <NoMatches search={search} reading={reading} />
      )}
      {view.unreadable.length > 0 && (
        <Notice tone="warning" title="Some entries could not be read">
          <p>
            {view.unreadable.map((u, i) => (
              <span key={u.source.recordId}>
                {i > 0 && "; "}
                {u.count} {u.count === 1 ? "entry" : "entries"} in “<bdi>{u.source.name}</bdi>”
              </span>
            ))}{" "}
            {view.unreadable.length === 1 ? "is" : "are"} not shaped as a health record should be, so{" "}
            {view.unreadable.length === 1 && view.unreadable[0].count === 1 ? "it is" : "they are"} not shown.
            The file may be damaged; you can open it or delete it in the list of files.
          </p>
        </Notice>
      )}
      <ViewErrorBoundary>
        <ClinicalSections view={view} shown={search.shown} codesInline={false} />
      </ViewErrorBoundary>
      {files.length > 0 && (
        <section aria-label="Files">
          <h2 className="text-lg font-semibold text-slate-800">Files</h2>
          <p className="mb-2 text-sm text-slate-600">
            Each file as it was added, by kind. Open one to see it on its own.
          </p>
          <div className="space-y-4">
            {groupByCategory(files).map(([category, list]) => (
              <FileGroup
                key={category}
                name={categoryName(category)}
                list={list}
                showAll={q !== ""}
                render={(record) => (
                  <RecordRow
                    key={record.recordId}
                    patient={patient}
                    record={record}
                    background={decrypted.opened.get(record.recordId)}
                    deletion={deletion}
                  />
                )}
              />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

/** How many files of a kind are listed before "Show all". */
const FILES_SHOWN = 10;

/** The files of one kind, newest first; long lists show the newest few until asked for all. */
function FileGroup({
  name,
  list,
  showAll,
  render,
}: {
  name: string;
  list: AnchoredRecord[];
  showAll: boolean;
  render: (record: AnchoredRecord) => React.ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = showAll || expanded ? list : list.slice(0, FILES_SHOWN);
  return (
    <section aria-label={`Files: ${name}`}>
      <h3 className="mb-1 text-sm font-semibold text-slate-700 first-letter:uppercase">{name}</h3>
      <ul className="space-y-2">{shown.map(render)}</ul>
      {shown.length < list.length && (
        <button
          type="button"
          className="mt-2 text-sm font-medium text-brand-700 underline"
          onClick={() => setExpanded(true)}
        >
          Show all {list.length} files of {name}
        </button>
      )}
    </section>
  );
}

/** What became of the last deletion: done (with the sentence about copies), or what failed. */
function DeletionNotice({ deletion }: { deletion: DeleteRecord }) {
  const { step, deleting, error, unpinError } = deletion;
  if (!deleting) return null;
  const dismiss = (
    <button type="button" className="mt-2 text-sm font-medium underline" onClick={deletion.dismiss}>
      Dismiss
    </button>
  );
  if (step === "error") {
    return (
      <FocusOnShow>
        <Notice
          tone="error"
          title={
            <>
              “<bdi>{deleting.name}</bdi>” was not deleted
            </>
          }
        >
          <p>{error} Nothing changed; you can try again.</p>
          {dismiss}
        </Notice>
      </FocusOnShow>
    );
  }
  if (step !== "unpinning" && step !== "done") return null;
  return (
    <FocusOnShow>
      <Notice
        tone="success"
        title={
          <>
            “<bdi>{deleting.name}</bdi>” is deleted
          </>
        }
      >
        <p>
          It no longer appears in your records, and no one can open it through CareKeys from now on. Anyone
          who already read it, such as a clinician you shared it with, may have kept a copy.
        </p>
        {step === "unpinning" && <p className="mt-1">Removing the encrypted file from storage...</p>}
        {unpinError && (
          <div className="mt-2 text-amber-900">
            <p>{unpinError}</p>
            <button
              type="button"
              className="mt-1 text-sm font-medium underline"
              onClick={() => void deletion.retryUnpin()}
            >
              Try removing the file again
            </button>
          </div>
        )}
        {step === "done" && dismiss}
      </Notice>
    </FocusOnShow>
  );
}

const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** Moves focus to what it wraps when it appears (the row that had focus is gone). */
function FocusOnShow({ children }: { children: React.ReactNode }) {
  return (
    <div ref={focusOnMount} tabIndex={-1} className="outline-none">
      {children}
    </div>
  );
}
