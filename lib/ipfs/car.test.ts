import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { CarBlockIterator } from "@ipld/car";
import { importer } from "ipfs-unixfs-importer";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { create } from "kubo-rpc-client";
import type { CID } from "multiformats/cid";
import { describe, expect, it } from "vitest";
import { buildCar, fetchVerified, fileFromCar, IntegrityError } from "./car";
import type { Block } from "./dag";
import { serveEmbeddedNode } from "./node/serve";
import { carOf } from "./node/testing";

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const pattern = (size: number) => new Uint8Array(size).map((_, i) => (i * 31 + 7) % 256);

describe("CAR on the client", () => {
  it("computes the same CID as the IPFS node for small and multi-chunk files", {
    timeout: 90_000,
  }, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-car-"));
    const servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
    try {
      const client = create({ url: `${servers.apiUrl}/api/v0` });
      for (const size of [10, 1024 * 1024, 3 * 1024 * 1024 + 5]) {
        const bytes = pattern(size);
        const car = await buildCar(bytes);
        const { cid } = await client.add(bytes);
        expect(car.cid.toString()).toBe(cid.toString());
        expect(await fetchVerified(servers.gatewayUrl, car.cid)).toEqual(bytes);
      }
      // A reader stops reading the gateway's answer at what a file within its limits can measure.
      const distinct = new Uint8Array(randomBytes(3 * 1024 * 1024)); // no two 1 MiB chunks alike
      const big = await buildCar(distinct);
      await client.add(distinct);
      await expect(
        fetchVerified(servers.gatewayUrl, big.cid, { maxBlocks: 10, maxBytes: 1024 * 1024 }),
      ).rejects.toThrow(/sent more for .* than a file this app reads/);
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

  it("refuses a small CAR whose repeated links would expand past the read limits", async () => {
    // 20 MiB of zeros is one 1 MiB block linked 20 times: fine by default, over an 8 MiB cap.
    const zeros = await buildCar(new Uint8Array(20 * 1024 * 1024));
    const limits = { maxBlocks: 100, maxBytes: 8 * 1024 * 1024 };
    await expect(fileFromCar(concat(zeros.parts), zeros.cid, limits)).rejects.toThrow(
      /exceeds what one request may handle/,
    );
    // 40,000 one-byte chunks of the same byte: a few blocks, 40,000 once expanded.
    const blocks: Block[] = [];
    let root: CID | undefined;
    const sink = {
      put: async (cid: CID, bytes: Uint8Array) => {
        if (!blocks.some((block) => block.cid.equals(cid))) blocks.push({ cid, bytes });
        return cid;
      },
    };
    const options = { cidVersion: 1, rawLeaves: true, chunker: fixedSize({ chunkSize: 1 }) } as const;
    for await (const entry of importer([{ content: [new Uint8Array(40_000).fill(1)] }], sink, options))
      root = entry.cid;
    const car = await carOf(blocks, root!);
    expect(car.length).toBeLessThan(200_000);
    await expect(fileFromCar(car, root!)).rejects.toBeInstanceOf(IntegrityError);
  });

  it("ends a read from a gateway that stops sending with a sentence, not a wait without end", async () => {
    const sockets = new Set<import("node:net").Socket>();
    const stalling = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.ipld.car" });
      res.write(new Uint8Array([0x3a])); // one byte of a CAR header, then nothing
    });
    stalling.on("connection", (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => stalling.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`;
    try {
      const car = await buildCar(new Uint8Array([1, 2, 3]));
      await expect(fetchVerified(url, car.cid, undefined, 300)).rejects.toThrow(
        /stopped sending .* \(nothing for 0.3 seconds\)\. Try again in a moment\./,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => stalling.close(resolve));
    }
  });
});
