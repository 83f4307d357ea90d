"use client";

import { useQuery } from "@tanstack/react-query";
import { usePublicClient } from "wagmi";
import { listDirectory } from "@/lib/sharing/directory";
import { useAppConfig } from "../AppConfigContext";

export const directoryQueryKey = (directory: string) => ["directory", directory] as const;

/** Every clinician, clinic and AI model in the Directory, verified first (read from the chain). */
export function useDirectory() {
  const { directoryAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: directoryQueryKey(directoryAddress),
    enabled: Boolean(client),
    queryFn: () => listDirectory(client!, directoryAddress),
  });
}
