import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedNode, startEmbeddedNode } from "./embeddedNode";
import { gatewayHandler } from "./gateway";
import { identityNode, missingCid, pbNode, rawBlock } from "./testing";

/**
 * The gateway over a node whose blockstore already holds DAGs no upload would be accepted with
 * today (stored by an older node, or by hand): it must still serve nothing incomplete, nothing
 * unbounded, and nothing a browser would render.
 */
describe("the gateway", () => {
  let dataDir: string;
  let node: EmbeddedNode;
  let server: Server;
  let gatewayUrl: string;
  const get = (cid: unknown, format = "car", init: RequestInit = {}) =>
    fetch(`${gatewayUrl}/ipfs/${cid}?format=${format}`, init);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-gateway-"));
    node = await startEmbeddedNode(dataDir);
    server = createServer(gatewayHandler(node));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await node?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("sends nosniff, a sandboxing CSP and an IPLD or octet-stream type on every response, and keeps CORS open", async () => {
    const block = await rawBlock("<html><script>alert(document.domain)</script></html>");
    await node.helia.blockstore.put(block.cid, block.bytes);
    const responses = {
      car: await get(block.cid, "car"),
      raw: await get(block.cid, "raw"),
      file: await get(block.cid, "file"),
      missing: await get(await missingCid()),
      invalid: await fetch(`${gatewayUrl}/ipfs/not-a-cid`),
      preflight: await fetch(`${gatewayUrl}/ipfs/${block.cid}`, { method: "OPTIONS" }),
    };
    for (const response of Object.values(responses)) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
    expect(responses.car.headers.get("content-type")).toBe("application/vnd.ipld.car; version=1");
    expect(responses.raw.headers.get("content-type")).toBe("application/vnd.ipld.raw");
    expect(responses.file.headers.get("content-type")).toBe("application/octet-stream");
    expect(await responses.file.text()).toContain("<script>");
    expect(responses.missing.status).toBe(404);
    expect(responses.invalid.status).toBe(400);
    expect(responses.preflight.status).toBe(204);
    expect(responses.preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD");
    expect(responses.preflight.headers.get("access-control-allow-headers")).toBe("accept");
  });

  it("answers a stored DAG with a missing block with 404, never a 200 with a cut body", async () => {
    const present = await rawBlock("stored alone");
    const root = await pbNode([present.cid, await missingCid()]);
    for (const block of [root, present]) await node.helia.blockstore.put(block.cid, block.bytes);
    for (const format of ["car", "file"]) {
      const response = await get(root.cid, format);
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(/is missing/);
    }
    expect((await get(identityNode([await missingCid()]), "car", { method: "HEAD" })).status).toBe(404);
  });

  it("refuses with 422 to expand a stored DAG of repeated links past its limits, as CAR or as a file", async () => {
    const tiny = await rawBlock("y");
    const inner = await pbNode(Array(200).fill(tiny.cid));
    const deep = await pbNode(Array(200).fill(inner.cid)); // 40,201 blocks once expanded
    for (const block of [deep, inner, tiny]) await node.helia.blockstore.put(block.cid, block.bytes);
    for (const format of ["car", "file"]) {
      const response = await get(deep.cid, format);
      expect(response.status).toBe(422);
      expect(await response.text()).toMatch(/exceeds what one request may handle/);
    }
    // A file within the limits that repeats a block (one-byte chunks of "yyy") is served, each block once.
    const few = await node.fs.addBytes(new TextEncoder().encode("yyy"), {
      cidVersion: 1,
      rawLeaves: true,
      chunker: fixedSize({ chunkSize: 1 }),
    });
    expect(await (await get(few, "file")).text()).toBe("yyy");
    expect((await (await get(few, "car")).arrayBuffer()).byteLength).toBeLessThan(300);
  });

  it("answers a complete DAG that is not one file (dag-pb without UnixFS, a directory) with 422 before any header, not a cut connection", async () => {
    const leaf = await rawBlock("inside a node that is not a file");
    const notUnixfs = await pbNode([leaf.cid]);
    for (const block of [notUnixfs, leaf]) await node.helia.blockstore.put(block.cid, block.bytes);
    const directory = await node.fs.addDirectory();
    for (const cid of [notUnixfs.cid, directory]) {
      const response = await get(cid, "file");
      expect(response.status).toBe(422);
      expect(await response.text()).toMatch(/is not a file this gateway can serve/);
      expect((await get(cid, "car")).status).toBe(200);
    }
  });
});
