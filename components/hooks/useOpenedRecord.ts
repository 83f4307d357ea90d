"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { openAnchoredRecord } from "@/lib/records/open";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";

/** A record fetched, verified and decrypted on this device (cached for the page's life). */
export function useOpenedRecord(patient: Address, record: AnchoredRecord | undefined) {
  const { ipfsGatewayUrl, chainId, consentAddress } = useAppConfig();
  const { key } = useIdentityKey();
  return useQuery({
    queryKey: ["opened-record", record?.recordId, record?.cid],
    enabled: Boolean(record && key),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    queryFn: () =>
      openAnchoredRecord(record!, {
        gatewayUrl: ipfsGatewayUrl,
        chainId,
        consent: consentAddress,
        patient,
        identityPrivateKey: key!.privateKey,
      }),
  });
}
