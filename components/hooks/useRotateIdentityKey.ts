"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Address } from "viem";
import { usePublicClient, useSignMessage } from "wagmi";
import { cidToBytes } from "@/lib/consent/consent";
import { describeError } from "@/lib/contracts/errors";
import { consentRegistryAbi, directoryAbi } from "@/lib/contracts/generated";
import { assertAppOrigin, createIdentityKey, IDENTITY_KEY_VERSION } from "@/lib/crypto/identity";
import { listAnchoredRecords } from "@/lib/records/chain";
import { keysForRotation, keysOfOwnRecords, ownKeyringCar } from "@/lib/records/ownKeyring";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { loadKeyringFor, rememberOwnKeyring } from "./useOwnKeyring";
import { useTransactor } from "./useTransactor";
import { useUploadSteps } from "./useUploadSteps";

export type RotationStep = "idle" | "sign-1" | "sign-2" | "keyring" | "register" | "done" | "error";

/**
 * Replaces the patient's identity key with the next key version: two signatures of the new key
 * message (the wallet must give the same key twice), the keyring re-wrapped for the new key on
 * this device with a new generation of every category (the old key can still open the old
 * keyring, so records added from now on must use keys it never held), published (one
 * transaction), then the new public key in the Directory (one transaction). The old key is
 * retired: nothing new is wrapped for it. If the second
 * transaction does not go through, unlocking with the new key finishes the rotation.
 */
export function useRotateIdentityKey(patient: Address) {
  const config = useAppConfig();
  const client = usePublicClient({ chainId: config.chainId });
  const { signMessageAsync } = useSignMessage();
  const { key, state, remember } = useIdentityKey();
  const transactor = useTransactor();
  const steps = useUploadSteps(patient);
  const queryClient = useQueryClient();
  const [step, setStep] = useState<RotationStep>("idle");
  const [error, setError] = useState<string | null>(null);

  const register = useCallback(
    async (publicKeyHex: `0x${string}`) => {
      setStep("register");
      return transactor.send({
        address: config.directoryAddress,
        abi: directoryAbi,
        functionName: "registerPatientKey",
        args: [publicKeyHex],
      });
    },
    [config.directoryAddress, transactor],
  );

  const rotate = useCallback(async () => {
    setError(null);
    transactor.reset();
    try {
      if (!key || !client) throw new Error("Unlock your records first.");
      assertAppOrigin(window.location.origin, config.appOrigin);
      const own = await loadKeyringFor(client, config, patient, key);
      // Every key the patient's own records need (a key from before keyrings has only those), and a
      // new generation of every category to seal with from now on.
      const found = await keysOfOwnRecords(
        await listAnchoredRecords(client, config.consentAddress, patient),
        {
          gatewayUrl: config.ipfsGatewayUrl,
          patient,
          identityPrivateKey: key.privateKey,
          maxRecordBytes: config.maxRecordBytes,
        },
      );
      const { keys, archived } = keysForRotation(own, found);
      let signatures = 0;
      const next = await createIdentityKey(
        (message) => {
          signatures += 1;
          setStep(signatures === 1 ? "sign-1" : "sign-2");
          return signMessageAsync({ message });
        },
        { origin: config.appOrigin, chainId: config.chainId, address: patient },
        Math.max(key.version + 1, IDENTITY_KEY_VERSION),
      );
      setStep("keyring");
      const car = await ownKeyringCar(keys, { chainId: config.chainId, patient, identity: next }, archived);
      const cid = car.cid.toString();
      await steps.upload(cid, car.parts);
      const published = await transactor.send({
        address: config.consentAddress,
        abi: consentRegistryAbi,
        functionName: "publishKeyring",
        args: [patient, cidToBytes(cid)],
      });
      if (!published) {
        // The transactor's sentence says why (declined, or the network); nothing was replaced.
        setStep("error");
        return;
      }
      rememberOwnKeyring(queryClient, patient, next, {
        cid,
        keyVersion: next.version,
        holderKey: next.publicKeyHex,
        keys,
        archived,
      });
      transactor.reset();
      if (!(await register(next.publicKeyHex))) {
        remember(next, "unfinishedRotation");
        throw new Error(
          "Your new key is ready but not yet published in the directory. Press the button again to finish.",
        );
      }
      remember(next, "current");
      await queryClient.invalidateQueries();
      setStep("done");
    } catch (failure) {
      setError(describeError(failure));
      setStep("error");
    }
  }, [key, client, config, patient, signMessageAsync, steps, transactor, queryClient, remember, register]);

  /** A rotation whose keyring is published but whose new public key is not yet in the Directory. */
  const finish = useCallback(async () => {
    setError(null);
    transactor.reset();
    if (!key) return;
    if (await register(key.publicKeyHex)) {
      remember(key, "current");
      await queryClient.invalidateQueries();
      setStep("done");
    } else {
      setStep("error");
    }
  }, [key, register, remember, queryClient, transactor]);

  return {
    rotate: state === "unfinishedRotation" ? finish : rotate,
    step,
    transactionStatus: transactor.status,
    error: error ?? transactor.error,
  };
}
