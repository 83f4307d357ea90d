// Blocks, DAGs and CARs for the IPFS node's tests, made by hand so that they can be broken.

import { request } from "node:http";
import { CarWriter } from "@ipld/car";
import * as dagPb from "@ipld/dag-pb";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { identity } from "multiformats/hashes/identity";
import { sha256 } from "multiformats/hashes/sha2";
import type { Block } from "../dag";

export async function rawBlock(content: string | Uint8Array): Promise<Block> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { cid: CID.createV1(raw.code, await sha256.digest(bytes)), bytes };
}

/** A dag-pb node linking to `links` (repeats allowed: that is how a DAG expands). */
export async function pbNode(links: CID[]): Promise<Block> {
  const bytes = dagPb.encode(dagPb.prepare({ Links: links.map((Hash) => ({ Hash, Name: "", Tsize: 1 })) }));
  return { cid: CID.createV1(dagPb.code, await sha256.digest(bytes)), bytes };
}

/** A dag-pb node carried inside its own CID (identity hash): every node "has" it. */
export function identityNode(links: CID[]): CID {
  const bytes = dagPb.encode(dagPb.prepare({ Links: links.map((Hash) => ({ Hash, Name: "", Tsize: 1 })) }));
  return CID.createV1(dagPb.code, identity.digest(bytes));
}

/** A CID of bytes nobody stores. */
export async function missingCid(): Promise<CID> {
  return (await rawBlock(`no node has this ${Math.random()}`)).cid;
}

export async function carOf(blocks: Block[], root: CID): Promise<Uint8Array> {
  const { writer, out } = CarWriter.create([root]);
  const chunks: Uint8Array[] = [];
  const collecting = (async () => {
    for await (const chunk of out) chunks.push(chunk);
  })();
  for (const block of blocks) await writer.put(block);
  await writer.close();
  await collecting;
  return new Uint8Array(Buffer.concat(chunks));
}

/** POSTs a CAR to the node's `dag/import` as kubo-rpc-client does. */
export function dagImport(apiUrl: string, car: Uint8Array): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob([car as BlobPart]), "upload.car");
  return fetch(`${apiUrl}/api/v0/dag/import?pin-roots=true`, { method: "POST", body: form });
}

/**
 * Sends `total` bytes (`prefix`, then zeros) as a chunked body (no Content-Length) to `url`,
 * 64 KiB at a time, as fast as the server reads them, until it answers or the connection ends.
 * Returns the answer (if one came) and how many bytes the server's side accepted.
 */
export function sendChunked(
  url: string,
  options: { total: number; headers?: Record<string, string>; prefix?: Uint8Array },
): Promise<{ status?: number; body: string; sent: number }> {
  const chunk = new Uint8Array(64 * 1024);
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    let status: number | undefined;
    let body = "";
    const done = () => resolve({ status, body, sent });
    const req = request(url, { method: "POST", headers: { ...options.headers } }, (res) => {
      answered = true;
      status = res.statusCode;
      res.setEncoding("utf8");
      res.on("data", (text: string) => {
        body += text;
      });
      res.on("end", () => {
        req.destroy();
        done();
      });
      res.on("error", done);
    });
    req.on("error", () => {
      if (!answered) done();
    });
    const pump = () => {
      while (!answered && !req.destroyed) {
        if (sent >= options.total) return void req.end();
        const piece =
          sent === 0 && options.prefix
            ? options.prefix
            : chunk.subarray(0, Math.min(chunk.length, options.total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
    };
    pump();
  });
}
