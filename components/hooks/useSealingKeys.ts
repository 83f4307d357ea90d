"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { usePublicClient, useConfig as useWagmiConfig } from "wagmi";
import type { Category } from "@/lib/consent/codes";
import { cidToBytes } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { writeCall } from "@/lib/contracts/writeCall";
import type { CategoryKeys } from "@/lib/records/keyring";
import { type OwnKeyring, ownKeyringCar, ownKeyringCid, withKeysFor } from "@/lib/records/ownKeyring";
import type { UploadSteps } from "@/lib/records/pending";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { keyringKey, loadKeyringFor, rememberOwnKeyring } from "./useOwnKeyring";

/**
 * The keys a file's records are sealed with: only those of the patient's own keyring, read fresh
 * from the chain and IPFS, so nothing another author anchored can choose the key. A category
 * without a key gets its first generation, published in the keyring (one transaction) before
 * anything is sealed with it. If the keyring cannot be read, nothing is sealed.
 */
export function useSealingKeys(patient: Address, steps: UploadSteps) {
  const app = useAppConfig();
  const wagmiConfig = useWagmiConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  return useCallback(
    async (categories: Category[], onNewKeys: () => void): Promise<CategoryKeys> => {
      if (!key || !client) throw new Error("Unlock your records first.");
      // The keyring announced last on chain; the copy this page holds only if it is that one.
      const latest = await ownKeyringCid(client, app.consentAddress, patient);
      const cached = queryClient.getQueryData<OwnKeyring>(keyringKey(patient, key));
      const own = cached && cached.cid === latest ? cached : await loadKeyringFor(client, app, patient, key);
      const { keys, added } = withKeysFor(own.keys, categories);
      if (added.length === 0) return keys;
      onNewKeys();
      const car = await ownKeyringCar(keys, { chainId: app.chainId, patient, identity: key }, own.archived);
      const cid = car.cid.toString();
      await steps.upload(cid, car.parts).catch((error: Error) => {
        const reason = error.message.split(". ")[0].replace(/\.$/, "");
        throw new Error(
          `Your new record keys could not be stored, so nothing was added (${reason.charAt(0).toLowerCase()}${reason.slice(1)}). Add the file again in a moment.`,
        );
      });
      await writeCall(
        wagmiConfig,
        {
          address: app.consentAddress,
          abi: consentRegistryAbi,
          functionName: "publishKeyring",
          args: [patient, cidToBytes(cid)],
        },
        patient,
      );
      rememberOwnKeyring(queryClient, patient, key, {
        cid,
        keyVersion: key.version,
        holderKey: key.publicKeyHex,
        keys,
        archived: own.archived,
      });
      return keys;
    },
    [key, client, app, patient, steps, wagmiConfig, queryClient],
  );
}
