"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Address } from "viem";
import { usePublicClient, useConfig as useWagmiConfig } from "wagmi";
import type { Category } from "@/lib/consent/codes";
import { cidToBytes } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { writeCall } from "@/lib/contracts/writeCall";
import { ImportError } from "@/lib/records/fhir";
import { type CategoryKeys, currentKey } from "@/lib/records/keyring";
import { type OwnKeyring, ownKeyringCar, ownKeyringCid, withKeysFor } from "@/lib/records/ownKeyring";
import { advanceUploads, type PendingUpload, type UploadStage } from "@/lib/records/pending";
import { indexedDbPendingStore } from "@/lib/records/pendingIdb";
import { prepareFile } from "@/lib/records/prepare";
import { sealDraft } from "@/lib/records/seal";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { recordsQueryKey } from "./useAnchoredRecords";
import { keyringKey, loadKeyringFor, rememberOwnKeyring } from "./useOwnKeyring";
import { useUploadSteps } from "./useUploadSteps";

export type FileProgress = {
  id: string;
  name: string;
  stage: "reading" | "keys" | "encrypting" | UploadStage;
  error: string | null;
};

const PROGRESS: Record<FileProgress["stage"], number> = {
  reading: 0.1,
  keys: 0.2,
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
 *
 * Records are sealed only with category keys from the patient's own keyring, read fresh from the
 * chain and IPFS: nothing another author anchored can choose the key. A category without a key
 * gets its first generation, published in the keyring (one transaction) before anything is sealed
 * with it. If the keyring cannot be read, nothing is sealed and the person is asked to retry.
 */
export function useRecordUploads(patient: Address) {
  const app = useAppConfig();
  const wagmiConfig = useWagmiConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
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

  /** The keys a file's records are sealed with: the keyring's, plus a first generation where missing. */
  const keysFor = useCallback(
    async (categories: Category[], onNewKeys: () => void): Promise<CategoryKeys> => {
      if (!key || !client) throw new Error("Unlock your records first.");
      // The keyring announced last on chain; the copy this page holds only if it is that one.
      const latest = await ownKeyringCid(client, app.consentAddress, patient);
      const cached = queryClient.getQueryData<OwnKeyring>(keyringKey(patient, key));
      const own = cached && cached.cid === latest ? cached : await loadKeyringFor(client, app, patient, key);
      const { keys, added } = withKeysFor(own.keys, categories);
      if (added.length === 0) return keys;
      onNewKeys();
      const car = await ownKeyringCar(keys, { chainId: app.chainId, patient, identity: key }, own.archived);
      const cid = car.cid.toString();
      await steps.upload(cid, car.parts).catch((error: Error) => {
        const reason = error.message.split(". ")[0].replace(/\.$/, "");
        throw new Error(
          `Your new record keys could not be stored, so nothing was added (${reason.charAt(0).toLowerCase()}${reason.slice(1)}). Add the file again in a moment.`,
        );
      });
      await writeCall(
        wagmiConfig,
        {
          address: app.consentAddress,
          abi: consentRegistryAbi,
          functionName: "publishKeyring",
          args: [patient, cidToBytes(cid)],
        },
        patient,
      );
      rememberOwnKeyring(queryClient, patient, key, {
        cid,
        keyVersion: key.version,
        holderKey: key.publicKeyHex,
        keys,
        archived: own.archived,
      });
      return keys;
    },
    [key, client, app, patient, steps, wagmiConfig, queryClient],
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
      for (const { file, id } of entries) {
        try {
          // The size is known before the file is read: a file over the limit is never loaded.
          if (file.size > app.maxRecordBytes) {
            throw new ImportError(
              `"${file.name}" is ${(file.size / 1048576).toFixed(1)} MiB, more than the ${(app.maxRecordBytes / 1048576).toFixed(0)} MiB CareKeys accepts per file.`,
            );
          }
          const drafts = prepareFile(
            { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
            { maxBytes: app.maxRecordBytes },
          );
          const keys = await keysFor(
            drafts.map((draft) => draft.category),
            () => setStage(id, "keys"),
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
    [key, app, patient, store, steps, keysFor, setStage, refreshPending, queryClient],
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
