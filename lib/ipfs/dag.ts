import { CarBlockIterator } from "@ipld/car";
import { base58btc } from "multiformats/bases/base58";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { BlockMismatchError, DAG_PB_CODEC, linksOf, RAW_CODEC, unacceptableCid, verifyBlock } from "./blocks";

export type Block = { cid: CID; bytes: Uint8Array };

/**
 * What one request may make an IPFS node or a reader do with one DAG. Blocks and bytes are
 * counted as a reader meets them, following every link: a small DAG whose links repeat (one
 * block linked a thousand times, under a node linked a thousand times) expands without limit
 * otherwise.
 */
export type DagLimits = { maxBlocks: number; maxBytes: number };

/**
 * 512 MiB, the largest body the node's RPC takes (a record is at most 100 MiB by default), in
 * at most 10,000 blocks (a 512 MiB file in 1 MiB chunks has 513).
 */
export const DAG_LIMITS: DagLimits = { maxBlocks: 10_000, maxBytes: 512 * 1024 * 1024 };

/**
 * Why a DAG was refused: `malformed` (not a CAR, a damaged or forged block, a codec other than
 * raw and dag-pb, blocks outside the DAG), `incomplete` (a block is missing) or `too-large`.
 */
export class DagError extends Error {
  constructor(
    readonly kind: "malformed" | "incomplete" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "DagError";
  }
}

const tooLarge = (limits: DagLimits, what: string) =>
  new DagError(
    "too-large",
    `${what} exceeds what one request may handle (${limits.maxBlocks} blocks or ${limits.maxBytes} bytes, every link followed)`,
  );

/**
 * Walks the DAG under `root` and proves it is complete and within `limits` before anything
 * is done with it: each distinct block is read once (`read` answers undefined for a block it
 * does not have; identity CIDs carry their own bytes), then the blocks and bytes of the whole
 * DAG as a reader would meet them are counted without expanding it. Returns the distinct CIDs,
 * breadth first (the order a CAR of the DAG lists them).
 */
export async function walkDag(
  root: CID,
  read: (cid: CID) => Promise<Uint8Array | undefined>,
  limits: DagLimits = DAG_LIMITS,
): Promise<CID[]> {
  const order: CID[] = [root];
  const queued = new Set([root.toString()]);
  const sizes = new Map<string, number>();
  const children = new Map<string, string[]>();
  let distinctBytes = 0;
  for (let next = 0; next < order.length; next++) {
    const cid = order[next];
    if (cid.code !== RAW_CODEC && cid.code !== DAG_PB_CODEC) {
      throw new DagError(
        "malformed",
        `block ${cid} uses codec 0x${cid.code.toString(16)}; only raw and dag-pb`,
      );
    }
    const unacceptable = unacceptableCid(cid);
    if (unacceptable) throw new DagError("malformed", unacceptable);
    const bytes = cid.multihash.code === identity.code ? cid.multihash.digest : await read(cid);
    if (!bytes)
      throw new DagError("incomplete", `block ${cid} is missing (the DAG under ${root} is incomplete)`);
    distinctBytes += bytes.length;
    if (distinctBytes > limits.maxBytes) throw tooLarge(limits, `The DAG under ${root}`);
    let links: CID[];
    try {
      links = linksOf(cid, bytes);
    } catch (error) {
      throw new DagError("malformed", `block ${cid} is not valid dag-pb: ${(error as Error).message}`);
    }
    sizes.set(cid.toString(), bytes.length);
    children.set(
      cid.toString(),
      links.map((link) => link.toString()),
    );
    for (const link of links) {
      if (queued.has(link.toString())) continue;
      queued.add(link.toString());
      if (queued.size > limits.maxBlocks) throw tooLarge(limits, `The DAG under ${root}`);
      order.push(link);
    }
  }
  expanded(root.toString(), sizes, children, limits);
  return order;
}

/** Blocks and bytes of the DAG with every link followed, bottom up and memoised: linear in its distinct blocks. */
function expanded(
  root: string,
  sizes: Map<string, number>,
  children: Map<string, string[]>,
  limits: DagLimits,
): void {
  const memo = new Map<string, { blocks: number; bytes: number }>();
  const stack: [string, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [key, childrenDone] = stack.pop()!;
    if (memo.has(key)) continue;
    const links = children.get(key)!;
    if (!childrenDone) {
      stack.push([key, true]);
      for (const link of links) if (!memo.has(link)) stack.push([link, false]);
      continue;
    }
    const total = { blocks: 1, bytes: sizes.get(key)! };
    for (const link of links) {
      const child = memo.get(link)!;
      total.blocks += child.blocks;
      total.bytes += child.bytes;
      if (total.blocks > limits.maxBlocks || total.bytes > limits.maxBytes) {
        throw tooLarge(limits, `The DAG under ${root}, read as a file,`);
      }
    }
    memo.set(key, total);
  }
}

/**
 * Reads an uploaded CAR and proves it before anything of it is stored: every block hashes to
 * its CID in a supported codec, the DAG under each root is complete within the CAR, the CAR
 * holds nothing else, and all of it is within `limits`. A truncated or damaged CAR, a forged
 * block or a wrong codec is `malformed`.
 */
export async function readCar(
  car: Uint8Array,
  limits: DagLimits = DAG_LIMITS,
): Promise<{ roots: CID[]; blocks: Block[] }> {
  let reader: CarBlockIterator;
  let roots: CID[];
  try {
    reader = await CarBlockIterator.fromBytes(car);
    roots = (await reader.getRoots()).map((root) => CID.asCID(root) ?? CID.decode(root.bytes));
  } catch {
    throw new DagError("malformed", "this is not a CAR file");
  }
  if (roots.length === 0) throw new DagError("malformed", "the CAR names no root");
  const byHash = new Map<string, Block>();
  let bytes = 0;
  try {
    for await (const block of reader) {
      await verifyBlock(block.cid, block.bytes);
      bytes += block.bytes.length;
      byHash.set(base58btc.encode(block.cid.multihash.bytes), block);
      if (byHash.size > limits.maxBlocks || bytes > limits.maxBytes) throw tooLarge(limits, "The CAR");
    }
  } catch (error) {
    if (error instanceof DagError) throw error;
    if (error instanceof BlockMismatchError) throw new DagError("malformed", error.message);
    throw new DagError("malformed", `the CAR is truncated or damaged: ${(error as Error).message}`);
  }
  const reached = new Set<string>();
  for (const root of roots) {
    const cids = await walkDag(
      root,
      async (cid) => byHash.get(base58btc.encode(cid.multihash.bytes))?.bytes,
      limits,
    );
    for (const cid of cids) reached.add(base58btc.encode(cid.multihash.bytes));
  }
  const stray = [...byHash.values()].find(
    (block) => !reached.has(base58btc.encode(block.cid.multihash.bytes)),
  );
  if (stray)
    throw new DagError("malformed", `block ${stray.cid} is not part of the DAG under the CAR's root`);
  return { roots, blocks: [...byHash.values()] };
}
