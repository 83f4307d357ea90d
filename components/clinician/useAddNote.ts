"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { type Address, hexToBytes } from "viem";
import { usePublicClient } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import { directoryAbi } from "@/lib/contracts/generated";
import {
  anchorNoteCall,
  noteNotStoredSentence,
  prepareClinicianNote,
  sealClinicianNote,
} from "@/lib/sharing/clinicianNote";
import type { Share } from "@/lib/sharing/grants";
import { useAppConfig } from "../AppConfigContext";
import { recordsQueryKey } from "../hooks/useAnchoredRecords";
import { useTransactor } from "../hooks/useTransactor";
import { useUploadSteps } from "../hooks/useUploadSteps";

/** Where saving a note stands, in the order it happens. */
export type NoteStep = "sealing" | "storing" | "transaction";

export const NOTE_STEP_LABEL: Record<NoteStep, string> = {
  sealing: "Checking and encrypting the note on this device",
  storing: "Storing the encrypted note",
  transaction: "Adding it to the patient's records (confirm in your wallet)",
};

const NO_KEY = `0x${"00".repeat(32)}`;

/**
 * Saves a clinician's note into a patient's records: built and validated as FHIR, sealed on this
 * device for the patient's registered key (read from the Directory now, not from a cache), stored,
 * then anchored in ONE transaction through {@link useTransactor}. Nothing is sent before the note is
 * stored; a refused prompt or a failed step changes nothing, and saving again starts over. After a
 * failure the share is read again (`recheck`) before the failure is shown, so a share that ended
 * meanwhile is known by then and the chart can say so instead of the contract's refusal.
 */
export function useAddNote(input: {
  me: Address;
  patient: Address;
  authorName: string;
  recheck: () => Promise<Share | null>;
}) {
  const { me, patient, authorName, recheck } = input;
  const app = useAppConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const queryClient = useQueryClient();
  const { upload } = useUploadSteps(patient);
  const { send, status: transaction, error: transactionError, reset: resetTransaction } = useTransactor();
  const [step, setStep] = useState<NoteStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ title: string } | null>(null);
  const busy = useRef(false);

  const save = useCallback(
    async (note: { title: string; text: string }): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setError(null);
      setSaved(null);
      resetTransaction();
      try {
        if (!client) throw new Error("The blockchain node could not be reached. Try again in a moment.");
        setStep("sealing");
        const draft = await prepareClinicianNote({
          ...note,
          author: { name: authorName, address: me },
          patient,
          chainId: app.chainId,
          now: new Date(),
        });
        const patientKey = await client.readContract({
          address: app.directoryAddress,
          abi: directoryAbi,
          functionName: "patientKeyOf",
          args: [patient],
        });
        if (!patientKey || patientKey === NO_KEY) {
          throw new Error(
            "This patient has no encryption key in CareKeys, so a note cannot be sealed for them.",
          );
        }
        const sealed = await sealClinicianNote({
          draft,
          chainId: app.chainId,
          consent: app.consentAddress,
          patient,
          patientPublicKey: hexToBytes(patientKey),
        });
        setStep("storing");
        try {
          await upload(sealed.cid, sealed.carParts);
        } catch (failure) {
          throw new Error(noteNotStoredSentence((failure as Error).message));
        }
        setStep("transaction");
        const receipt = await send(anchorNoteCall(app.consentAddress, patient, sealed));
        if (!receipt) {
          await recheck().catch(() => null);
          setStep(null);
          return false; // the transactor holds the sentence; nothing changed
        }
        setStep(null);
        await queryClient.invalidateQueries({ queryKey: recordsQueryKey(patient) });
        setSaved({ title: draft.meta.name });
        return true;
      } catch (failure) {
        await recheck().catch(() => null);
        setError(describeError(failure));
        setStep(null);
        return false;
      } finally {
        busy.current = false;
      }
    },
    [client, app, patient, me, authorName, upload, send, resetTransaction, queryClient, recheck],
  );

  const reset = useCallback(() => {
    setStep(null);
    setError(null);
    setSaved(null);
    resetTransaction();
  }, [resetTransaction]);

  return { save, reset, step, transaction, error: error ?? transactionError, saved, busy: step !== null };
}
