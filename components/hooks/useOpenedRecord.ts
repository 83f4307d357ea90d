"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { openAnchoredRecord } from "@/lib/records/open";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { useOwnKeyring } from "./useOwnKeyring";

type OpenContext = Parameters<typeof openAnchoredRecord>[1] & { keyringCid: string | null };

/**
 * What opening a record needs, or null while the records are locked or the patient's keyring is
 * still loading. A keyring that cannot be read leaves each record to its envelope's own copy of
 * the key (records sealed before a key rotation then say they cannot be decrypted).
 */
export function useOpenContext(patient: Address): OpenContext | null {
  const { ipfsGatewayUrl, chainId, consentAddress, maxRecordBytes } = useAppConfig();
  const { key } = useIdentityKey();
  const keyring = useOwnKeyring(patient);
  if (!key || keyring.isPending) return null;
  return {
    gatewayUrl: ipfsGatewayUrl,
    chainId,
    consent: consentAddress,
    patient,
    identityPrivateKey: key.privateKey,
    maxRecordBytes,
    keys: keyring.data?.keys,
    archived: keyring.data?.archived,
    keyringCid: keyring.data?.cid ?? null,
  };
}

/** The cache key of an opened record: the same record read with the same keyring. */
export const openedRecordKey = (record: AnchoredRecord | undefined, keyringCid: string | null) =>
  ["opened-record", record?.recordId, record?.cid, keyringCid] as const;

/** A record fetched, verified and decrypted on this device (cached for the page's life). */
export function useOpenedRecord(patient: Address, record: AnchoredRecord | undefined) {
  const context = useOpenContext(patient);
  return useQuery({
    queryKey: openedRecordKey(record, context?.keyringCid ?? null),
    queryFn: () => openAnchoredRecord(record!, context!),
    enabled: Boolean(record && context),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
