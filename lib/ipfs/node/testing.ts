// Blocks, DAGs and CARs for the IPFS node's tests, made by hand so that they can be broken.

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
