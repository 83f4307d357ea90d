import { CarWriter } from "@ipld/car";
import { MemoryBlockstore } from "blockstore-core/memory";
import { exporter } from "ipfs-unixfs-exporter";
import { importer } from "ipfs-unixfs-importer";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { balanced } from "ipfs-unixfs-importer/layout";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import { DAG_LIMITS, DagError, type DagLimits, readCar } from "./dag";

/**
 * UnixFS parameters shared with the IPFS node (Helia's defaults): CIDv1, raw leaves, 1 MiB
 * chunks, balanced DAG of up to 1024 links. The client computes the same CID the node would.
 */
const IMPORT_OPTIONS = {
  cidVersion: 1,
  rawLeaves: true,
  reduceSingleLeafToSelf: true,
  chunker: fixedSize({ chunkSize: 1024 * 1024 }),
  layout: balanced({ maxChildrenPerNode: 1024 }),
} as const;

export type Car = { cid: CID; parts: Uint8Array[]; size: number };

/**
 * Builds the UnixFS DAG of a file and its CAR, streaming: blocks go into the CAR as the
 * importer makes them, so memory holds the CAR once, not a blockstore besides. The root is
 * written into the CAR header at the end (a placeholder of the same length stands in for it).
 */
export async function buildCar(source: AsyncIterable<Uint8Array> | Uint8Array): Promise<Car> {
  const placeholder = CID.createV1(raw.code, await sha256.digest(new Uint8Array(0)));
  const { writer, out } = CarWriter.create([placeholder]);
  const parts: Uint8Array[] = [];
  const collecting = (async () => {
    for await (const part of out) parts.push(part);
  })();
  const sink = {
    put: async (cid: CID, bytes: Uint8Array) => {
      await writer.put({ cid, bytes });
      return cid;
    },
  };
  const content = source instanceof Uint8Array ? [source] : source;
  let root: CID | undefined;
  for await (const entry of importer([{ content }], sink, IMPORT_OPTIONS)) root = entry.cid;
  await writer.close();
  await collecting;
  if (!root) throw new Error("Nothing was imported.");
  parts[0] = await CarWriter.updateRootsInBytes(parts[0], [root]);
  return { cid: root, parts, size: parts.reduce((n, p) => n + p.length, 0) };
}

export class IntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IntegrityError";
  }
}

/** The gateway sent more than the caller's limit: a file too large for this read, or a lying gateway. */
export class TooLargeError extends IntegrityError {
  constructor(message: string) {
    super(message);
    this.name = "TooLargeError";
  }
}

/**
 * Reads a file from a CAR and proves it is what `expected` names: every block must hash to
 * its CID, the CAR's root must be `expected`, and the DAG under it must be complete. A file
 * larger than `limits` (counted with every link followed, so a small DAG with repeated links
 * cannot expand without end) is refused before anything is assembled.
 */
export async function fileFromCar(
  car: Uint8Array,
  expected: CID,
  limits: DagLimits = DAG_LIMITS,
): Promise<Uint8Array> {
  let read: Awaited<ReturnType<typeof readCar>>;
  try {
    read = await readCar(car, limits);
  } catch (error) {
    if (!(error instanceof DagError)) throw error;
    throw new IntegrityError(`The file ${expected} failed verification: ${error.message}`);
  }
  const [root] = read.roots;
  if (read.roots.length !== 1 || !root.equals(expected)) {
    throw new IntegrityError(`The IPFS gateway returned a different file than ${expected} (root ${root}).`);
  }
  try {
    return (await fileOfBlocks(read.blocks, expected)).bytes;
  } catch (error) {
    throw new IntegrityError(`The file ${expected} is incomplete: ${(error as Error).message}`);
  }
}

/**
 * The file under `root` in proven `blocks` (see `readCar`), or its first `maxBytes` bytes:
 * `complete` says whether that is all of it. Throws if `root` is not a file.
 */
export async function fileOfBlocks(
  blocks: readonly { cid: CID; bytes: Uint8Array }[],
  root: CID,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const store = new MemoryBlockstore();
  for (const block of blocks) await store.put(block.cid, block.bytes);
  const entry = await exporter(root, store);
  if (entry.type !== "file" && entry.type !== "raw") throw new Error(`it is a ${entry.type}, not a file`);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of entry.content()) {
    chunks.push(chunk as Uint8Array);
    length += chunk.length;
    if (length > maxBytes) return { bytes: concat(chunks).subarray(0, maxBytes), complete: false };
  }
  return { bytes: concat(chunks), complete: true };
}

/**
 * The CID `buildCar` gives the file under `root` in proven `blocks`: equal to `root` exactly when
 * the DAG is the one CareKeys builds for those bytes (1 MiB raw leaves, balanced, CIDv1). The upload
 * route takes only such DAGs, so an upload cannot link blocks of other files (another patient's
 * record under a raw alias, an outside review) nor cut a small file into thousands of tiny blocks.
 */
export async function canonicalCidOf(file: Uint8Array): Promise<CID> {
  const sink = { put: async (cid: CID) => cid };
  let root: CID | undefined;
  for await (const entry of importer([{ content: [file] }], sink, IMPORT_OPTIONS)) root = entry.cid;
  if (!root) throw new Error("Nothing was imported.");
  return root;
}

/**
 * Read limits of the small JSON objects the app fetches (keyrings, sealed notes, clinic profiles,
 * model cards) and of model artifacts (at most 1 MiB, `MAX_MODEL_BYTES`). The largest legitimate
 * one is a keyring: about 262 bytes per wrapped key, one key per generation of each category (plus
 * rarely a few read-only ones). A large realistic case, all 12 categories rotated 100 times (a
 * revocation touching every category every two months for 16 years), is 1,200 keys: 0.3 MiB.
 * 4 MiB holds about 16,000 keys (every category rotated some 1,300 times), so a lying gateway
 * cannot make the app hold more than that, and no realistic keyring comes near it. 64 blocks:
 * 4 MiB in 1 MiB chunks is 5; a 256 KiB chunker (Kubo's default) would make 17.
 */
export const SMALL_OBJECT_LIMITS: DagLimits = { maxBlocks: 64, maxBytes: 4 * 1024 * 1024 };

/**
 * Fetches `cid` from a trustless gateway as a CAR and verifies it on this side. The body is
 * read up to what a CAR of a DAG within `limits` can measure, and no further: a small object by
 * default; a record reads with `recordReadLimits` (lib/records/open.ts).
 */
export async function fetchVerified(
  gatewayUrl: string,
  cid: CID | string,
  limits: DagLimits = SMALL_OBJECT_LIMITS,
  stallMs = STALL_MS,
): Promise<Uint8Array> {
  const expected = typeof cid === "string" ? CID.parse(cid) : cid;
  // A gateway that stops sending (or never answers) ends the read with a sentence, not a spinner
  // that never stops (second outside review): no byte for `STALL_MS` aborts the request.
  const stalled = new AbortController();
  let timer = setTimeout(() => stalled.abort(), stallMs);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled.abort(), stallMs);
  };
  try {
    const response = await fetch(new URL(`/ipfs/${expected}?format=car`, gatewayUrl), {
      headers: { accept: "application/vnd.ipld.car" },
      signal: stalled.signal,
    });
    if (!response.ok) {
      throw new IntegrityError(`The IPFS gateway could not provide ${expected} (HTTP ${response.status}).`);
    }
    alive();
    return fileFromCar(await readBody(response, carLimit(limits), expected, alive), expected, limits);
  } catch (error) {
    if (stalled.signal.aborted)
      throw new IntegrityError(
        `The IPFS gateway stopped sending ${expected} (nothing for ${stallMs / 1000} seconds). Try again in a moment.`,
      );
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** How long a read may wait for the gateway's next bytes. */
export const STALL_MS = 30_000;

/** The most a CAR of a DAG within `limits` can measure: the blocks plus a CID and a length each. */
const carLimit = (limits: DagLimits) => limits.maxBytes + limits.maxBlocks * 128 + 1024;

async function readBody(
  response: Response,
  limit: number,
  expected: CID,
  alive: () => void,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new TooLargeError(
        `The IPFS gateway sent more for ${expected} than a file this app reads (${limit} bytes).`,
      );
    }
    chunks.push(value);
  }
  return concat(chunks);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A JSON document (public metadata: profiles, model cards) fetched by CID and verified, within `SMALL_OBJECT_LIMITS`. */
export async function fetchVerifiedJson<T>(gatewayUrl: string, cid: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchVerified(gatewayUrl, cid))) as T;
}
