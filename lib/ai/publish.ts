import type { KuboRPCClient } from "kubo-rpc-client";

/**
 * Stores a model artifact on the IPFS node as the registered CID names it: CIDv1, raw leaves, so
 * a small file's CID is the sha256 of its bytes and the same bytes always give the same CID.
 */
export async function storeArtifact(ipfs: KuboRPCClient, bytes: Uint8Array): Promise<string> {
  const { cid } = await ipfs.add(bytes, { cidVersion: 1, rawLeaves: true, pin: true });
  return cid.toString();
}
