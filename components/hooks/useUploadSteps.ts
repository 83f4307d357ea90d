"use client";

import { useQueryClient } from "@tanstack/react-query";
import { getPublicClient } from "@wagmi/core";
import { useMemo } from "react";
import { type Address, concatBytes } from "viem";
import { useConfig } from "wagmi";
import { toChainAnchors } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { writeCall } from "@/lib/contracts/writeCall";
import { anchorStateOf } from "@/lib/records/chain";
import type { UploadSteps } from "@/lib/records/pending";
import { useAppConfig } from "../AppConfigContext";
import { SIGN_IN_SESSION_KEY } from "../auth/useSignInSession";

/**
 * The network steps of an upload: the upload route (pins the CAR), a read of the anchor, and
 * one transaction that anchors every record of a file.
 */
export function useUploadSteps(patient: Address): UploadSteps {
  const config = useConfig();
  const app = useAppConfig();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      upload: async (cid, car) => {
        const response = await fetch(`/api/ipfs/upload?cid=${encodeURIComponent(cid)}`, {
          method: "POST",
          headers: { "content-type": "application/vnd.ipld.car" },
          // One buffer rather than a Blob: browsers and test tools can then see every byte sent.
          body: concatBytes(car) as BodyInit,
        }).catch(() => {
          throw new Error("The CareKeys server could not be reached. Your upload is kept on this device.");
        });
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          if (response.status === 401) {
            // The session ended: show the person as signed out, so "Connect wallet" offers sign-in.
            void queryClient.invalidateQueries({ queryKey: SIGN_IN_SESSION_KEY });
            throw new Error(
              body.error ?? "Sign in to upload: your sign-in has ended. Your upload is kept on this device.",
            );
          }
          throw new Error(body.error ?? `The upload failed (HTTP ${response.status}).`);
        }
      },
      anchorState: async (upload) => {
        const client = getPublicClient(config);
        if (!client)
          throw new Error("The blockchain node could not be reached. Your upload is kept on this device.");
        return anchorStateOf(client, app.consentAddress, upload);
      },
      anchor: async (uploads) => {
        await writeCall(
          config,
          {
            address: app.consentAddress,
            abi: consentRegistryAbi,
            functionName: "anchorRecords",
            args: [patient, toChainAnchors(uploads)],
          },
          patient,
        );
      },
    }),
    [config, app.consentAddress, patient, queryClient],
  );
}
