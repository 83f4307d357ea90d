"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { listPatientRequests } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";

export const patientRequestsKey = (patient: Address | undefined) =>
  ["access-requests", "patient", patient] as const;

/** Every access request made to the patient, newest first, with where each stands (from the chain). */
export function usePatientRequests(patient: Address | undefined, options: { enabled?: boolean } = {}) {
  const { consentAddress, directoryAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: patientRequestsKey(patient),
    enabled: Boolean(patient && client) && options.enabled !== false,
    queryFn: () =>
      listPatientRequests(client!, { consent: consentAddress, directory: directoryAddress }, patient!),
  });
}
