"use client";

import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { Address, PublicClient } from "viem";
import { usePublicClient } from "wagmi";
import type { PublicConfig } from "@/lib/config/public";
import type { IdentityKey } from "@/lib/crypto/identity";
import { loadOwnKeyring, type OwnKeyring } from "@/lib/records/ownKeyring";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";

export const ownKeyringQueryKey = (patient: Address) => ["own-keyring", patient] as const;

export const keyringKey = (patient: Address, key: IdentityKey | null) =>
  [...ownKeyringQueryKey(patient), key?.publicKeyHex ?? null] as const;

/** The patient's own keyring, read from the chain and IPFS and unwrapped with their identity key. */
export function loadKeyringFor(
  client: PublicClient,
  config: PublicConfig,
  patient: Address,
  key: IdentityKey,
) {
  return loadOwnKeyring({
    client,
    consent: config.consentAddress,
    gatewayUrl: config.ipfsGatewayUrl,
    chainId: config.chainId,
    patient,
    identityPrivateKey: key.privateKey,
  });
}

/** After publishing a keyring: the new one is what the app seals with from now on. */
export function rememberOwnKeyring(
  queryClient: QueryClient,
  patient: Address,
  key: IdentityKey,
  keyring: OwnKeyring,
) {
  queryClient.setQueryData(keyringKey(patient, key), keyring);
}

export function useOwnKeyring(patient: Address) {
  const config = useAppConfig();
  const client = usePublicClient({ chainId: config.chainId });
  const { key } = useIdentityKey();
  return useQuery({
    queryKey: keyringKey(patient, key),
    queryFn: () => loadKeyringFor(client!, config, patient, key!),
    enabled: Boolean(client && key),
    retry: false,
  });
}
