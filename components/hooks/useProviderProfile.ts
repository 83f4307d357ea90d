"use client";

import { useQuery } from "@tanstack/react-query";
import { type ProviderProfile, providerProfileSchema } from "@/lib/directory/metadata";
import { fetchVerifiedJson } from "@/lib/ipfs/car";
import { useAppConfig } from "../AppConfigContext";

/** The provider's public profile from IPFS, checked against its schema. */
export function useProviderProfile(metadataCid: string | undefined) {
  const { ipfsGatewayUrl } = useAppConfig();
  return useQuery({
    queryKey: ["provider-profile", metadataCid],
    enabled: Boolean(metadataCid),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<ProviderProfile> =>
      providerProfileSchema.parse(await fetchVerifiedJson(ipfsGatewayUrl, metadataCid!)),
  });
}
