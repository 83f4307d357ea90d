"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { listAnchoredRecords } from "@/lib/records/chain";
import { useAppConfig } from "../AppConfigContext";

export const recordsQueryKey = (patient: Address | undefined) => ["anchored-records", patient] as const;

/** The patient's anchored records, newest first (from the chain; nothing decrypted yet). */
export function useAnchoredRecords(patient: Address | undefined) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: recordsQueryKey(patient),
    enabled: Boolean(patient && client),
    queryFn: () => listAnchoredRecords(client!, consentAddress, patient!),
  });
}
