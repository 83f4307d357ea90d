import { base58btc } from "multiformats/bases/base58";
import type { CID } from "multiformats/cid";
import { DAG_PB_CODEC, linksOf } from "../blocks";
import { type EmbeddedNode, readLocalBlock } from "./embeddedNode";

const keyOf = (cid: CID) => base58btc.encode(cid.multihash.bytes);

/**
 * Garbage collection by mark and sweep, as Kubo does it: every block reachable from a pin root is
 * kept, every other block is removed. It does not read Helia's per-block pin counters: Helia
 * 7.1.15's `pins.rm` keeps the removed pin in a block's `pinnedBy` and drops the others, so after
 * a pin is removed, added again and removed again, the counters say "unpinned" for blocks another
 * pin still needs (an outside review deleted a patient's current record that way, by pinning a
 * DAG linking to it). A block a pin names but the node lacks is skipped, never guessed.
 *
 * Run it only where no write is under way (the RPC's write queue, or before the node serves):
 * an upload's blocks are stored before its pin is written.
 */
export async function collectGarbage(
  node: EmbeddedNode,
  events: { deleted?: (cid: CID) => void; failed?: (cid: CID, error: unknown) => void } = {},
): Promise<{ kept: number; deleted: number }> {
  const live = await liveBlocks(node);
  const dead: CID[] = [];
  for await (const { cid } of node.store.getAll()) if (!live.has(keyOf(cid))) dead.push(cid);
  let deleted = 0;
  for (const cid of dead) {
    try {
      await node.store.delete(cid);
      deleted++;
      events.deleted?.(cid);
    } catch (error) {
      events.failed?.(cid, error);
    }
  }
  return { kept: live.size, deleted };
}

/**
 * The multihashes of every block a pin root reaches. A block is stored by its multihash, but
 * read by its CID's codec: the same bytes linked as raw have no links, as dag-pb they have. So a
 * CID is walked once per codec and multihash, never skipped because its multihash was already
 * met under another codec (an outside review linked a raw alias of a patient's dag-pb root first,
 * and the root's chunks were swept).
 */
export async function liveBlocks(node: EmbeddedNode): Promise<Set<string>> {
  const live = new Set<string>();
  const walked = new Set<string>();
  const stack: CID[] = [];
  for await (const pin of node.helia.pins.ls()) stack.push(pin.cid);
  while (stack.length > 0) {
    const cid = stack.pop()!;
    const key = keyOf(cid);
    live.add(key);
    const walk = `${cid.code}:${key}`;
    if (walked.has(walk)) continue;
    walked.add(walk);
    if (cid.code !== DAG_PB_CODEC) continue;
    const bytes = await readLocalBlock(node, cid);
    if (!bytes) continue;
    try {
      stack.push(...linksOf(cid, bytes));
    } catch {
      // a pinned block that does not decode links nowhere; it is kept itself
    }
  }
  return live;
}

/** Whether a pin root reaches the block of `cid` (its multihash). */
export const isReachable = async (node: EmbeddedNode, cid: CID) => (await liveBlocks(node)).has(keyOf(cid));
