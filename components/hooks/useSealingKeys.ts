"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { type Address, getAddress } from "viem";
import { usePublicClient, useConfig as useWagmiConfig } from "wagmi";
import type { Category } from "@/lib/consent/codes";
import { cidToBytes } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { writeCall } from "@/lib/contracts/writeCall";
import type { CategoryKeys } from "@/lib/records/keyring";
import { type OwnKeyring, ownKeyringCar, ownKeyringCid, withKeysFor } from "@/lib/records/ownKeyring";
import type { UploadSteps } from "@/lib/records/pending";
import { listDirectory } from "@/lib/sharing/directory";
import { listPatientShares } from "@/lib/sharing/grants";
import { lapsedReason, planLapsedRotation } from "@/lib/sharing/lapsed";
import { uploadThenSend } from "@/lib/sharing/steps";
import { withUnconfirmed } from "@/lib/sharing/unconfirmed";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { keyringKey, loadKeyringFor, rememberOwnKeyring } from "./useOwnKeyring";
import { sharesQueryKey } from "./useShares";
import { useUnconfirmedKeyrings } from "./useUnconfirmedKeyrings";

/**
 * The keys a file's records are sealed with: only those of the patient's own keyring, read fresh
 * from the chain and IPFS, so nothing another author anchored can choose the key. A category
 * without a key gets its first generation, published in the keyring (one transaction) before
 * anything is sealed with it. If a party whose access to a kind ended (ran out, suspended, revoked
 * here or elsewhere, narrowed) still holds, in any keys it was ever given, the current key of a
 * kind about to be sealed, that kind gets a new generation first, with new keys
 * for those who still share it, in ONE transaction (`onNewKeys` gets the sentence to show). If the
 * keyring cannot be read or the new keys cannot be published, nothing is sealed.
 */
export function useSealingKeys(patient: Address, steps: UploadSteps) {
  const app = useAppConfig();
  const wagmiConfig = useWagmiConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  const unconfirmed = useUnconfirmedKeyrings(patient);
  return useCallback(
    async (categories: Category[], onNewKeys: (reason: string | null) => void): Promise<CategoryKeys> => {
      if (!key || !client) throw new Error("Unlock your records first.");
      // The keyring announced last on chain; the copy this page holds only if it is that one.
      const latest = await ownKeyringCid(client, app.consentAddress, patient);
      const cached = queryClient.getQueryData<OwnKeyring>(keyringKey(patient, key));
      const own = cached && cached.cid === latest ? cached : await loadKeyringFor(client, app, patient, key);
      const { keys, added } = withKeysFor(own.keys, categories);
      const remember = (cid: string, after: CategoryKeys) =>
        rememberOwnKeyring(queryClient, patient, key, {
          cid,
          keyVersion: key.version,
          holderKey: key.publicKeyHex,
          keys: after,
          archived: own.archived,
        });

      const given = unconfirmed.list();
      const shares = withUnconfirmed(
        patient,
        await listPatientShares(client, app.consentAddress, patient),
        given,
      );
      // Any share that ever was (however it ended, in this app or not) may hold current keys.
      if (shares.length > 0) {
        const directory = await listDirectory(client, app.directoryAddress);
        const rotation = await planLapsedRotation({
          chainId: app.chainId,
          consent: app.consentAddress,
          patient,
          identity: key,
          gatewayUrl: app.ipfsGatewayUrl,
          // First generations of new kinds go in the same new keyring as the replaced ones.
          own: { keys, archived: own.archived },
          shares,
          directory,
          categories,
          now: new Date(Number((await client.getBlock()).timestamp) * 1000),
        });
        if (rotation) {
          const nameOf = (address: Address) =>
            directory.find((e) => getAddress(e.address) === getAddress(address))?.name ?? address;
          onNewKeys(lapsedReason(rotation.lapsed, nameOf));
          try {
            await uploadThenSend(rotation.plan, {
              upload: steps.upload,
              send: (call) => writeCall(wagmiConfig, call, patient),
            });
          } catch (error) {
            throw new Error(
              `The keys of these records could not be replaced, so nothing was added. ${(error as Error).message}`,
            );
          }
          // The patient's own keyring is the plan's first upload.
          remember(rotation.plan.uploads[0].cid.toString(), rotation.plan.keys);
          // Unconfirmed keyrings whose every kind has new keys now hold nothing current.
          unconfirmed.remove(
            given
              .filter((g) => g.categories.every((c) => rotation.plan.rotated.includes(c)))
              .map((g) => g.cid),
          );
          await queryClient.invalidateQueries({ queryKey: sharesQueryKey(patient) });
          return rotation.plan.keys;
        }
      }

      if (added.length === 0) return keys;
      onNewKeys(null);
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
      remember(cid, keys);
      return keys;
    },
    [key, client, app, patient, steps, wagmiConfig, queryClient, unconfirmed],
  );
}
