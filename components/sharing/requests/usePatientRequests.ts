"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient, useWatchContractEvent } from "wagmi";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { listPatientRequests } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";

export const patientRequestsKey = (patient: Address | undefined) =>
  ["access-requests", "patient", patient] as const;

/**
 * A safety net for what no event announces (a request running out of time) and for a watch the
 * node dropped: the list is read again at most this often while the page is open and visible.
 */
export const REQUESTS_REFRESH_MS = 60_000;

/**
 * Every access request made to the patient, newest first, with where each stands (from the chain).
 * Kept current while the page is open: a new request made to this patient (one filtered event
 * watch, polled by the chain client) reads the list again at once, so the badge and the list show
 * it without a reload; otherwise the list is read again every {@link REQUESTS_REFRESH_MS}.
 */
export function usePatientRequests(patient: Address | undefined, options: { enabled?: boolean } = {}) {
  const { consentAddress, directoryAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const enabled = Boolean(patient && client) && options.enabled !== false;
  useWatchContractEvent({
    address: consentAddress,
    abi: consentRegistryAbi,
    eventName: "AccessRequested",
    args: { patient },
    chainId,
    enabled,
    onLogs: () => void queryClient.invalidateQueries({ queryKey: patientRequestsKey(patient) }),
  });
  return useQuery({
    queryKey: patientRequestsKey(patient),
    enabled,
    refetchInterval: REQUESTS_REFRESH_MS,
    queryFn: () =>
      listPatientRequests(client!, { consent: consentAddress, directory: directoryAddress }, patient!),
  });
}
