import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type UnixFS, unixfs } from "@helia/unixfs";
import { FsBlockstore } from "blockstore-fs";
import { FsDatastore } from "datastore-fs";
import { createHeliaLight, type Helia } from "helia";

export type EmbeddedNode = { helia: Helia; fs: UnixFS; stop: () => Promise<void> };

/**
 * The local IPFS node: Helia with blocks and pins on disk under `dataDir`, and no network at
 * all (no libp2p, no discovery). Data and pins survive restarts.
 */
export async function startEmbeddedNode(dataDir: string): Promise<EmbeddedNode> {
  await mkdir(dataDir, { recursive: true });
  const blockstore = new FsBlockstore(path.join(dataDir, "blocks"));
  const datastore = new FsDatastore(path.join(dataDir, "datastore"));
  const helia = createHeliaLight({ blockstore, datastore });
  await helia.start();
  return {
    helia,
    fs: unixfs(helia),
    stop: async () => {
      await helia.stop();
    },
  };
}
