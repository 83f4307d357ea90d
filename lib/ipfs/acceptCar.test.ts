import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptCar, UploadRejected } from "./acceptCar";
import { ipfsClient } from "./client";
import { type IpfsServers, serveEmbeddedNode } from "./node/serve";
import { carOf, missingCid, pbNode, rawBlock } from "./node/testing";

describe("acceptCar, the upload route's check (issue 9)", () => {
  let dataDir: string;
  let servers: IpfsServers;
  const stored = async (cid: CID) => (await fetch(`${servers.gatewayUrl}/ipfs/${cid}?format=raw`)).status;
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error as UploadRejected,
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-accept-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses an upload linking a CID that carries over 128 bytes (it stopped the node) with 400, storing nothing", async () => {
    const long = CID.createV1(0x55, identity.digest(new Uint8Array(200).fill(2)));
    const head = await rawBlock("an honest first chunk, then a link past what the format check reads");
    const root = await pbNode([head.cid, long]);
    const error = await refusal(
      acceptCar(await carOf([root, head], root.cid), root.cid.toString(), ipfsClient(servers.apiUrl)),
    );
    expect(error?.status).toBe(400);
    expect(error?.message).toMatch(/at most 128 are accepted/);
    expect(await stored(root.cid)).toBe(404);
    expect(await stored(head.cid)).toBe(404);
    expect((await fetch(`${servers.apiUrl}/api/v0/version`, { method: "POST" })).status).toBe(200);
  });

  it("refuses an upload whose child block is missing with 400 before the node sees it, storing nothing", async () => {
    const present = await rawBlock("part of an upload");
    const root = await pbNode([present.cid, await missingCid()]);
    const error = await refusal(
      acceptCar(await carOf([root, present], root.cid), root.cid.toString(), ipfsClient(servers.apiUrl)),
    );
    expect(error).toBeInstanceOf(UploadRejected);
    expect(error?.status).toBe(400);
    expect(error?.message).toMatch(/^The upload was refused: block .* is missing/);
    expect(await stored(root.cid)).toBe(404);
    expect(await stored(present.cid)).toBe(404);
  });

  it("refuses an upload without its root block with 400, storing nothing", async () => {
    const child = await rawBlock("an orphan");
    const root = await pbNode([child.cid]);
    const error = await refusal(
      acceptCar(await carOf([child], root.cid), root.cid.toString(), ipfsClient(servers.apiUrl)),
    );
    expect(error?.status).toBe(400);
    expect(await stored(child.cid)).toBe(404);
  });

  it("refuses a truncated CAR with 400 and a DAG that expands past the limits with 413", async () => {
    const block = await rawBlock("complete");
    const car = await carOf([block], block.cid);
    const truncated = await refusal(
      acceptCar(car.subarray(0, car.length - 2), block.cid.toString(), ipfsClient(servers.apiUrl)),
    );
    expect(truncated?.status).toBe(400);
    const inner = await pbNode(Array(200).fill(block.cid));
    const root = await pbNode(Array(200).fill(inner.cid));
    const expanding = await refusal(
      acceptCar(await carOf([root, inner, block], root.cid), root.cid.toString(), ipfsClient(servers.apiUrl)),
    );
    expect(expanding?.status).toBe(413);
    expect(await stored(root.cid)).toBe(404);
  });

  it("says the node refused (502) when a node refuses what passed here, instead of 'not reachable'", async () => {
    const block = await rawBlock("a node with smaller limits");
    const strict = await serveEmbeddedNode({
      dataDir: path.join(dataDir, "strict"),
      apiPort: 0,
      gatewayPort: 0,
      limits: { maxBlocks: 10, maxBytes: 4 },
    });
    try {
      const error = await refusal(
        acceptCar(await carOf([block], block.cid), block.cid.toString(), ipfsClient(strict.apiUrl)),
      );
      expect(error?.status).toBe(502);
      expect(error?.message).toMatch(
        /^The storage node refused the upload: .*exceeds what one request may handle/,
      );
    } finally {
      await strict.stop();
    }
  });
});
