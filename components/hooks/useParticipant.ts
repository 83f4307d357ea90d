"use client";

import type { Address } from "viem";
import { useReadContract } from "wagmi";
import { directoryAbi } from "@/lib/contracts/generated";
import { useAppConfig } from "../AppConfigContext";

export { PARTICIPANT_KIND } from "@/lib/directory/kinds";

/** The Directory entry of `address` (kind None when it is not a provider or model). */
export function useParticipant(address: Address | undefined) {
  const { directoryAddress, chainId } = useAppConfig();
  return useReadContract({
    address: directoryAddress,
    abi: directoryAbi,
    functionName: "participantOf",
    args: address ? [address] : undefined,
    chainId,
    query: { enabled: Boolean(address) },
  });
}
