import type { IncomingMessage, ServerResponse } from "node:http";
import { CarWriter } from "@ipld/car";
import { CID } from "multiformats/cid";
import { linksOf } from "../blocks";
import type { EmbeddedNode } from "./embeddedNode";

type Format = "raw" | "car" | "file";

/**
 * A read-only trustless gateway over the embedded node: `/ipfs/<cid>?format=raw` (one
 * block), `?format=car` (the whole DAG, for the client to verify) and, for convenience,
 * plain file bytes. Everything it serves is content-addressed ciphertext or public metadata,
 * so any origin may read it.
 */
export function gatewayHandler(node: EmbeddedNode) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, HEAD",
        "access-control-allow-headers": "accept",
      });
      res.end();
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD")
      return text(res, 405, "Only GET and HEAD are supported.");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = /^\/ipfs\/([^/]+)\/?$/.exec(url.pathname);
    if (!match) return text(res, 404, "Not found. Use /ipfs/<cid>.");
    let cid: CID;
    try {
      cid = CID.parse(match[1]);
    } catch {
      return text(res, 400, `'${match[1]}' is not a valid CID.`);
    }
    if (!(await node.helia.blockstore.has(cid))) return text(res, 404, `${cid} is not on this node.`);

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
    if (format === "car") {
      res.writeHead(200, { ...headers, "content-type": "application/vnd.ipld.car; version=1" });
      if (req.method === "HEAD") return void res.end();
      const { writer, out } = CarWriter.create([cid]);
      const piping = (async () => {
        for await (const chunk of out) res.write(chunk);
      })();
      const seen = new Set<string>();
      const queue = [cid];
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (seen.has(next.toString())) continue;
        seen.add(next.toString());
        const bytes = await readBlock(node, next);
        await writer.put({ cid: next, bytes });
        queue.push(...linksOf(next, bytes));
      }
      await writer.close();
      await piping;
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "content-type": "application/octet-stream" });
    if (req.method === "HEAD") return void res.end();
    for await (const chunk of node.fs.cat(cid, { offline: true })) res.write(chunk);
    res.end();
  };
}

function formatOf(url: URL, req: IncomingMessage): Format {
  const format = url.searchParams.get("format");
  const accept = req.headers.accept ?? "";
  if (format === "raw" || accept.includes("application/vnd.ipld.raw")) return "raw";
  if (format === "car" || accept.includes("application/vnd.ipld.car")) return "car";
  return "file";
}

async function readBlock(node: EmbeddedNode, cid: CID): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of node.helia.blockstore.get(cid, { offline: true })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function text(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(message);
}
