"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { openAnchoredRecord } from "@/lib/records/open";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";

type OpenContext = Parameters<typeof openAnchoredRecord>[1];

/** One cache entry per anchored record, shared by the viewer and the uploader (which needs its category key). */
export const openedRecordQuery = (record: AnchoredRecord, context: OpenContext) => ({
  queryKey: ["opened-record", record.recordId, record.cid] as const,
  queryFn: () => openAnchoredRecord(record, context),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

/** What opening a record needs, or null while the records are locked. */
export function useOpenContext(patient: Address): OpenContext | null {
  const { ipfsGatewayUrl, chainId, consentAddress } = useAppConfig();
  const { key } = useIdentityKey();
  if (!key) return null;
  return {
    gatewayUrl: ipfsGatewayUrl,
    chainId,
    consent: consentAddress,
    patient,
    identityPrivateKey: key.privateKey,
  };
}

/** A record fetched, verified and decrypted on this device (cached for the page's life). */
export function useOpenedRecord(patient: Address, record: AnchoredRecord | undefined) {
  const context = useOpenContext(patient);
  return useQuery({
    ...(record && context
      ? openedRecordQuery(record, context)
      : { queryKey: ["opened-record", record?.recordId, record?.cid] as const, queryFn: () => null }),
    enabled: Boolean(record && context),
  });
}
