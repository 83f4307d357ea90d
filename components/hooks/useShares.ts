"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { listPatientShares } from "@/lib/sharing/grants";
import { useAppConfig } from "../AppConfigContext";

export const sharesQueryKey = (patient: Address) => ["patient-shares", patient] as const;

/** Everyone the patient ever shared with, newest first, with where each share stands now. */
export function useShares(patient: Address) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: sharesQueryKey(patient),
    enabled: Boolean(client),
    queryFn: () => listPatientShares(client!, consentAddress, patient),
  });
}
