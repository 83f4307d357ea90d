import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { CarBlockIterator } from "@ipld/car";
import { CID } from "multiformats/cid";
import { BlockMismatchError, verifyBlock } from "../blocks";
import type { EmbeddedNode } from "./embeddedNode";

/** Largest request body the RPC accepts (the app server applies its own, lower limits). */
export const MAX_RPC_BODY_BYTES = 512 * 1024 * 1024;

class RpcError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The subset of the Kubo RPC API (/api/v0) that CareKeys uses, over the embedded Helia node:
 * version, add, cat, block/get, pin/add, pin/rm, pin/ls, dag/import. `kubo-rpc-client` talks
 * to it unmodified, so production can point the same client at a real Kubo or IPFS Cluster.
 * This is an admin API: it listens on loopback and the browser never reaches it.
 */
export function kuboRpcHandler(node: EmbeddedNode) {
  const routes: Record<string, (url: URL, req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    version: async (_url, _req, res) =>
      json(res, 200, { Version: "0.0.0-carekeys-helia", Commit: "", Repo: "", System: "", Golang: "" }),

    add: async (url, req, res) => {
      const pin = url.searchParams.get("pin") !== "false";
      const lines: string[] = [];
      for (const [name, file] of await fileParts(req)) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const cid = await node.fs.addBytes(bytes, { cidVersion: 1, rawLeaves: true });
        if (pin) await pinOnce(node, cid);
        lines.push(JSON.stringify({ Name: name, Hash: cid.toString(), Size: String(bytes.length) }));
      }
      ndjson(res, lines);
    },

    cat: async (url, _req, res) => {
      const cid = argCid(url);
      await requireLocal(node, cid);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      for await (const chunk of node.fs.cat(cid, { offline: true })) res.write(chunk);
      res.end();
    },

    "block/get": async (url, _req, res) => {
      const cid = argCid(url);
      await requireLocal(node, cid);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      for await (const chunk of node.helia.blockstore.get(cid, { offline: true })) res.write(chunk);
      res.end();
    },

    "pin/add": async (url, _req, res) => {
      const cid = argCid(url);
      await requireLocal(node, cid);
      await pinOnce(node, cid);
      json(res, 200, { Pins: [cid.toString()] });
    },

    "pin/rm": async (url, _req, res) => {
      const cid = argCid(url);
      if (!(await node.helia.pins.isPinned(cid))) throw new RpcError(500, "not pinned or pinned indirectly");
      for await (const _ of node.helia.pins.rm(cid)) {
        // drain: rm yields the CIDs it unpins
      }
      json(res, 200, { Pins: [cid.toString()] });
    },

    "pin/ls": async (url, _req, res) => {
      const arg = url.searchParams.get("arg");
      const keys: Record<string, { Type: string }> = {};
      if (arg) {
        const cid = argCid(url);
        if (!(await node.helia.pins.isPinned(cid))) throw new RpcError(500, `path '${arg}' is not pinned`);
        keys[cid.toString()] = { Type: "recursive" };
      } else {
        for await (const pin of node.helia.pins.ls()) keys[pin.cid.toString()] = { Type: "recursive" };
      }
      json(res, 200, { Keys: keys });
    },

    "dag/import": async (url, req, res) => {
      const pinRoots = url.searchParams.get("pin-roots") !== "false";
      const lines: string[] = [];
      for (const [, file] of await fileParts(req)) {
        const car = await CarBlockIterator.fromBytes(new Uint8Array(await file.arrayBuffer())).catch(() => {
          throw new RpcError(400, "the upload is not a valid CAR file");
        });
        // Verify every block before storing any of them.
        const blocks: { cid: CID; bytes: Uint8Array }[] = [];
        for await (const block of car) {
          await verifyBlock(block.cid, block.bytes);
          blocks.push(block);
        }
        for (const block of blocks) await node.helia.blockstore.put(block.cid, block.bytes);
        for (const root of await car.getRoots()) {
          const cid = CID.asCID(root) ?? CID.decode(root.bytes);
          let pinError = "";
          if (pinRoots) await pinOnce(node, cid).catch((error: Error) => (pinError = error.message));
          lines.push(JSON.stringify({ Root: { Cid: { "/": cid.toString() }, PinErrorMsg: pinError } }));
        }
      }
      ndjson(res, lines);
    },
  };

  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = url.pathname.startsWith("/api/v0/")
      ? routes[url.pathname.slice("/api/v0/".length)]
      : undefined;
    try {
      if (!route) throw new RpcError(404, `${url.pathname} is not part of the CareKeys Kubo RPC subset`);
      if (req.method !== "POST") throw new RpcError(405, "the Kubo RPC API takes POST requests only");
      await route(url, req, res);
    } catch (error) {
      const status =
        error instanceof RpcError ? error.status : error instanceof BlockMismatchError ? 400 : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) res.destroy();
      else json(res, status, { Message: message, Code: 0, Type: "error" });
    }
  };
}

async function pinOnce(node: EmbeddedNode, cid: CID): Promise<void> {
  if (await node.helia.pins.isPinned(cid)) return;
  for await (const _ of node.helia.pins.add(cid)) {
    // drain: add yields each block it pins
  }
}

async function requireLocal(node: EmbeddedNode, cid: CID): Promise<void> {
  if (!(await node.helia.blockstore.has(cid))) {
    throw new RpcError(500, `block was not found locally (offline): ${cid.toString()}`);
  }
}

function argCid(url: URL): CID {
  const arg = url.searchParams.get("arg");
  if (!arg) throw new RpcError(400, "argument 'arg' is required");
  try {
    return CID.parse(arg.replace(/^\/ipfs\//, "").split("/")[0]);
  } catch {
    throw new RpcError(400, `'${arg}' is not a valid CID`);
  }
}

async function fileParts(req: IncomingMessage): Promise<[string, File][]> {
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_RPC_BODY_BYTES) throw new RpcError(413, `request body over ${MAX_RPC_BODY_BYTES} bytes`);
  const request = new Request("http://127.0.0.1/", {
    method: "POST",
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: "half",
  } as RequestInit);
  const form = await request.formData().catch(() => {
    throw new RpcError(400, "expected a multipart/form-data body with a file");
  });
  const files: [string, File][] = [];
  for (const [, value] of form.entries()) {
    if (typeof value !== "string") files.push([value.name, value]);
  }
  if (files.length === 0) throw new RpcError(400, "no file in the request");
  return files;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function ndjson(res: ServerResponse, lines: string[]): void {
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  res.end(lines.map((line) => `${line}\n`).join(""));
}
