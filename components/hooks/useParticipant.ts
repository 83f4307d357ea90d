"use client";

import type { Address } from "viem";
import { useReadContract } from "wagmi";
import { directoryAbi } from "@/lib/contracts/generated";
import { useAppConfig } from "../AppConfigContext";

export const PARTICIPANT_KIND = { None: 0, Provider: 1, Model: 2 } as const;
export type ParticipantKind = (typeof PARTICIPANT_KIND)[keyof typeof PARTICIPANT_KIND];

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
