import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { create, type KuboRPCClient } from "kubo-rpc-client";
import * as raw from "multiformats/codecs/raw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IpfsServers, serveEmbeddedNode } from "./serve";
import { carOf, rawBlock } from "./testing";

describe("embedded IPFS node", () => {
  let dataDir: string;
  let servers: IpfsServers;
  let client: KuboRPCClient;
  const ports = { apiPort: 0, gatewayPort: 0 };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-ipfs-"));
    servers = await serveEmbeddedNode({ dataDir, ...ports });
    client = create({ url: `${servers.apiUrl}/api/v0` });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers version through kubo-rpc-client", async () => {
    expect((await client.version()).version).toMatch(/carekeys-helia/);
  });

  it("adds, pins and cats a file with CIDv1 raw leaves", async () => {
    const { cid, size } = await client.add(new TextEncoder().encode("hello carekeys"));
    expect(cid.version).toBe(1);
    expect(cid.code).toBe(raw.code);
    expect(size).toBe(14);
    const chunks: Uint8Array[] = [];
    for await (const chunk of client.cat(cid)) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe("hello carekeys");
    const pins = [];
    for await (const pin of client.pin.ls({ paths: [cid] })) pins.push(pin.cid.toString());
    expect(pins).toEqual([cid.toString()]);
  });

  it("imports a verified CAR and pins its root", async () => {
    const block = await rawBlock("sealed envelope bytes");
    const imported = [];
    for await (const result of client.dag.import([await carOf([block], block.cid)])) imported.push(result);
    expect(imported[0].root.cid.toString()).toBe(block.cid.toString());
    const response = await fetch(`${servers.gatewayUrl}/ipfs/${block.cid}?format=raw`);
    expect(response.headers.get("content-type")).toBe("application/vnd.ipld.raw");
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe("sealed envelope bytes");
  });

  it("refuses a CAR whose block does not hash to its CID, and stores nothing", async () => {
    const honest = await rawBlock("what the CID names");
    const forged = { cid: honest.cid, bytes: new TextEncoder().encode("something else") };
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await carOf([forged], forged.cid))]), "upload.car");
    const refused = await fetch(`${servers.apiUrl}/api/v0/dag/import`, { method: "POST", body: form });
    expect(refused.status).toBe(400);
    expect((await refused.json()).Message).toMatch(/does not match its CID/);
    const gateway = await fetch(`${servers.gatewayUrl}/ipfs/${honest.cid}?format=raw`);
    expect(gateway.status).toBe(404);
  });

  it("serves a whole DAG as a CAR from the gateway", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    const { cid } = await client.add(big);
    const response = await fetch(`${servers.gatewayUrl}/ipfs/${cid}?format=car`);
    expect(response.headers.get("content-type")).toMatch(/application\/vnd.ipld.car/);
    const car = new Uint8Array(await response.arrayBuffer());
    expect(car.length).toBeGreaterThan(big.length);
  });

  it("keeps data and pins across a restart", async () => {
    const { cid } = await client.add(new TextEncoder().encode("survives restarts"));
    await servers.stop();
    servers = await serveEmbeddedNode({ dataDir, ...ports });
    const response = await fetch(`${servers.gatewayUrl}/ipfs/${cid}`);
    expect(await response.text()).toBe("survives restarts");
    expect(
      await (await fetch(`${servers.apiUrl}/api/v0/pin/ls?arg=${cid}`, { method: "POST" })).json(),
    ).toEqual({
      Keys: { [cid.toString()]: { Type: "recursive" } },
    });
  });

  it("explains a wrong method or an unknown command", async () => {
    expect((await fetch(`${servers.apiUrl}/api/v0/version`)).status).toBe(405);
    const unknown = await fetch(`${servers.apiUrl}/api/v0/swarm/peers`, { method: "POST" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).Message).toMatch(/not part of the CareKeys Kubo RPC subset/);
  });
});
