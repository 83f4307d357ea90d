"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { listMyRequests } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";

export const myRequestsKey = (me: Address) => ["access-requests", "requester", me] as const;

/** Every access request `me` sent, newest first, with the patient's answer (from the chain). */
export function useMyRequests(me: Address) {
  const { consentAddress, directoryAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: myRequestsKey(me),
    enabled: Boolean(client),
    queryFn: () => listMyRequests(client!, { consent: consentAddress, directory: directoryAddress }, me),
  });
}
