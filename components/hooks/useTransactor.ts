"use client";

import { simulateContract, waitForTransactionReceipt, writeContract } from "@wagmi/core";
import { useCallback, useState } from "react";
import type { Abi, Address, Hash, TransactionReceipt } from "viem";
import { useAccount, useConfig } from "wagmi";
import { describeError } from "@/lib/contracts/errors";

export type TransactionStatus = "idle" | "confirm" | "pending" | "success" | "error";

export type ContractCall = { address: Address; abi: Abi; functionName: string; args: readonly unknown[] };

/**
 * The one path every contract write takes: simulate (so a revert is explained before the
 * wallet opens), ask the wallet, wait for the receipt, and turn any failure into a sentence.
 */
export function useTransactor() {
  const config = useConfig();
  const { address } = useAccount();
  const [status, setStatus] = useState<TransactionStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  const [hash, setHash] = useState<Hash | null>(null);

  const send = useCallback(
    async (call: ContractCall): Promise<TransactionReceipt | null> => {
      setError(null);
      setHash(null);
      setStatus("confirm");
      try {
        const { request } = await simulateContract(config, { ...call, account: address } as Parameters<
          typeof simulateContract
        >[1]);
        const txHash = await writeContract(config, request as Parameters<typeof writeContract>[1]);
        setHash(txHash);
        setStatus("pending");
        const receipt = await waitForTransactionReceipt(config, { hash: txHash });
        if (receipt.status !== "success") throw new Error("The transaction was reverted by the network.");
        setStatus("success");
        return receipt;
      } catch (failure) {
        setError(describeError(failure));
        setStatus("error");
        return null;
      }
    },
    [config, address],
  );

  const reset = useCallback(() => {
    setStatus("idle");
    setError(null);
    setHash(null);
  }, []);

  return { send, status, error, hash, reset };
}
