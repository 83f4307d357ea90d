import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { create, type KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Block } from "../dag";
import { startEmbeddedNode } from "./embeddedNode";
import { type IpfsServers, serveEmbeddedNode } from "./serve";
import { carOf, dagImport, pbNode, rawBlock } from "./testing";

/** A two-level DAG: a root linking to `count` leaves of its own and to `shared`. */
async function upload(name: string, count: number, shared: Block) {
  const leaves = await Promise.all(Array.from({ length: count }, (_, i) => rawBlock(`${name} leaf ${i}`)));
  const root = await pbNode([...leaves.map((leaf) => leaf.cid), shared.cid]);
  const blocks = [root, ...leaves, shared];
  return { root: root.cid, blocks, car: await carOf(blocks, root.cid) };
}

describe("repo/gc on the embedded node", () => {
  let dataDir: string;
  let servers: IpfsServers;
  let client: KuboRPCClient;
  const has = async (cid: CID) =>
    (await fetch(`${servers.apiUrl}/api/v0/block/get?arg=${cid}`, { method: "POST" })).status === 200;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-gc-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
    client = create({ url: `${servers.apiUrl}/api/v0` });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("removes the blocks of an unpinned upload and keeps every block a pin still needs", async () => {
    const shared = await rawBlock("a block both uploads link to");
    const kept = await upload("kept", 3, shared);
    const dropped = await upload("dropped", 3, shared);
    for (const { car } of [kept, dropped]) expect((await dagImport(servers.apiUrl, car)).status).toBe(200);
    await client.pin.rm(dropped.root);

    const removed: string[] = [];
    for await (const { cid, err } of client.repo.gc()) {
      expect(err).toBeNull();
      if (cid) removed.push(cid.toString());
    }

    const droppedOwn = dropped.blocks.filter((block) => block !== dropped.blocks.at(-1));
    // Named as Kubo names removed blocks: by multihash, as CIDv1 raw.
    const asRaw = (cid: CID) => CID.createV1(raw.code, cid.multihash).toString();
    expect(removed.sort()).toEqual(droppedOwn.map((block) => asRaw(block.cid)).sort());
    for (const block of droppedOwn) expect(await has(block.cid), `${block.cid} is gone`).toBe(false);
    for (const block of kept.blocks) expect(await has(block.cid), `${block.cid} is kept`).toBe(true);
    const car = await fetch(`${servers.gatewayUrl}/ipfs/${kept.root}?format=car`);
    expect(car.status).toBe(200);
  });

  it("never removes an upload that arrives while it runs (stored, then pinned, in one step)", async () => {
    const shared = await rawBlock("shared by the racing uploads");
    const uploads = await Promise.all(Array.from({ length: 5 }, (_, i) => upload(`racing ${i}`, 4, shared)));
    const gcs = async () => {
      for (let i = 0; i < 5; i++) for await (const _ of client.repo.gc());
    };
    const imports = uploads.map(async ({ car }) => (await dagImport(servers.apiUrl, car)).status);
    const [statuses] = await Promise.all([Promise.all(imports), gcs()]);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    for (const { blocks } of uploads) for (const block of blocks) expect(await has(block.cid)).toBe(true);
  });

  it("never removes a block another pin needs after a pin is removed, added again and removed again (Helia's pin counters)", async () => {
    // The outside review's attack: the victim's record is pinned; the attacker's upload links to
    // it; unpin, upload again, unpin again, collect. Helia 7.1.15 counted the shared blocks down
    // to nothing and its gc deleted the victim's record.
    const victimLeaves = await Promise.all([0, 1, 2].map((i) => rawBlock(`victim's record, chunk ${i}`)));
    const victimRoot = await pbNode(victimLeaves.map((leaf) => leaf.cid));
    const victim = [victimRoot, ...victimLeaves];
    expect((await dagImport(servers.apiUrl, await carOf(victim, victimRoot.cid))).status).toBe(200);

    const own = await rawBlock("the attacker's own first chunk");
    const attackerRoot = await pbNode([own.cid, victimRoot.cid, victimRoot.cid]);
    const attackerCar = await carOf([attackerRoot, own, ...victim], attackerRoot.cid);
    for (let round = 0; round < 2; round++) {
      expect((await dagImport(servers.apiUrl, attackerCar)).status).toBe(200);
      await client.pin.rm(attackerRoot.cid);
      for await (const { err } of client.repo.gc()) expect(err).toBeNull();
      // Checked after each round: the attacker's CAR carries the victim's blocks, so the next
      // import would put them back.
      for (const block of victim)
        expect(await has(block.cid), `round ${round}: ${block.cid} is kept`).toBe(true);
      expect(await has(own.cid)).toBe(false);
      expect(await has(attackerRoot.cid)).toBe(false);
      const car = await fetch(`${servers.gatewayUrl}/ipfs/${victimRoot.cid}?format=car`);
      expect(car.status).toBe(200);
    }
  });

  it("walks a block's links even when its multihash was first met under the raw codec (a raw alias of a dag-pb root)", async () => {
    // Second outside review: the live set was keyed by multihash, links followed only for dag-pb,
    // so a raw alias of the victim's root met first marked the root "live" without walking it.
    const leaves = await Promise.all([0, 1].map((i) => rawBlock(`aliased record, chunk ${i}`)));
    const root = await pbNode(leaves.map((leaf) => leaf.cid));
    const alias = CID.createV1(raw.code, root.cid.multihash);
    // Walked last-in first-out: the alias (listed last) is met before the root itself.
    const holder = await pbNode([root.cid, alias]);
    expect((await dagImport(servers.apiUrl, await carOf([holder, root, ...leaves], holder.cid))).status).toBe(
      200,
    );
    for await (const { err } of client.repo.gc()) expect(err).toBeNull();
    for (const block of [holder, root, ...leaves])
      expect(await has(block.cid), `${block.cid} is kept`).toBe(true);
    const ls = await fetch(`${servers.apiUrl}/api/v0/pin/ls?arg=${leaves[0].cid}`, { method: "POST" });
    expect((await ls.json()).Keys[leaves[0].cid.toString()]).toEqual({ Type: "indirect" });
  });

  it("answers only the server, like the rest of the RPC", async () => {
    const response = await fetch(`${servers.apiUrl}/api/v0/repo/gc`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
  });
});

describe("the embedded node at start", () => {
  it("removes blocks no pin reaches (an import stopped half way) and keeps pinned ones", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-gc-start-"));
    try {
      const pinnedLeaf = await rawBlock("pinned before the stop");
      const pinnedRoot = await pbNode([pinnedLeaf.cid]);
      const left = await rawBlock("stored, then the process ended before its pin");
      const node = await startEmbeddedNode(dataDir);
      for (const { cid, bytes } of [pinnedRoot, pinnedLeaf, left])
        await node.helia.blockstore.put(cid, bytes);
      for await (const _ of node.helia.pins.add(pinnedRoot.cid));
      await node.stop();

      const servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
      try {
        const status = async (cid: CID) =>
          (await fetch(`${servers.apiUrl}/api/v0/block/get?arg=${cid}`, { method: "POST" })).status;
        expect(await status(left.cid)).toBe(404);
        expect(await status(pinnedRoot.cid)).toBe(200);
        expect(await status(pinnedLeaf.cid)).toBe(200);
      } finally {
        await servers.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
