import type { Hex } from "viem";

/** The steps of adding one file, in order. */
export const UPLOAD_STEPS = ["reading", "keys", "encrypting", "uploading", "anchoring"] as const;
export type UploadStep = (typeof UPLOAD_STEPS)[number];

/**
 * What the person can do about a file that was not added: `fix` the file itself (it is not one
 * CareKeys can read), add it `again` (nothing was sealed; the file is still in this page), or
 * retry the `pending` upload (sealed and kept on this device, waiting under "Waiting to be added").
 */
export type Recovery = "fix" | "again" | "pending";

export type FileProgress = {
  id: string;
  name: string;
  size: number;
  stage: UploadStep | "done" | "failed";
  /** The step that failed, when `stage` is "failed". */
  failedAt: UploadStep | null;
  recovery: Recovery | null;
  error: string | null;
  /** Sentences about what the file held but CareKeys did not keep, shown until dismissed. */
  notImported: string[];
  /** The records sealed from this file (pending until anchored). */
  recordIds: Hex[];
  /** Why new record keys are being saved, when it is more than a first key (a party's access ended). */
  keysReason?: string;
};

const FRACTION: Record<UploadStep | "done", number> = {
  reading: 0.1,
  keys: 0.2,
  encrypting: 0.3,
  uploading: 0.55,
  anchoring: 0.8,
  done: 1,
};

/** How far the bar goes: a failed file stops where it failed, never at "full". */
export function progressOf(file: Pick<FileProgress, "stage" | "failedAt">): number {
  if (file.stage === "failed") return FRACTION[file.failedAt ?? "reading"];
  return FRACTION[file.stage];
}

export function startFile(id: string, file: { name: string; size: number }): FileProgress {
  return {
    id,
    name: file.name,
    size: file.size,
    stage: "reading",
    failedAt: null,
    recovery: null,
    error: null,
    notImported: [],
    recordIds: [],
  };
}

type Rows = FileProgress[];
const update = (rows: Rows, id: string, change: (row: FileProgress) => FileProgress): Rows =>
  rows.map((row) => (row.id === id ? change(row) : row));

/** Rows of the files being added now; finished ("Added") ones from before give way. */
export const addRows = (rows: Rows, added: FileProgress[]): Rows => [
  ...rows.filter((row) => row.stage !== "done" || row.notImported.length > 0),
  ...added,
];

export const moveTo = (rows: Rows, id: string, stage: UploadStep): Rows =>
  update(rows, id, (row) => ({ ...row, stage, failedAt: null, recovery: null, error: null }));

export const withDetails = (
  rows: Rows,
  id: string,
  details: Partial<Pick<FileProgress, "notImported" | "recordIds" | "keysReason">>,
) => update(rows, id, (row) => ({ ...row, ...details }));

export const failAt = (rows: Rows, id: string, error: string, recovery: Recovery): Rows =>
  update(rows, id, (row) => ({
    ...row,
    failedAt: row.stage === "failed" || row.stage === "done" ? row.failedAt : row.stage,
    stage: "failed",
    recovery,
    error,
  }));

/**
 * A file is added: its row says so, and earlier "Not added" rows of the same file (same name and
 * size) go away, since what they reported is resolved.
 */
export const finish = (rows: Rows, id: string): Rows => {
  const done = rows.find((row) => row.id === id);
  return update(rows, id, (row) => ({
    ...row,
    stage: "done",
    failedAt: null,
    recovery: null,
    error: null,
  })).filter(
    (row) =>
      !(done && row.id !== id && row.stage === "failed" && row.name === done.name && row.size === done.size),
  );
};

/** After a retry of pending uploads: a failed file whose records are no longer pending was added. */
export const settlePending = (rows: Rows, stillPending: ReadonlySet<Hex>): Rows =>
  rows.reduce<Rows>(
    (all, row) =>
      row.stage === "failed" &&
      row.recovery === "pending" &&
      row.recordIds.length > 0 &&
      row.recordIds.every((recordId) => !stillPending.has(recordId))
        ? finish(all, row.id)
        : all,
    rows,
  );

export const dismiss = (rows: Rows, id: string): Rows => rows.filter((row) => row.id !== id);

export const dismissReport = (rows: Rows, id: string): Rows =>
  update(rows, id, (row) => ({ ...row, notImported: [] }));
