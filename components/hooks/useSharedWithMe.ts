"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { listSharedWith } from "@/lib/sharing/grants";
import { useAppConfig } from "../AppConfigContext";

export const sharedWithMeKey = (me: Address | undefined) => ["shared-with-me", me] as const;

/** Every patient who ever shared with `me`, newest grant first, with where each share stands now (from the chain). */
export function useSharedWithMe(me: Address | undefined) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: sharedWithMeKey(me),
    enabled: Boolean(me && client),
    queryFn: () => listSharedWith(client!, consentAddress, me!),
  });
}
