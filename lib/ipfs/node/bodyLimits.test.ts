import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedNode, startEmbeddedNode } from "./embeddedNode";
import { kuboRpcHandler } from "./kuboRpc";
import { carOf, dagImport, rawBlock, sendChunked } from "./testing";

const LIMIT = 1024 * 1024;
const BOUNDARY = "carekeys-test-boundary";
const multipart = {
  headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
  prefix: new TextEncoder().encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="upload.car"\r\n` +
      "Content-Type: application/octet-stream\r\n\r\n",
  ),
};

// Regression (issue 9, part 3): the node's RPC read a chunked body (no Content-Length) to its end
// before looking at its size, so one request could make it hold any amount of memory.
describe("the node's RPC refuses a body over its limit while it streams in", () => {
  let dataDir: string;
  let node: EmbeddedNode;
  let server: Server;
  let apiUrl: string;
  const sockets: Socket[] = [];
  /** Bytes the server read from its connections (headers included). */
  const serverRead = () => sockets.reduce((n, socket) => n + socket.bytesRead, 0);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-ipfs-limits-"));
    node = await startEmbeddedNode(dataDir);
    server = createServer();
    server.on("connection", (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    server.on("request", kuboRpcHandler(node, { port, maxBodyBytes: LIMIT }));
    apiUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await node?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const command of ["dag/import", "add"]) {
    it(`${command}: a 64 MiB chunked body is refused with 413 after about the limit, not read to its end`, async () => {
      sockets.length = 0;
      const result = await sendChunked(`${apiUrl}/api/v0/${command}`, {
        total: 64 * 1024 * 1024,
        ...multipart,
      });
      expect(result.status).toBe(413);
      expect(JSON.parse(result.body).Message).toBe(`the request body is larger than ${LIMIT} bytes`);
      expect(serverRead()).toBeGreaterThan(LIMIT);
      expect(serverRead()).toBeLessThan(LIMIT + 4 * 1024 * 1024);
      expect((await fetch(`${apiUrl}/api/v0/version`, { method: "POST" })).status).toBe(200);
    });
  }

  it("refuses a declared Content-Length over the limit before reading, and still imports a CAR within it", async () => {
    const big = await fetch(`${apiUrl}/api/v0/dag/import`, {
      method: "POST",
      headers: multipart.headers,
      body: new Uint8Array(LIMIT + 1),
    });
    expect(big.status).toBe(413);
    const block = await rawBlock("within the limit");
    const ok = await dagImport(apiUrl, await carOf([block], block.cid));
    expect(ok.status).toBe(200);
  });
});
