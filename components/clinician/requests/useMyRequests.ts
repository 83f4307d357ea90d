"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient, useWatchContractEvent } from "wagmi";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { listMyRequests } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { REQUESTS_REFRESH_MS } from "../../sharing/requests/usePatientRequests";

export const myRequestsKey = (me: Address) => ["access-requests", "requester", me] as const;

/**
 * Every access request `me` sent, newest first, with the patient's answer (from the chain). Kept
 * current while the page is open: a patient's approval or denial of one of `me`'s requests (two
 * filtered event watches, polled by the chain client) reads the list again at once; otherwise it is
 * read again every {@link REQUESTS_REFRESH_MS}.
 */
export function useMyRequests(me: Address) {
  const { consentAddress, directoryAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const enabled = Boolean(client);
  const answered = {
    address: consentAddress,
    abi: consentRegistryAbi,
    args: { grantee: me },
    chainId,
    enabled,
    onLogs: () => void queryClient.invalidateQueries({ queryKey: myRequestsKey(me) }),
  } as const;
  useWatchContractEvent({ ...answered, eventName: "AccessRequestApproved" });
  useWatchContractEvent({ ...answered, eventName: "AccessRequestDenied" });
  return useQuery({
    queryKey: myRequestsKey(me),
    enabled,
    refetchInterval: REQUESTS_REFRESH_MS,
    queryFn: () => listMyRequests(client!, { consent: consentAddress, directory: directoryAddress }, me),
  });
}
