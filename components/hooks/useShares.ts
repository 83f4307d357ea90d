"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { shareHistoryOf } from "@/lib/sharing/exposure";
import { listPatientShares, type Share } from "@/lib/sharing/grants";
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

/**
 * What one party did with a share (read receipts, records it added, with dates) and when the
 * share ended: from the chain, so the patient can check it at any time, also after it ended.
 */
export function useShareHistory(share: Share) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: [
      ...sharesQueryKey(share.patient),
      "history",
      share.grantee,
      share.status,
      String(share.endedInBlock),
    ],
    enabled: Boolean(client),
    queryFn: () => shareHistoryOf(client!, consentAddress, share),
  });
}
