"use client";

import { useQuery } from "@tanstack/react-query";
import { type AccessRequest, readRequestReason } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useIdentityKey } from "../../IdentityKeyContext";

/**
 * The reason a requester gave, opened on this device with the patient's key: `{ text }` or
 * `{ error }` (a sentence). Kept in memory only, like every decrypted record.
 */
export function useRequestReason(request: AccessRequest) {
  const app = useAppConfig();
  const { key } = useIdentityKey();
  return useQuery({
    queryKey: ["request-reason", request.reasonCid, request.requester, key?.publicKeyHex],
    enabled: Boolean(key),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 5 * 60_000,
    queryFn: () =>
      readRequestReason({
        gatewayUrl: app.ipfsGatewayUrl,
        chainId: app.chainId,
        consent: app.consentAddress,
        request,
        privateKey: key!.privateKey,
      }),
  });
}
