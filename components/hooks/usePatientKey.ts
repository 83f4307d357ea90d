"use client";

import type { Address } from "viem";
import { useReadContract } from "wagmi";
import { directoryAbi } from "@/lib/contracts/generated";
import { useAppConfig } from "../AppConfigContext";

const NO_KEY = `0x${"00".repeat(32)}`;

/** The patient's registered encryption public key, or null when none is registered yet. */
export function usePatientKey(address: Address | undefined) {
  const { directoryAddress, chainId } = useAppConfig();
  const query = useReadContract({
    address: directoryAddress,
    abi: directoryAbi,
    functionName: "patientKeyOf",
    args: address ? [address] : undefined,
    chainId,
    query: { enabled: Boolean(address) },
  });
  const key = query.data && query.data !== NO_KEY ? query.data : null;
  return { ...query, key };
}
