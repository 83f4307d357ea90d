"use client";

import { useQuery } from "@tanstack/react-query";
import { type ModelCard, modelCardSchema } from "@/lib/ai/card";
import { fetchVerifiedJson } from "@/lib/ipfs/car";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { useAppConfig } from "../AppConfigContext";
import { useDirectory } from "../hooks/useDirectory";

/** A registered model with its card (verified against its CID), or why the card cannot be read. */
export type RegisteredModel = { entry: DirectoryEntry } & (
  | { card: ModelCard }
  | { card: null; problem: string }
);

/** The AI models in the Directory, each with its model card from IPFS. */
export function useModels() {
  const { ipfsGatewayUrl } = useAppConfig();
  const directory = useDirectory();
  const models = (directory.data ?? []).filter((e) => e.kind === "model");
  return useQuery({
    queryKey: ["models", ipfsGatewayUrl, models.map((m) => `${m.address}:${m.profileCid}:${m.artifactCid}`)],
    enabled: directory.isSuccess,
    queryFn: () =>
      Promise.all(
        models.map(async (entry): Promise<RegisteredModel> => {
          try {
            const card = modelCardSchema.parse(await fetchVerifiedJson(ipfsGatewayUrl, entry.profileCid));
            return { entry, card };
          } catch {
            return {
              entry,
              card: null,
              problem:
                "Its model card cannot be read (it is missing or not in a form this app knows), so it is not offered.",
            };
          }
        }),
      ),
  });
}
