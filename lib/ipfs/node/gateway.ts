import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import * as CarBufferWriter from "@ipld/car/buffer-writer";
import { varint } from "multiformats";
import { CID } from "multiformats/cid";
import { unacceptableCid } from "../blocks";
import { DAG_LIMITS, DagError, type DagLimits, walkDag } from "../dag";
import { type EmbeddedNode, readBlock, readLocalBlock } from "./embeddedNode";

type Format = "raw" | "car" | "file";

/**
 * Sent with every gateway response: the bytes are never a page. Content types are IPLD or
 * octet-stream only, browsers must not sniff another, and anything opened anyway runs
 * sandboxed with nothing allowed.
 */
const NEVER_A_PAGE = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
} as const;

class GatewayError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A read-only trustless gateway over the embedded node: `/ipfs/<cid>?format=raw` (one
 * block), `?format=car` (the whole DAG, for the client to verify) and, for convenience,
 * plain file bytes. Everything it serves is content-addressed ciphertext or public metadata,
 * so any origin may read it (CORS `*`), but never as a page. A DAG is walked before the first
 * header goes out: incomplete content gets 404, never a 200 with an empty or cut body, and a
 * DAG over `limits` (counted with every link followed) or one it cannot decode gets 422.
 */
export function gatewayHandler(node: EmbeddedNode, limits: DagLimits = DAG_LIMITS) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(NEVER_A_PAGE)) res.setHeader(name, value);
    res.setHeader("access-control-allow-origin", "*");
    try {
      await serve(node, limits, req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof GatewayError) return text(res, error.status, error.message);
      if (error instanceof DagError) {
        const status = error.kind === "incomplete" ? 404 : 422;
        return text(res, status, `${error.message}.`);
      }
      console.error(`gateway: ${req.method} ${req.url}:`, error);
      text(res, 500, "The gateway could not serve this request (see the IPFS node's log).");
    }
  };
}

async function serve(node: EmbeddedNode, limits: DagLimits, req: IncomingMessage, res: ServerResponse) {
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      "access-control-allow-methods": "GET, HEAD",
      "access-control-allow-headers": "accept",
    });
    res.end();
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD")
    throw new GatewayError(405, "Only GET and HEAD are supported.");
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const match = /^\/ipfs\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) throw new GatewayError(404, "Not found. Use /ipfs/<cid>.");
  let cid: CID;
  try {
    cid = CID.parse(match[1]);
  } catch {
    throw new GatewayError(400, `'${match[1].slice(0, 100)}' is not a valid CID.`);
  }
  const unacceptable = unacceptableCid(cid);
  if (unacceptable) throw new GatewayError(400, `${unacceptable}.`);
  if (!(await node.helia.blockstore.has(cid))) throw new GatewayError(404, `${cid} is not on this node.`);

  const format = formatOf(url, req);
  const headers = {
    "x-ipfs-roots": cid.toString(),
    etag: `"${cid.toString()}.${format}"`,
    "cache-control": "public, max-age=29030400, immutable",
  };
  if (format === "raw") {
    const bytes = await readBlock(node, cid);
    res.writeHead(200, {
      ...headers,
      "content-type": "application/vnd.ipld.raw",
      "content-length": bytes.length,
    });
    res.end(req.method === "HEAD" ? undefined : bytes);
    return;
  }
  // Every block is present and the DAG is within limits, or nothing is sent.
  const cids = await walkDag(cid, (block) => readLocalBlock(node, block), limits);
  if (format === "car") {
    res.writeHead(200, { ...headers, "content-type": "application/vnd.ipld.car; version=1" });
    if (req.method === "HEAD") return void res.end();
    await pipeline(async function* () {
      yield carHeader(cid);
      for (const next of cids) yield carFrame(next, await readBlock(node, next));
    }, res);
    return;
  }
  // The file view reads the file through once before answering: a DAG that is complete but not
  // one file (a directory, dag-pb that is not UnixFS) gets 422, not a connection cut after 200.
  let length = 0;
  try {
    for await (const chunk of node.fs.cat(cid, { offline: true })) length += chunk.length;
  } catch (error) {
    throw new GatewayError(
      422,
      `${cid} is not a file this gateway can serve (${(error as Error).message}). Ask for ?format=car.`,
    );
  }
  res.writeHead(200, { ...headers, "content-type": "application/octet-stream", "content-length": length });
  if (req.method === "HEAD") return void res.end();
  await pipeline(node.fs.cat(cid, { offline: true }), res);
}

function formatOf(url: URL, req: IncomingMessage): Format {
  const format = url.searchParams.get("format");
  const accept = req.headers.accept ?? "";
  if (format === "raw" || accept.includes("application/vnd.ipld.raw")) return "raw";
  if (format === "car" || accept.includes("application/vnd.ipld.car")) return "car";
  return "file";
}

/** The CAR v1 header naming `root`. */
function carHeader(root: CID): Uint8Array {
  const roots = [root];
  const buffer = new ArrayBuffer(CarBufferWriter.headerLength({ roots }));
  return CarBufferWriter.close(CarBufferWriter.createWriter(buffer, { roots }));
}

/** One block of a CAR v1: varint(length) || CID || bytes. */
function carFrame(cid: CID, bytes: Uint8Array): Uint8Array {
  const length = cid.bytes.length + bytes.length;
  const offset = varint.encodingLength(length);
  const frame = new Uint8Array(offset + length);
  varint.encodeTo(length, frame);
  frame.set(cid.bytes, offset);
  frame.set(bytes, offset + cid.bytes.length);
  return frame;
}

function text(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message);
}
