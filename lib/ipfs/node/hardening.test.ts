import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { create } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IpfsServers, serveEmbeddedNode } from "./serve";
import { carOf, dagImport, identityNode, missingCid, pbNode, rawBlock } from "./testing";

describe("the IPFS node survives any request (issue 9)", () => {
  let dataDir: string;
  let servers: IpfsServers;
  const rpc = (command: string) => fetch(`${servers.apiUrl}/api/v0/${command}`, { method: "POST" });
  const stored = async (cid: CID) => (await fetch(`${servers.gatewayUrl}/ipfs/${cid}?format=raw`)).status;
  const stillAnswers = async () => expect((await rpc("version")).status).toBe(200);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-ipfs-hardening-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers the killer GET (an identity CID linking to a block no node has) with 404 before any header", async () => {
    const killer = identityNode([await missingCid()]);
    for (const format of ["car", "file"]) {
      const response = await fetch(`${servers.gatewayUrl}/ipfs/${killer}?format=${format}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(/is missing \(the DAG under .* is incomplete\)/);
    }
    const cat = await rpc(`cat?arg=${killer}`);
    expect(cat.status).toBe(404);
    expect((await cat.json()).Message).toMatch(/is missing/);
    await stillAnswers();
  });

  it("refuses an upload whose child block is missing with 400, and keeps none of its blocks", async () => {
    const present = await rawBlock("a block that came with the upload");
    const root = await pbNode([present.cid, await missingCid()]);
    const response = await dagImport(servers.apiUrl, await carOf([root, present], root.cid));
    expect(response.status).toBe(400);
    expect((await response.json()).Message).toMatch(/is missing/);
    expect(await stored(root.cid)).toBe(404);
    expect(await stored(present.cid)).toBe(404);
    await stillAnswers();
  });

  it("refuses an upload whose root is missing with 400, and keeps none of its blocks", async () => {
    const child = await rawBlock("a child without its root");
    const root = await pbNode([child.cid]);
    const response = await dagImport(servers.apiUrl, await carOf([child], root.cid));
    expect(response.status).toBe(400);
    expect(await stored(child.cid)).toBe(404);
    await stillAnswers();
  });

  it("refuses to pin a DAG it does not have completely (pin/add), and keeps answering", async () => {
    const response = await rpc(`pin/add?arg=${identityNode([await missingCid()])}`);
    expect(response.status).toBe(404);
    expect((await response.json()).Message).toMatch(/is missing/);
    await stillAnswers();
  });

  it("refuses a CID carrying more bytes than Helia takes (identity hash over 128 bytes) with 400, wherever it is, and keeps answering", async () => {
    // Helia's blockstore throws on it from inside its pin walker, where nothing catches it: one
    // upload linking such a CID after its first 16 MiB stopped the node (outside review).
    const long = CID.createV1(0x55, identity.digest(new Uint8Array(200).fill(1)));
    const head = await rawBlock("an honest first chunk");
    const root = await pbNode([head.cid, long]);
    const linked = await dagImport(servers.apiUrl, await carOf([root, head], root.cid));
    expect(linked.status).toBe(400);
    expect((await linked.json()).Message).toMatch(/at most 128 are accepted/);
    expect(await stored(root.cid)).toBe(404);
    expect(await stored(head.cid)).toBe(404);

    const asBlock = await dagImport(
      servers.apiUrl,
      await carOf([root, head, { cid: long, bytes: long.multihash.digest }], root.cid),
    );
    expect(asBlock.status).toBe(400);
    expect((await dagImport(servers.apiUrl, await carOf([], long))).status).toBe(400);
    expect((await rpc(`pin/add?arg=${long}`)).status).toBe(400);
    expect((await rpc(`pin/add?arg=${identityNode([long])}`)).status).toBe(400);
    for (const format of ["car", "raw", "file"])
      expect((await fetch(`${servers.gatewayUrl}/ipfs/${long}?format=${format}`)).status).toBe(400);
    await stillAnswers();
  });

  it("answers a truncated CAR, a wrong codec or a block outside the DAG with 400", async () => {
    const block = await rawBlock("whole");
    const whole = await carOf([block], block.cid);
    const truncated = await dagImport(servers.apiUrl, whole.subarray(0, whole.length - 3));
    expect(truncated.status).toBe(400);
    expect((await truncated.json()).Message).toMatch(/truncated or damaged/);

    const cbor = { ...block, cid: CID.createV1(0x71, block.cid.multihash) }; // dag-cbor
    const wrongCodec = await dagImport(servers.apiUrl, await carOf([cbor], cbor.cid));
    expect(wrongCodec.status).toBe(400);
    expect((await wrongCodec.json()).Message).toMatch(/codec 0x71/);

    const stray = await rawBlock("not linked from the root");
    const extra = await dagImport(servers.apiUrl, await carOf([block, stray], block.cid));
    expect(extra.status).toBe(400);
    expect((await extra.json()).Message).toMatch(/not part of the DAG/);
    expect(await stored(stray.cid)).toBe(404);
    expect((await dagImport(servers.apiUrl, new TextEncoder().encode("not a car"))).status).toBe(400);
    await stillAnswers();
  });

  it("refuses a small DAG whose repeated links expand past the limits (413), storing nothing", async () => {
    const leaf = await rawBlock(new Uint8Array(1024 * 1024).fill(7));
    const wide = await pbNode(Array(600).fill(leaf.cid)); // 600 MiB once every link is followed
    const wideUpload = await dagImport(servers.apiUrl, await carOf([wide, leaf], wide.cid));
    expect(wideUpload.status).toBe(413);
    expect((await wideUpload.json()).Message).toMatch(/exceeds what one request may handle/);

    const tiny = await rawBlock("x");
    const inner = await pbNode(Array(200).fill(tiny.cid));
    const deep = await pbNode(Array(200).fill(inner.cid)); // 40,201 blocks once expanded
    expect((await dagImport(servers.apiUrl, await carOf([deep, inner, tiny], deep.cid))).status).toBe(413);
    for (const block of [wide, leaf, deep, inner, tiny]) expect(await stored(block.cid)).toBe(404);
    await stillAnswers();
  });

  it("still imports, pins and serves a complete upload through kubo-rpc-client", async () => {
    const leaves = await Promise.all(["one", "two"].map((text) => rawBlock(text)));
    const root = await pbNode(leaves.map((leaf) => leaf.cid));
    const client = create({ url: `${servers.apiUrl}/api/v0` });
    for await (const result of client.dag.import([await carOf([root, ...leaves], root.cid)])) {
      expect(result.root.cid.toString()).toBe(root.cid.toString());
    }
    const pinned = [];
    for await (const pin of client.pin.ls({ paths: [root.cid] })) pinned.push(pin.cid.toString());
    expect(pinned).toEqual([root.cid.toString()]);
    const car = await fetch(`${servers.gatewayUrl}/ipfs/${root.cid}?format=car`);
    expect(car.status).toBe(200);
    expect((await car.arrayBuffer()).byteLength).toBeGreaterThan(root.bytes.length + 6);
  });
});

describe("the node's RPC is for the server only (issue 9)", () => {
  let dataDir: string;
  let servers: IpfsServers;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-ipfs-rpc-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A raw POST with exactly these headers (fetch would not let a test set Host). */
  const post = (command: string, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${servers.apiUrl}/api/v0/${command}`);
      const req = request(url, { method: "POST", headers, setHost: !("host" in headers) }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("refuses a cross-origin POST (a web page could otherwise unpin) with 403", async () => {
    const refused = await post("pin/rm?arg=bafkqaaa", { origin: "http://127.0.0.1:3000" });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).Message).toMatch(/does not answer web pages/);
    expect((await post("version", { referer: "http://evil.example/" })).status).toBe(403);
    expect((await post("version", { "user-agent": "Mozilla/5.0 (X11; Linux x86_64)" })).status).toBe(403);
  });

  it("refuses a foreign Host (DNS rebinding) with 403, and answers loopback names with its port", async () => {
    const port = new URL(servers.apiUrl).port;
    for (const host of ["evil.example", `evil.example:${port}`, "127.0.0.1:1", `10.0.0.1:${port}`]) {
      expect((await post("version", { host })).status).toBe(403);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await post("version", { host })).status).toBe(200);
    }
    expect((await create({ url: `${servers.apiUrl}/api/v0` }).version()).version).toMatch(/carekeys/);
  });
});
