import { create, type KuboRPCClient } from "kubo-rpc-client";

/**
 * The app's only way to the IPFS node: the Kubo RPC API at `IPFS_API_URL` (the embedded node
 * locally, a real Kubo or IPFS Cluster proxy in production). Server-side only: it is an
 * admin API.
 */
export function ipfsClient(apiUrl: string): KuboRPCClient {
  return create({ url: new URL("/api/v0", apiUrl).toString() });
}

/** Adds a JSON document (public metadata: profiles, model cards), pins it and returns its CID. */
export async function addJson(client: KuboRPCClient, value: unknown): Promise<string> {
  const { cid } = await client.add(new TextEncoder().encode(JSON.stringify(value)), {
    cidVersion: 1,
    rawLeaves: true,
    pin: true,
  });
  return cid.toString();
}
