"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { usePublicClient, useWatchContractEvent } from "wagmi";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { listSharedWithMe } from "@/lib/sharing/chart";
import { useAppConfig } from "../AppConfigContext";

export const sharedWithMeKey = (me: Address | undefined) => ["shared-with-me", me] as const;

/**
 * Read again at least this often while a clinician's screen is open: an expiry or a lapsed
 * verification sends no event of the consent contract that names this clinician.
 */
export const SHARES_REFRESH_MS = 60_000;

/**
 * Every patient who ever shared with `me`, newest grant first, with where each share stands now
 * and when an ended one ended (from the chain). Kept current while a screen is open: a grant, a
 * revocation or a one-time opening naming `me`, or a patient's "stop sharing with everyone"
 * (filtered event watches, polled by the chain client), reads the list again at once; so does
 * coming back to the window, and otherwise every {@link SHARES_REFRESH_MS}.
 */
export function useSharedWithMe(me: Address | undefined) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const enabled = Boolean(me && client);
  const shares = useQuery({
    queryKey: sharedWithMeKey(me),
    enabled,
    refetchOnWindowFocus: "always",
    refetchInterval: SHARES_REFRESH_MS,
    queryFn: () => listSharedWithMe(client!, consentAddress, me!),
  });
  const watched = {
    address: consentAddress,
    abi: consentRegistryAbi,
    chainId,
    enabled,
    onLogs: () => void queryClient.invalidateQueries({ queryKey: sharedWithMeKey(me) }),
  } as const;
  useWatchContractEvent({ ...watched, eventName: "AccessGranted", args: { grantee: me } });
  useWatchContractEvent({ ...watched, eventName: "AccessRevoked", args: { grantee: me } });
  useWatchContractEvent({ ...watched, eventName: "OneShotGrantUsed", args: { grantee: me } });
  const patients = useMemo(() => (shares.data ?? []).map((s) => s.patient), [shares.data]);
  useWatchContractEvent({
    ...watched,
    enabled: enabled && patients.length > 0,
    eventName: "AllAccessRevoked",
    args: { patient: patients },
  });
  return shares;
}
