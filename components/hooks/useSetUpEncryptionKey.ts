"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useAccount, useSignMessage } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import { directoryAbi } from "@/lib/contracts/generated";
import { assertAppOrigin, createIdentityKey } from "@/lib/crypto/identity";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { useTransactor } from "./useTransactor";

export type KeySetupStep = "idle" | "sign-1" | "sign-2" | "register" | "done" | "error";

/**
 * Set-up of the patient's encryption key: two signatures of the same message (a wallet that
 * answers differently is refused), the key derived on this device, and its public half
 * registered in the Directory with one transaction. Any failure leaves nothing half done:
 * the person can simply start again.
 */
export function useSetUpEncryptionKey() {
  const { chainId, directoryAddress, appOrigin } = useAppConfig();
  const { address } = useAccount();
  const { signMessageAsync } = useSignMessage();
  const transactor = useTransactor();
  const queryClient = useQueryClient();
  const { remember } = useIdentityKey();
  const [step, setStep] = useState<KeySetupStep>("idle");
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(async () => {
    setError(null);
    transactor.reset();
    let signatures = 0;
    try {
      if (!address) throw new Error("Connect your wallet first.");
      assertAppOrigin(window.location.origin, appOrigin);
      const key = await createIdentityKey(
        (message) => {
          signatures += 1;
          setStep(signatures === 1 ? "sign-1" : "sign-2");
          return signMessageAsync({ message });
        },
        { origin: appOrigin, chainId, address },
      );
      setStep("register");
      const receipt = await transactor.send({
        address: directoryAddress,
        abi: directoryAbi,
        functionName: "registerPatientKey",
        args: [key.publicKeyHex],
      });
      if (!receipt) {
        setStep("error");
        return;
      }
      remember(key);
      await queryClient.invalidateQueries();
      setStep("done");
    } catch (failure) {
      setError(describeError(failure));
      setStep("error");
    }
  }, [address, appOrigin, chainId, directoryAddress, signMessageAsync, transactor, queryClient, remember]);

  return {
    start,
    step,
    transactionStatus: transactor.status,
    error: error ?? transactor.error,
  };
}
