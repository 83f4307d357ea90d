"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { CATEGORY, type Category } from "@/lib/consent/codes";
import { describeError } from "@/lib/contracts/errors";
import { currentKey } from "@/lib/records/keyring";
import { type OwnKeyring, ownKeyringCid } from "@/lib/records/ownKeyring";
import {
  findOutdatedRecords,
  type ReencryptPhase,
  reencryptRecords,
  storageUnpinQueue,
  type UnpinQueue,
} from "@/lib/sharing/reencrypt";
import { useAppConfig } from "../AppConfigContext";
import { SIGN_IN_SESSION_KEY } from "../auth/useSignInSession";
import { recordsQueryKey } from "../hooks/useAnchoredRecords";
import { keyringKey, loadKeyringFor, useOwnKeyring } from "../hooks/useOwnKeyring";
import { useSealingKeys } from "../hooks/useSealingKeys";
import { useTransactor } from "../hooks/useTransactor";
import { useUploadSteps } from "../hooks/useUploadSteps";
import { useIdentityKey } from "../IdentityKeyContext";

export type ReencryptState =
  | { step: "idle" }
  | { step: "checking"; checked: number; total: number }
  | { step: "running"; done: number; total: number; phase: ReencryptPhase }
  | {
      step: "finished";
      reencrypted: number;
      /** Old copies an earlier, interrupted run left behind, removed now. */
      leftOver: number;
      byOthers: number;
      skipped: number;
      unreadable: number;
    }
  /** A transaction was refused or failed: that batch is unchanged; the button continues. */
  | { step: "stopped"; reencrypted: number; total: number };

/** The device's list of old copies still to remove (CIDs and record ids only, public on chain). */
const queueFor = (chainId: number, consent: Address, patient: Address): UnpinQueue | null =>
  typeof window === "undefined"
    ? null
    : storageUnpinQueue(window.localStorage, `carekeys:reencrypt-unpin:${chainId}:${consent}:${patient}`);

/**
 * The device's note of the last re-encryption that left nothing behind: the patient's own keyring
 * CID then (public on chain) and which kinds of records it covered. While the keyring is the same,
 * no record can use older keys, so the warning and the button are not shown again.
 */
type Finished = { cid: string; categories: Category[] | "all" };
const finishedKey = (chainId: number, consent: Address, patient: Address) =>
  `carekeys:reencrypted:${chainId}:${consent}:${patient}`;

function readFinished(key: string): Finished | null {
  try {
    return JSON.parse(window.localStorage.getItem(key) ?? "null") as Finished | null;
  } catch {
    return null;
  }
}

/**
 * "Re-encrypt older records": finds the patient's own records sealed with keys older than the
 * newest (of `categories`, or all), re-seals them with new keys, replaces them on chain (one
 * transaction per 20 records) and removes the old files through the unpin route. Everything it
 * needs to continue is on the chain (plus the device's list of old copies still to remove), so
 * pressing the button again after a reload or a refused prompt carries on where it stopped.
 */
export function useReencryptHistory(patient: Address, categories?: readonly Category[]) {
  const app = useAppConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  const uploadSteps = useUploadSteps(patient);
  const { upload } = uploadSteps;
  const keysFor = useSealingKeys(patient, uploadSteps);
  const { send, status: transaction, error: transactionError, reset: resetTransaction } = useTransactor();
  const [state, setState] = useState<ReencryptState>({ step: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [unfinished, setUnfinished] = useState(false);
  const queue = useMemo(
    () => queueFor(app.chainId, app.consentAddress, patient),
    [app.chainId, app.consentAddress, patient],
  );
  useEffect(() => {
    void queue?.list().then((items) => setUnfinished(items.length > 0));
  }, [queue]);
  const own = useOwnKeyring(patient);
  const doneKey = finishedKey(app.chainId, app.consentAddress, patient);
  const [finished, setFinished] = useState<Finished | null>(null);
  useEffect(() => setFinished(readFinished(doneKey)), [doneKey]);
  const upToDate =
    finished !== null &&
    own.data?.cid === finished.cid &&
    (finished.categories === "all" ||
      categories?.every((c) => (finished.categories as Category[]).includes(c)) === true);

  const unpin = useCallback(
    async (cid: string) => {
      const response = await fetch("/api/ipfs/unpin", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cid }),
      }).catch(() => null);
      if (response?.ok) return;
      if (response?.status === 401) void queryClient.invalidateQueries({ queryKey: SIGN_IN_SESSION_KEY });
      const body = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
      throw new Error(body?.error ?? "The CareKeys server could not be reached");
    },
    [queryClient],
  );

  const start = useCallback(async () => {
    setError(null);
    resetTransaction();
    try {
      if (!key || !client || !queue) throw new Error("Unlock your records first.");
      setState({ step: "checking", checked: 0, total: 0 });
      // Re-sealing is sealing: first the same check every upload makes, so no party whose access
      // ended (a share that ran out, one revoked elsewhere) holds the keys the records get now
      // (review E1). It replaces those keys first, in one transaction, if it must.
      const before = await loadKeyringFor(client, app, patient, key);
      const kinds = categories
        ? [...categories]
        : (Object.keys(CATEGORY) as Category[]).filter((c) => currentKey(before.keys, c));
      if (kinds.length > 0) await keysFor(kinds, () => {});
      const latest = await ownKeyringCid(client, app.consentAddress, patient);
      const cached = queryClient.getQueryData<OwnKeyring>(keyringKey(patient, key));
      const own = cached && cached.cid === latest ? cached : await loadKeyringFor(client, app, patient, key);
      const context = {
        client,
        gatewayUrl: app.ipfsGatewayUrl,
        chainId: app.chainId,
        consent: app.consentAddress,
        patient,
        identity: key,
        keys: own.keys,
        archived: own.archived,
        maxRecordBytes: app.maxRecordBytes,
      };
      const scan = await findOutdatedRecords(context, {
        categories,
        onChecked: (checked, total) => setState({ step: "checking", checked, total }),
      });
      const total = scan.outdated.length;
      setState({ step: "running", done: 0, total, phase: "removing" });
      const result = await reencryptRecords(scan.outdated, context, { upload, send, unpin }, queue, {
        onProgress: (p) => setState({ step: "running", ...p }),
      });
      await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
      const left = (await queue.list()).length > 0;
      setUnfinished(left);
      if (
        latest &&
        result.status !== "stopped" &&
        !left &&
        result.skipped.length + scan.unreadable.length === 0
      ) {
        const done: Finished = { cid: latest, categories: categories ? [...categories] : "all" };
        window.localStorage.setItem(doneKey, JSON.stringify(done));
        setFinished(done);
      }
      setState(
        result.status === "stopped"
          ? { step: "stopped", reencrypted: result.reencrypted, total }
          : {
              step: "finished",
              reencrypted: result.reencrypted,
              leftOver: result.leftOver,
              byOthers: scan.byOthers,
              skipped: result.skipped.length,
              unreadable: scan.unreadable.length,
            },
      );
    } catch (failure) {
      await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
      setUnfinished(Boolean(queue && (await queue.list()).length > 0));
      setError(describeError(failure));
      setState({ step: "idle" });
    }
  }, [
    key,
    client,
    queue,
    app,
    patient,
    queryClient,
    categories,
    upload,
    send,
    unpin,
    resetTransaction,
    doneKey,
    keysFor,
  ]);

  return {
    start,
    state,
    /** Waiting for the wallet, then for the network, during a batch's transaction. */
    transaction,
    error: error ?? (state.step === "stopped" ? transactionError : null),
    /** An earlier run left old copies to remove (e.g. the page was reloaded). */
    unfinished,
    /** A re-encryption finished with nothing left, and no key changed since: nothing to do. */
    upToDate: upToDate && !unfinished,
    busy: state.step === "checking" || state.step === "running",
  };
}
