"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Address } from "viem";
import type { Category } from "@/lib/consent/codes";
import { type CategoryKey, newCategoryKey } from "@/lib/records/categoryKeys";
import type { AnchoredRecord } from "@/lib/records/chain";
import { ImportError } from "@/lib/records/fhir";
import { advanceUploads, type PendingUpload, type UploadStage } from "@/lib/records/pending";
import { indexedDbPendingStore } from "@/lib/records/pendingIdb";
import { prepareFile } from "@/lib/records/prepare";
import { sealDraft } from "@/lib/records/seal";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { recordsQueryKey } from "./useAnchoredRecords";
import { openedRecordQuery, useOpenContext } from "./useOpenedRecord";
import { useUploadSteps } from "./useUploadSteps";

export type FileProgress = {
  id: string;
  name: string;
  stage: "reading" | "encrypting" | UploadStage;
  error: string | null;
};

const PROGRESS: Record<FileProgress["stage"], number> = {
  reading: 0.1,
  encrypting: 0.3,
  uploading: 0.55,
  anchoring: 0.8,
  done: 1,
  failed: 1,
};
export const progressOf = (stage: FileProgress["stage"]) => PROGRESS[stage];

/**
 * Adding records: each file is read, split into record drafts, sealed on this device into a
 * CAR, kept as a pending upload (ciphertext only, in IndexedDB), uploaded and pinned, then
 * anchored with one transaction per file. Failures stay pending and can be retried.
 */
export function useRecordUploads(patient: Address, records: AnchoredRecord[] | undefined) {
  const app = useAppConfig();
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  const openContext = useOpenContext(patient);
  const store = useMemo(() => indexedDbPendingStore(), []);
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [busy, setBusy] = useState(false);

  const refreshPending = useCallback(async () => setPending(await store.list(patient)), [store, patient]);
  useEffect(() => {
    void refreshPending();
  }, [refreshPending]);

  const steps = useUploadSteps(patient);

  const setStage = useCallback((id: string, stage: FileProgress["stage"], error: string | null = null) => {
    setProgress((all) => all.map((p) => (p.id === id ? { ...p, stage, error } : p)));
  }, []);

  /** The key new records of a category are sealed with: the newest record's, or a new one. */
  const categoryKeyFor = useCallback(
    async (category: Category, cache: Map<Category, CategoryKey>): Promise<CategoryKey> => {
      const cached = cache.get(category);
      if (cached) return cached;
      const newest = records?.find((r) => r.category === category);
      let resolved = newCategoryKey();
      if (newest && openContext) {
        const opened = await queryClient.fetchQuery(openedRecordQuery(newest, openContext));
        if (opened.status === "verified") resolved = opened.categoryKey;
      }
      cache.set(category, resolved);
      return resolved;
    },
    [records, openContext, queryClient],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      if (!key) return;
      setBusy(true);
      const entries = files.map((file, i) => ({ file, id: `${Date.now()}-${i}` }));
      setProgress((all) => [
        ...all.filter((p) => p.stage !== "done"),
        ...entries.map(({ file, id }) => ({ id, name: file.name, stage: "reading" as const, error: null })),
      ]);
      const keys = new Map<Category, CategoryKey>();
      for (const { file, id } of entries) {
        try {
          const drafts = prepareFile(
            { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
            { maxBytes: app.maxRecordBytes },
          );
          setStage(id, "encrypting");
          const uploads: PendingUpload[] = [];
          for (const draft of drafts) {
            const categoryKey = await categoryKeyFor(draft.category, keys);
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
              name: draft.meta.name,
              summary: draft.summary,
              cid: sealed.cid,
              contentHash: sealed.contentHash,
              carSize: sealed.carSize,
              stage: "sealed",
              error: null,
              createdAt: new Date().toISOString(),
            };
            await store.save(upload, sealed.carParts);
            uploads.push(upload);
          }
          await advanceUploads(uploads, store, steps, (_, stage) => setStage(id, stage));
          setStage(id, "done");
        } catch (error) {
          setStage(
            id,
            "failed",
            error instanceof ImportError || error instanceof Error ? error.message : String(error),
          );
        }
      }
      await refreshPending();
      await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
      setBusy(false);
    },
    [key, app, patient, store, steps, categoryKeyFor, setStage, refreshPending, queryClient],
  );

  const retry = useCallback(async () => {
    setBusy(true);
    try {
      await advanceUploads(await store.list(patient), store, steps);
    } catch {
      // the failure is saved on the pending upload and shown from there
    }
    await refreshPending();
    await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
    setBusy(false);
  }, [store, patient, steps, refreshPending, queryClient]);

  return { addFiles, retry, progress, pending, busy };
}
