import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CarWriter } from "@ipld/car";
import { create } from "kubo-rpc-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCar } from "@/lib/ipfs/car";
import { type IpfsServers, serveEmbeddedNode } from "@/lib/ipfs/node/serve";
import { POST } from "./route";

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const upload = (cid: string, body: Uint8Array) =>
  POST(
    new Request(`http://127.0.0.1/api/ipfs/upload?cid=${cid}`, { method: "POST", body: body as BodyInit }),
  );

describe("POST /api/ipfs/upload", () => {
  let dataDir: string;
  let servers: IpfsServers;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-route-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 15961, gatewayPort: 15962 });
    process.env.IPFS_API_URL = servers.apiUrl;
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
    delete process.env.IPFS_API_URL;
    delete process.env.MAX_UPLOAD_BYTES;
  });

  it("imports and pins a CAR whose blocks match their CIDs", async () => {
    const car = await buildCar(new TextEncoder().encode("ciphertext, really"));
    const response = await upload(car.cid.toString(), concat(car.parts));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cid: car.cid.toString() });
    const pins = [];
    for await (const pin of create({ url: `${servers.apiUrl}/api/v0` }).pin.ls({ paths: [car.cid] }))
      pins.push(pin);
    expect(pins).toHaveLength(1);
  });

  it("refuses a block that does not hash to its CID, with 400 and a reason", async () => {
    const honest = await buildCar(new TextEncoder().encode("the real bytes"));
    const { writer, out } = CarWriter.create([honest.cid]);
    const chunks: Uint8Array[] = [];
    const collecting = (async () => {
      for await (const c of out) chunks.push(c);
    })();
    await writer.put({ cid: honest.cid, bytes: new TextEncoder().encode("forged bytes!!") });
    await writer.close();
    await collecting;
    const response = await upload(honest.cid.toString(), concat(chunks));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/does not match its CID/);
  });

  it("refuses a CAR for another CID, something that is not a CAR, and a missing cid", async () => {
    const a = await buildCar(new Uint8Array([1]));
    const b = await buildCar(new Uint8Array([2]));
    expect((await (await upload(b.cid.toString(), concat(a.parts))).json()).error).toMatch(/root is not/);
    expect((await upload(a.cid.toString(), new TextEncoder().encode("hello"))).status).toBe(400);
    const missing = await POST(
      new Request("http://127.0.0.1/api/ipfs/upload", { method: "POST", body: "x" }),
    );
    expect(missing.status).toBe(400);
  });

  it("refuses an upload over the configured limit with 413", async () => {
    process.env.MAX_UPLOAD_BYTES = "100";
    try {
      const car = await buildCar(new Uint8Array(500));
      const response = await upload(car.cid.toString(), concat(car.parts));
      expect(response.status).toBe(413);
      expect((await response.json()).error).toMatch(/larger than this server accepts/);
    } finally {
      delete process.env.MAX_UPLOAD_BYTES;
    }
  });

  it("says the storage node is unreachable (503), keeping the upload on the device", async () => {
    process.env.IPFS_API_URL = "http://127.0.0.1:1";
    try {
      const car = await buildCar(new Uint8Array([9, 9]));
      const response = await upload(car.cid.toString(), concat(car.parts));
      expect(response.status).toBe(503);
      expect((await response.json()).error).toMatch(/kept on this device/);
    } finally {
      process.env.IPFS_API_URL = servers.apiUrl;
    }
  });
});
