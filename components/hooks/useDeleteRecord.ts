"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { Address } from "viem";
import { toChainAnchors } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import type { AnchoredRecord } from "@/lib/records/chain";
import { tombstoneFor } from "@/lib/records/tombstone";
import { useAppConfig } from "../AppConfigContext";
import { SIGN_IN_SESSION_KEY } from "../auth/useSignInSession";
import { recordsQueryKey } from "./useAnchoredRecords";
import { useTransactor } from "./useTransactor";

export type DeleteRecord = ReturnType<typeof useDeleteRecord>;

export type DeleteStep = "idle" | "confirm" | "pending" | "unpinning" | "done" | "error";

/**
 * Deletes one of the patient's records: one transaction supersedes it by a tombstone (from then
 * on no view lists it and no grant can read it through CareKeys), then the authorised route
 * unpins its ciphertext. If the unpin fails (signed out, node unreachable), the record is still
 * deleted and the clean-up sweep removes the file later; `unpinError` says so and `retryUnpin`
 * tries again.
 */
export function useDeleteRecord(patient: Address) {
  const { consentAddress } = useAppConfig();
  const transactor = useTransactor();
  const { send, reset } = transactor;
  const queryClient = useQueryClient();
  const [step, setStep] = useState<DeleteStep>("idle");
  const [unpinError, setUnpinError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ record: AnchoredRecord; name: string } | null>(null);

  const unpin = useCallback(
    async (record: AnchoredRecord) => {
      setStep("unpinning");
      setUnpinError(null);
      const response = await fetch("/api/ipfs/unpin", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ cid: record.cid }),
      }).catch(() => null);
      if (!response?.ok) {
        const body = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
        if (response?.status === 401) void queryClient.invalidateQueries({ queryKey: SIGN_IN_SESSION_KEY });
        setUnpinError(
          `${body?.error ?? "The CareKeys server could not be reached."} The record is deleted; its encrypted file stays on the storage node until you try again or the next clean-up removes it.`,
        );
      }
      setStep("done");
    },
    [queryClient],
  );

  const remove = useCallback(
    async (record: AnchoredRecord, name: string) => {
      if (!record.category) return;
      setUnpinError(null);
      setDeleting({ record, name });
      setStep("pending");
      const receipt = await send({
        address: consentAddress,
        abi: consentRegistryAbi,
        functionName: "supersedeRecord",
        args: [record.recordId, toChainAnchors([tombstoneFor(record.category)])[0]],
      });
      if (!receipt) {
        setStep("error");
        return;
      }
      await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
      await unpin(record);
    },
    [send, consentAddress, queryClient, patient, unpin],
  );

  const dismiss = useCallback(() => {
    setStep("idle");
    setDeleting(null);
    setUnpinError(null);
    reset();
  }, [reset]);

  const error = transactor.error;
  // One object while nothing changes, so the file rows (memoised) do not all render again.
  return useMemo(
    () => ({
      step,
      /** The record being (or last) deleted, and its name as the patient saw it. */
      deleting,
      error,
      unpinError,
      remove,
      retryUnpin: () => (deleting ? unpin(deleting.record) : Promise.resolve()),
      dismiss,
    }),
    [step, deleting, error, unpinError, remove, unpin, dismiss],
  );
}
