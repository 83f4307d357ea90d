import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CarBlockIterator } from "@ipld/car";
import { create } from "kubo-rpc-client";
import { describe, expect, it } from "vitest";
import { buildCar, fetchVerified, fileFromCar, IntegrityError } from "./car";
import { serveEmbeddedNode } from "./node/serve";

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const pattern = (size: number) => new Uint8Array(size).map((_, i) => (i * 31 + 7) % 256);

describe("CAR on the client", () => {
  it("computes the same CID as the IPFS node for small and multi-chunk files", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-car-"));
    const servers = await serveEmbeddedNode({ dataDir, apiPort: 15931, gatewayPort: 15932 });
    try {
      const client = create({ url: `${servers.apiUrl}/api/v0` });
      for (const size of [10, 1024 * 1024, 3 * 1024 * 1024 + 5]) {
        const bytes = pattern(size);
        const car = await buildCar(bytes);
        const { cid } = await client.add(bytes);
        expect(car.cid.toString()).toBe(cid.toString());
        expect(await fetchVerified(servers.gatewayUrl, car.cid)).toEqual(bytes);
      }
    } finally {
      await servers.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("writes the real root into the CAR header", async () => {
    const car = await buildCar(pattern(2 * 1024 * 1024));
    const reader = await CarBlockIterator.fromBytes(concat(car.parts));
    expect((await reader.getRoots())[0].toString()).toBe(car.cid.toString());
    expect(car.size).toBe(concat(car.parts).length);
  });

  it("streams from parts and reads back", async () => {
    async function* parts() {
      yield pattern(700_000);
      yield pattern(900_000);
    }
    const car = await buildCar(parts());
    const back = await fileFromCar(concat(car.parts), car.cid);
    expect(back).toEqual(concat([pattern(700_000), pattern(900_000)]));
  });

  it("refuses a CAR for another root, an altered block, or a missing block", async () => {
    const a = await buildCar(pattern(3 * 1024 * 1024));
    const b = await buildCar(new Uint8Array([1, 2, 3]));
    await expect(fileFromCar(concat(b.parts), a.cid)).rejects.toBeInstanceOf(IntegrityError);

    const bytes = concat(a.parts);
    const altered = bytes.slice();
    altered[altered.length - 10] ^= 0xff;
    await expect(fileFromCar(altered, a.cid)).rejects.toThrow(/does not match its CID/);

    const missing = concat(a.parts.slice(0, -1));
    await expect(fileFromCar(missing, a.cid)).rejects.toBeInstanceOf(IntegrityError);
  });
});
