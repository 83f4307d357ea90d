"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Address } from "viem";
import { ImportError, importReport } from "@/lib/records/fhir";
import { currentKey } from "@/lib/records/keyring";
import { parseFhirInWorker } from "@/lib/records/parseInWorker";
import { advanceUploads, type PendingUpload } from "@/lib/records/pending";
import { indexedDbPendingStore } from "@/lib/records/pendingIdb";
import { refreshKept, resealIfOutdated } from "@/lib/records/pendingReseal";
import { prepareFile } from "@/lib/records/prepare";
import { sealDraft } from "@/lib/records/seal";
import {
  addRows,
  dismiss,
  dismissReport,
  type FileProgress,
  failAt,
  finish,
  moveTo,
  type Recovery,
  settlePending,
  startFile,
  type UploadStep,
  withDetails,
} from "@/lib/records/uploadProgress";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { recordsQueryKey } from "./useAnchoredRecords";
import { useSealingKeys } from "./useSealingKeys";
import { useUploadSteps } from "./useUploadSteps";

/**
 * Adding records: each file is read, split into record drafts, sealed on this device into a
 * CAR, kept as a pending upload (ciphertext only, in IndexedDB), uploaded and pinned, then
 * anchored with one transaction per file. A failure stops the file at the step that failed and says
 * what to do: fix the file, add it again (nothing was sealed), or retry the upload kept on this
 * device. Every message can be dismissed.
 * Records are sealed only with the keys of the patient's own keyring ({@link useSealingKeys}).
 */
export function useRecordUploads(patient: Address) {
  const app = useAppConfig();
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  const store = useMemo(() => indexedDbPendingStore(), []);
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [busy, setBusy] = useState(false);
  // The chosen files, so one that failed before anything was sealed can be added again from its row.
  const chosen = useRef(new Map<string, File>());

  const refreshPending = useCallback(async () => {
    const list = await store.list(patient);
    setPending(list);
    return list;
  }, [store, patient]);
  useEffect(() => {
    void refreshPending();
  }, [refreshPending]);

  const steps = useUploadSteps(patient);

  const setStage = useCallback((id: string, stage: UploadStep) => {
    setProgress((all) => moveTo(all, id, stage));
  }, []);

  const keysFor = useSealingKeys(patient, steps);

  const addOne = useCallback(
    async (file: File, id: string) => {
      if (!key) return;
      // Where a failure leaves the person: nothing sealed yet, so the file can simply be added again.
      let recovery: Recovery = "again";
      try {
        // The size is known before the file is read: a file over the limit is never loaded.
        if (file.size > app.maxRecordBytes) {
          throw new ImportError(
            `"${file.name}" is ${(file.size / 1048576).toFixed(1)} MiB, more than the ${(app.maxRecordBytes / 1048576).toFixed(0)} MiB CareKeys accepts per file.`,
          );
        }
        const prepared = await prepareFile(
          { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
          { maxBytes: app.maxRecordBytes, parse: parseFhirInWorker },
        );
        const { drafts } = prepared;
        setProgress((all) => withDetails(all, id, { notImported: importReport(prepared) }));
        const keys = await keysFor(
          drafts.map((draft) => draft.category),
          (reason) => {
            setStage(id, "keys");
            if (reason) setProgress((all) => withDetails(all, id, { keysReason: reason }));
          },
        );
        setStage(id, "encrypting");
        const uploads: PendingUpload[] = [];
        for (const draft of drafts) {
          const categoryKey = currentKey(keys, draft.category);
          if (!categoryKey) throw new Error(`No key for ${draft.category}: try again.`);
          const sealed = await sealDraft({
            draft,
            chainId: app.chainId,
            consent: app.consentAddress,
            patient,
            categoryKey,
            patientPublicKey: key.publicKey,
          });
          const upload: PendingUpload = {
            recordId: sealed.recordId,
            patient,
            category: draft.category,
            cid: sealed.cid,
            contentHash: sealed.contentHash,
            carSize: sealed.carSize,
            stage: "sealed",
            error: null,
            createdAt: new Date().toISOString(),
          };
          await store.save(upload, sealed.carParts);
          uploads.push(upload);
          recovery = "pending";
        }
        setProgress((all) => withDetails(all, id, { recordIds: uploads.map((u) => u.recordId) }));
        await advanceUploads(uploads, store, steps, (_, stage) => {
          if (stage === "uploading" || stage === "anchoring") setStage(id, stage);
        });
        // The list shows the new records before the row says "Added" (never "No records yet" beside it).
        await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) }).catch(() => {});
        setProgress((all) => finish(all, id));
        chosen.current.delete(id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setProgress((all) => failAt(all, id, message, error instanceof ImportError ? "fix" : recovery));
        if (error instanceof ImportError || recovery === "pending") chosen.current.delete(id);
      }
    },
    [key, app, patient, store, steps, keysFor, setStage, queryClient],
  );

  const settle = useCallback(async () => {
    const stillPending = new Set((await refreshPending()).map((upload) => upload.recordId));
    setProgress((all) => settlePending(all, stillPending));
    await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
  }, [refreshPending, queryClient, patient]);

  const addFiles = useCallback(
    async (files: File[]) => {
      if (!key) return;
      setBusy(true);
      const entries = files.map((file, i) => ({ file, id: `${Date.now()}-${i}` }));
      for (const { file, id } of entries) chosen.current.set(id, file);
      setProgress((all) =>
        addRows(
          all,
          entries.map(({ file, id }) => startFile(id, file)),
        ),
      );
      for (const { file, id } of entries) await addOne(file, id);
      await settle();
      setBusy(false);
    },
    [key, addOne, settle],
  );

  /**
   * The uploads kept on this device, each sealed with its kind's newest key first: keys replaced
   * since it was sealed (sharing stopped, a share ran out) must not reach whoever held the old ones
   * (see resealIfOutdated). A failure here is saved on every kept upload, which stay as they were.
   */
  const freshKept = useCallback(async () => {
    const kept = await store.list(patient);
    if (kept.length === 0 || !key) return kept;
    try {
      const keys = await keysFor([...new Set(kept.map((upload) => upload.category))], () => {});
      return await refreshKept(kept, {
        store,
        anchorState: steps.anchorState,
        reseal: (upload, car) =>
          resealIfOutdated({
            upload,
            car,
            keys,
            identity: key,
            chainId: app.chainId,
            consent: app.consentAddress,
          }),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const upload of kept) await store.save({ ...upload, error: message });
      throw error;
    }
  }, [store, patient, key, keysFor, app, steps]);

  const retry = useCallback(async () => {
    setBusy(true);
    try {
      await advanceUploads(await freshKept(), store, steps);
    } catch {
      // the failure is saved on the pending upload and shown from there
    }
    await settle();
    setBusy(false);
  }, [store, steps, settle, freshKept]);

  /** A failed file's "Try again": the same file from the start, or its upload kept on this device. */
  const retryFile = useCallback(
    async (id: string) => {
      const row = progress.find((p) => p.id === id);
      const file = chosen.current.get(id);
      if (row?.recovery === "pending") return retry();
      if (row?.recovery !== "again" || !file) return;
      setBusy(true);
      setProgress((all) => moveTo(all, id, "reading"));
      await addOne(file, id);
      await settle();
      setBusy(false);
    },
    [progress, retry, addOne, settle],
  );

  /** Hides a pending upload's message; the upload itself stays until it is added. */
  const dismissPendingError = useCallback(
    async (upload: PendingUpload) => {
      await store.save({ ...upload, error: null });
      await refreshPending();
    },
    [store, refreshPending],
  );

  return {
    addFiles,
    retry,
    retryFile,
    dismiss: (id: string) => {
      chosen.current.delete(id);
      setProgress((all) => dismiss(all, id));
    },
    dismissReport: (id: string) => setProgress((all) => dismissReport(all, id)),
    dismissPendingError,
    progress,
    pending,
    busy,
  };
}
