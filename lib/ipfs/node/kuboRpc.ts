import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { unacceptableCid } from "../blocks";
import { BodyTooLarge, boundedRequestBody, refuseRest } from "../bounded";
import { type Block, DAG_LIMITS, DagError, type DagLimits, readCar, walkDag } from "../dag";
import { type EmbeddedNode, readLocalBlock } from "./embeddedNode";
import { collectGarbage, isReachable } from "./gc";

/**
 * Largest request body the RPC reads by default: 128 MiB, room for the largest CAR the app's
 * upload route passes on (`MAX_UPLOAD_BYTES`, 110 MiB by default) and its multipart framing.
 * Counted as the body streams in, with or without a Content-Length.
 */
export const MAX_RPC_BODY_BYTES = 128 * 1024 * 1024;

class RpcError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Route = (url: URL, req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The subset of the Kubo RPC API (/api/v0) that CareKeys uses, over the embedded Helia node:
 * version, add, cat, block/get, pin/add, pin/rm, pin/ls, dag/import, repo/gc. `kubo-rpc-client` talks
 * to it unmodified, so production can point the same client at a real Kubo or IPFS Cluster.
 *
 * This is an admin API for the app's server: it listens on loopback, and like Kubo it refuses
 * anything a browser sends (an Origin or Referer header, a POST from a browser's user agent)
 * and any Host but a loopback name with its own `port` (DNS rebinding). Each request's work is
 * bounded by `limits`; a DAG is walked and proven complete before it is stored, pinned or
 * read, and writes run one at a time, so a refused upload leaves nothing behind.
 */
export function kuboRpcHandler(
  node: EmbeddedNode,
  options: { port: number; limits?: DagLimits; maxBodyBytes?: number },
) {
  const limits = options.limits ?? DAG_LIMITS;
  const fileParts = (req: IncomingMessage) => formFiles(req, options.maxBodyBytes ?? MAX_RPC_BODY_BYTES);
  const exclusive = oneAtATime();
  /** Proves the DAG under `cid` is on this node, complete and within limits. */
  const requireDag = (cid: CID) =>
    walkDag(cid, (block) => readLocalBlock(node, block), limits).catch((error) => {
      if (error instanceof DagError && error.kind === "incomplete")
        throw new RpcError(404, `${error.message} on this node`);
      throw error;
    });

  const routes: Record<string, Route> = {
    version: async (_url, _req, res) =>
      json(res, 200, { Version: "0.0.0-carekeys-helia", Commit: "", Repo: "", System: "", Golang: "" }),

    add: async (url, req, res) => {
      const pin = url.searchParams.get("pin") !== "false";
      const lines: string[] = [];
      for (const [name, file] of await fileParts(req)) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const cid = await exclusive(async () => {
          const added = await node.fs.addBytes(bytes, { cidVersion: 1, rawLeaves: true });
          if (pin) await pinOnce(node, added);
          return added;
        });
        lines.push(JSON.stringify({ Name: name, Hash: cid.toString(), Size: String(bytes.length) }));
      }
      ndjson(res, lines);
    },

    cat: async (url, _req, res) => {
      const cid = argCid(url);
      await requireDag(cid);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      await pipeline(node.fs.cat(cid, { offline: true }), res);
    },

    "block/get": async (url, _req, res) => {
      const cid = argCid(url);
      const bytes = await readLocalBlock(node, cid);
      if (!bytes) throw new RpcError(404, `block was not found locally (offline): ${cid}`);
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(bytes);
    },

    "pin/add": async (url, _req, res) => {
      const cid = argCid(url);
      await exclusive(async () => {
        await requireDag(cid);
        await pinOnce(node, cid);
      });
      json(res, 200, { Pins: [cid.toString()] });
    },

    "pin/rm": async (url, _req, res) => {
      const cid = argCid(url);
      await exclusive(async () => {
        if (!(await pinnedAsRoot(node, cid))) throw new RpcError(500, "not pinned or pinned indirectly");
        await requireDag(cid);
        for await (const _ of node.helia.pins.rm(cid)) {
          // drain: rm yields the CIDs it unpins
        }
      });
      json(res, 200, { Pins: [cid.toString()] });
    },

    "pin/ls": async (url, _req, res) => {
      const arg = url.searchParams.get("arg");
      const keys: Record<string, { Type: string }> = {};
      if (arg) {
        // From the pins themselves, as garbage collection sees them: Helia's per-block counters
        // can be wrong (see gc.ts).
        const cid = argCid(url);
        if (await pinnedAsRoot(node, cid)) keys[cid.toString()] = { Type: "recursive" };
        else if (await isReachable(node, cid)) keys[cid.toString()] = { Type: "indirect" };
        else throw new RpcError(500, `path '${arg}' is not pinned`);
      } else {
        for await (const pin of node.helia.pins.ls()) keys[pin.cid.toString()] = { Type: "recursive" };
      }
      json(res, 200, { Keys: keys });
    },

    // Like Kubo's `ipfs repo gc`: removes every block no pin reaches (after an unpin), by mark
    // and sweep (`collectGarbage`). It runs in the write queue, so it never sees the blocks of an
    // upload that is stored but not yet pinned.
    "repo/gc": async (_url, _req, res) => {
      const lines: string[] = [];
      await exclusive(() =>
        collectGarbage(node, {
          // The blockstore knows blocks by multihash; named as Kubo names them, CIDv1 raw.
          deleted: (cid) =>
            lines.push(JSON.stringify({ Key: { "/": CID.createV1(raw.code, cid.multihash).toString() } })),
          failed: (_cid, error) =>
            lines.push(JSON.stringify({ Error: error instanceof Error ? error.message : String(error) })),
        }),
      );
      ndjson(res, lines);
    },

    "dag/import": async (url, req, res) => {
      const pinRoots = url.searchParams.get("pin-roots") !== "false";
      // Every CAR of the request is proven (blocks, completeness, limits) before any is stored.
      const cars: { roots: CID[]; blocks: Block[] }[] = [];
      for (const [, file] of await fileParts(req)) {
        cars.push(await readCar(new Uint8Array(await file.arrayBuffer()), limits));
      }
      const roots = cars.flatMap((car) => car.roots);
      await exclusive(() =>
        storeAll(
          node,
          cars.flatMap((car) => car.blocks),
          async () => {
            if (pinRoots) for (const root of roots) await pinOnce(node, root);
          },
        ),
      );
      ndjson(
        res,
        roots.map((cid) => JSON.stringify({ Root: { Cid: { "/": cid.toString() }, PinErrorMsg: "" } })),
      );
    },
  };

  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    try {
      const refused = browserOrForeignHost(req, options.port);
      if (refused) throw new RpcError(403, refused);
      const route = url.pathname.startsWith("/api/v0/")
        ? routes[url.pathname.slice("/api/v0/".length)]
        : undefined;
      if (!route) throw new RpcError(404, `${url.pathname} is not part of the CareKeys Kubo RPC subset`);
      if (req.method !== "POST") throw new RpcError(405, "the Kubo RPC API takes POST requests only");
      await route(url, req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLarge) {
        refuseRest(req, res);
        res.setHeader("connection", "close");
        return json(res, 413, rpcError(error.message));
      }
      if (error instanceof RpcError) return json(res, error.status, rpcError(error.message));
      if (error instanceof DagError) {
        const status = error.kind === "too-large" ? 413 : 400;
        return json(res, status, rpcError(error.message));
      }
      console.error(`rpc: ${req.method} ${url.pathname}:`, error);
      json(res, 500, rpcError(`${url.pathname} failed on the node (see its log)`));
    }
  };
}

/**
 * Why a request is refused, as Kubo refuses it: a browser sends an Origin (or a Referer, or a
 * user agent starting with "Mozilla" on a POST that has neither); a Host other than a loopback
 * name with this port means DNS rebinding. The app's server (Node's fetch) sends none of these.
 */
function browserOrForeignHost(req: IncomingMessage, port: number): string | undefined {
  if (req.headers.origin !== undefined) return "the IPFS node's RPC API does not answer web pages (Origin)";
  if (req.headers.referer !== undefined) return "the IPFS node's RPC API does not answer web pages (Referer)";
  if (req.method === "POST" && (req.headers["user-agent"] ?? "").startsWith("Mozilla"))
    return "the IPFS node's RPC API does not answer browsers";
  const host = (req.headers.host ?? "").toLowerCase();
  if (!["127.0.0.1", "localhost", "[::1]"].some((name) => host === `${name}:${port}`))
    return `the IPFS node's RPC API answers only on 127.0.0.1:${port} (Host was '${req.headers.host ?? ""}')`;
  return undefined;
}

/** Runs write operations one after another, so a refused one can remove exactly what it stored. */
function oneAtATime() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work);
    tail = result.catch(() => {});
    return result;
  };
}

/** Stores `blocks`, then runs `then`; if either fails, removes the blocks this call added. */
async function storeAll(node: EmbeddedNode, blocks: Block[], then: () => Promise<void>): Promise<void> {
  const added: CID[] = [];
  try {
    for (const { cid, bytes } of blocks) {
      if (await node.helia.blockstore.has(cid)) continue;
      await node.helia.blockstore.put(cid, bytes);
      added.push(cid);
    }
    await then();
  } catch (error) {
    for (const cid of added) {
      try {
        await node.helia.blockstore.delete(cid);
      } catch {
        // counted by a pin that failed half way: it stays, a block no pin lists
      }
    }
    throw error;
  }
}

/** Pins `cid` recursively unless it already is a pin of its own (a block pinned under another root is not). */
async function pinOnce(node: EmbeddedNode, cid: CID): Promise<void> {
  if (await pinnedAsRoot(node, cid)) return;
  for await (const _ of node.helia.pins.add(cid)) {
    // drain: add yields each block it pins
  }
}

async function pinnedAsRoot(node: EmbeddedNode, cid: CID): Promise<boolean> {
  return node.helia.pins.get(cid).then(
    () => true,
    () => false,
  );
}

function argCid(url: URL): CID {
  const arg = url.searchParams.get("arg");
  if (!arg) throw new RpcError(400, "argument 'arg' is required");
  let cid: CID;
  try {
    cid = CID.parse(arg.replace(/^\/ipfs\//, "").split("/")[0]);
  } catch {
    throw new RpcError(400, `'${arg.slice(0, 100)}' is not a valid CID`);
  }
  const unacceptable = unacceptableCid(cid);
  if (unacceptable) throw new RpcError(400, unacceptable);
  return cid;
}

/** The files of a multipart body of at most `maxBytes` (refused with `BodyTooLarge` as soon as it is past). */
async function formFiles(req: IncomingMessage, maxBytes: number): Promise<[string, File][]> {
  const request = new Request("http://127.0.0.1/", {
    method: "POST",
    headers: req.headers as Record<string, string>,
    body: boundedRequestBody(req, maxBytes),
    duplex: "half",
  } as RequestInit);
  const form = await request.formData().catch((error: unknown) => {
    const tooLarge = findTooLarge(error);
    if (tooLarge) throw tooLarge;
    throw new RpcError(400, "expected a multipart/form-data body with a file");
  });
  const files: [string, File][] = [];
  for (const [, value] of form.entries()) {
    if (typeof value !== "string") files.push([value.name, value]);
  }
  if (files.length === 0) throw new RpcError(400, "no file in the request");
  return files;
}

/** undici wraps a body stream's error (as `cause`, sometimes twice): find ours. */
function findTooLarge(error: unknown): BodyTooLarge | undefined {
  for (let at = error; at instanceof Error; at = at.cause) if (at instanceof BodyTooLarge) return at;
  return undefined;
}

const rpcError = (message: string) => ({ Message: message, Code: 0, Type: "error" });

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function ndjson(res: ServerResponse, lines: string[]): void {
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  res.end(lines.map((line) => `${line}\n`).join(""));
}
