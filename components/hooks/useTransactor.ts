"use client";

import { useCallback, useRef, useState } from "react";
import type { Hash, TransactionReceipt } from "viem";
import { useAccount, useConfig } from "wagmi";
import type { ContractCall } from "@/lib/contracts/sendCall";
import { writeCall } from "@/lib/contracts/writeCall";

export type TransactionStatus = "idle" | "confirm" | "pending" | "success" | "error";
export type { ContractCall };

/** {@link writeCall} with its progress and its failure sentence as React state. */
export function useTransactor() {
  const config = useConfig();
  const { address } = useAccount();
  const [status, setStatus] = useState<TransactionStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  const [hash, setHash] = useState<Hash | null>(null);
  // Whether the last send reached the network (its data is public then, even if it failed).
  const sent = useRef(false);

  const send = useCallback(
    async (call: ContractCall): Promise<TransactionReceipt | null> => {
      setError(null);
      setHash(null);
      setStatus("confirm");
      sent.current = false;
      try {
        const receipt = await writeCall(config, call, address, (_, txHash) => {
          sent.current = true;
          setHash(txHash);
          setStatus("pending");
        });
        setStatus("success");
        return receipt;
      } catch (failure) {
        setError((failure as Error).message);
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

  /** Whether the last `send` was broadcast (a refused prompt or a failed simulation was not). */
  const wasSent = useCallback(() => sent.current, []);

  return { send, status, error, hash, reset, wasSent };
}
