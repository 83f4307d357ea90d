import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type UnixFS, unixfs } from "@helia/unixfs";
import { FsBlockstore } from "blockstore-fs";
import { FsDatastore } from "datastore-fs";
import { createHeliaLight, type Helia } from "helia";
import type { CID } from "multiformats/cid";

/**
 * `store` is the blockstore on disk under Helia's: garbage collection reads and removes blocks
 * there directly (`collectGarbage`), without Helia's pin counters.
 */
export type EmbeddedNode = { helia: Helia; fs: UnixFS; store: FsBlockstore; stop: () => Promise<void> };

/**
 * The local IPFS node: Helia with blocks and pins on disk under `dataDir`, and no network at
 * all (no libp2p, no discovery). Data and pins survive restarts.
 */
export async function startEmbeddedNode(dataDir: string): Promise<EmbeddedNode> {
  await mkdir(path.join(dataDir, "blocks"), { recursive: true });
  const blockstore = new FsBlockstore(path.join(dataDir, "blocks"));
  const datastore = new FsDatastore(path.join(dataDir, "datastore"));
  const helia = createHeliaLight({ blockstore, datastore });
  await helia.start();
  return {
    helia,
    fs: unixfs(helia),
    store: blockstore,
    stop: async () => {
      await helia.stop();
    },
  };
}

/** One block of the node, read from disk (the node never fetches from others). */
export async function readBlock(node: EmbeddedNode, cid: CID): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of node.helia.blockstore.get(cid, { offline: true })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** One block of the node, or undefined if it has none. */
export async function readLocalBlock(node: EmbeddedNode, cid: CID): Promise<Uint8Array | undefined> {
  return (await node.helia.blockstore.has(cid)) ? readBlock(node, cid) : undefined;
}
