"use client";

import { readContract } from "@wagmi/core";
import { useMemo } from "react";
import { type Address, concatBytes, type Hex, zeroAddress } from "viem";
import { useConfig } from "wagmi";
import { anchorRecordsCalls, cidFromBytes } from "@/lib/consent/consent";
import { consentRegistryAbi } from "@/lib/contracts/generated";
import { writeCall } from "@/lib/contracts/writeCall";
import type { UploadSteps } from "@/lib/records/pending";
import { useAppConfig } from "../AppConfigContext";

/**
 * The network steps of an upload: the upload route (pins the CAR), a read of the anchor, and
 * one multicall transaction that anchors every record of a file.
 */
export function useUploadSteps(patient: Address): UploadSteps {
  const config = useConfig();
  const app = useAppConfig();
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
          throw new Error(body.error ?? `The upload failed (HTTP ${response.status}).`);
        }
      },
      anchoredCid: async (recordId: Hex) => {
        const record = await readContract(config, {
          address: app.consentAddress,
          abi: consentRegistryAbi,
          functionName: "recordOf",
          args: [recordId],
        });
        return record.patient === zeroAddress ? null : cidFromBytes(record.cid);
      },
      anchor: async (uploads) => {
        await writeCall(
          config,
          {
            address: app.consentAddress,
            abi: consentRegistryAbi,
            functionName: "multicall",
            args: [anchorRecordsCalls(uploads)],
          },
          patient,
        );
      },
    }),
    [config, app.consentAddress, patient],
  );
}
