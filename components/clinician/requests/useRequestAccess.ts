"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import {
  pendingRequestProblem,
  planRequest,
  type RequestChoice,
  requestTarget,
} from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useTransactor } from "../../hooks/useTransactor";
import { useUploadSteps } from "../../hooks/useUploadSteps";
import { myRequestsKey } from "./useMyRequests";

/** Where sending a request stands, in order. */
export type RequestStep = "checking" | "sealing" | "storing" | "transaction" | "done";

export const REQUEST_STEP_LABEL: Record<Exclude<RequestStep, "done">, string> = {
  checking: "Checking the patient's address",
  sealing: "Encrypting your reason for the patient on this device",
  storing: "Storing the encrypted reason",
  transaction: "Confirming in your wallet and on the blockchain",
};

/**
 * A clinician asks a patient for access: the address is checked (a patient with a CareKeys key),
 * the reason is sealed for that key on this device, stored, and the request goes in one
 * transaction through {@link useTransactor}. Nothing is sent if storing the reason fails.
 */
export function useRequestAccess(me: Address) {
  const app = useAppConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const queryClient = useQueryClient();
  const { upload } = useUploadSteps(me);
  const { send, reset: resetTransaction, status, error: transactionError } = useTransactor();
  const [step, setStep] = useState<RequestStep | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = useCallback(
    async (typedPatient: string, choice: RequestChoice): Promise<boolean> => {
      setError(null);
      resetTransaction();
      try {
        if (!client) throw new Error("The blockchain node could not be reached. Try again in a moment.");
        setStep("checking");
        const target = await requestTarget(client, app.directoryAddress, typedPatient, me);
        if ("error" in target) {
          setError(target.error);
          setStep(null);
          return false;
        }
        // One pending request per patient (the contract refuses a second): nothing is sealed or sent.
        const pending = await pendingRequestProblem(client, app.consentAddress, me, target.patient);
        if (pending) {
          await queryClient.invalidateQueries({ queryKey: myRequestsKey(me) });
          setError(pending);
          setStep(null);
          return false;
        }
        setStep("sealing");
        const plan = await planRequest({
          chainId: app.chainId,
          consent: app.consentAddress,
          requester: me,
          patient: target.patient,
          patientKey: target.patientKey,
          choice,
        });
        setStep("storing");
        for (const car of plan.uploads) {
          await upload(car.cid.toString(), car.parts).catch((cause: Error) => {
            throw new Error(`Your reason could not be stored, so nothing was sent. ${cause.message}`);
          });
        }
        setStep("transaction");
        const receipt = await send(plan.call);
        if (!receipt) {
          setStep(null);
          return false; // the transactor holds the sentence (refused, or failed: nothing was sent)
        }
        await queryClient.invalidateQueries({ queryKey: myRequestsKey(me) });
        setStep("done");
        return true;
      } catch (failure) {
        setError(describeError(failure));
        setStep(null);
        return false;
      }
    },
    [client, app, me, upload, send, resetTransaction, queryClient],
  );
  const reset = useCallback(() => {
    setStep(null);
    setError(null);
    resetTransaction();
  }, [resetTransaction]);

  return {
    ask,
    reset,
    step,
    transaction: status,
    error: error ?? transactionError,
    busy: step !== null && step !== "done",
  };
}
