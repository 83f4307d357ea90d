import { CID } from "multiformats/cid";
import type { Address } from "viem";
import { z } from "zod";
import { chainClient, errorResponse, readJson, signedInAction } from "@/lib/auth/http";
import type { ServerConfig } from "@/lib/config/server";
import { ipfsClient } from "@/lib/ipfs/client";
import { UnpinRefused, unpinOwnObject } from "@/lib/uploads/unpin";

const isCid = (text: string) => {
  try {
    CID.parse(text);
    return true;
  } catch {
    return false;
  }
};
const body = z.object({ cid: z.string().min(1).max(200).refine(isCid) });

/**
 * POST /api/ipfs/unpin `{ cid }`: a signed-in patient removes one of their own objects the chain
 * shows as replaced (a superseded record, a keyring a later one replaced); see `unpinOwnObject`.
 */
export async function POST(request: Request) {
  return signedInAction(request, signInToUnpin, (config, address) => unpin(request, config, address));
}

async function unpin(request: Request, config: ServerConfig, address: Address): Promise<Response> {
  const parsed = body.safeParse(await readJson(request, 1024));
  if (!parsed.success) return errorResponse(400, 'Say which file to remove: { "cid": "<cid>" }.');
  try {
    return Response.json(
      await unpinOwnObject(parsed.data.cid, {
        address,
        consent: config.public.consentAddress,
        directory: config.public.directoryAddress,
        client: chainClient(config),
        ipfs: ipfsClient(config.IPFS_API_URL),
        dataDir: config.UPLOAD_DATA_DIR,
      }),
    );
  } catch (error) {
    if (error instanceof UnpinRefused) return errorResponse(error.status, error.message);
    throw error;
  }
}

function signInToUnpin(reason: string): string {
  return `Sign in to remove files: ${reason}. Press "Connect wallet" at the top of the page and sign the message in your wallet.`;
}
