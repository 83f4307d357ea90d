import * as dagPb from "@ipld/dag-pb";
import type { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { sha256 } from "multiformats/hashes/sha2";

export const RAW_CODEC = 0x55;
export const DAG_PB_CODEC = dagPb.code;

/**
 * The longest identity "hash" (bytes carried inside the CID) a block may have: Helia's own limit.
 * Its blockstore throws on a longer one from inside its pin walker, where no caller can catch it,
 * so such a CID must be refused before it reaches Helia (a linked one stopped the node).
 */
export const MAX_IDENTITY_DIGEST_BYTES = 128;

/** Why a CID cannot be taken, whatever its bytes: an identity digest longer than Helia takes. */
export function unacceptableCid(cid: CID): string | undefined {
  if (cid.multihash.code === identity.code && cid.multihash.digest.length > MAX_IDENTITY_DIGEST_BYTES)
    return `block ${cid.toString().slice(0, 60)}… carries ${cid.multihash.digest.length} bytes in its CID (identity hash); at most ${MAX_IDENTITY_DIGEST_BYTES} are accepted`;
  return undefined;
}

/** Thrown when bytes do not hash to the CID they came with. */
export class BlockMismatchError extends Error {
  constructor(readonly cid: CID) {
    super(`block ${cid.toString()} does not match its CID (the bytes hash to something else)`);
    this.name = "BlockMismatchError";
  }
}

/**
 * Checks that `bytes` are what `cid` names: a supported codec (raw, dag-pb) and hash
 * (sha2-256, identity) and a matching digest. A blockstore accepts mismatching bytes, so
 * every block that arrives from outside goes through here first.
 */
export async function verifyBlock(cid: CID, bytes: Uint8Array): Promise<void> {
  if (cid.code !== RAW_CODEC && cid.code !== DAG_PB_CODEC) {
    throw new Error(
      `block ${cid.toString()} uses codec 0x${cid.code.toString(16)}; only raw and dag-pb are accepted`,
    );
  }
  const unacceptable = unacceptableCid(cid);
  if (unacceptable) throw new Error(unacceptable);
  const hasher =
    cid.multihash.code === sha256.code ? sha256 : cid.multihash.code === identity.code ? identity : undefined;
  if (!hasher) {
    throw new Error(
      `block ${cid.toString()} uses hash 0x${cid.multihash.code.toString(16)}; only sha2-256 is accepted`,
    );
  }
  const digest = await hasher.digest(bytes);
  const expected = cid.multihash.digest;
  if (digest.digest.length !== expected.length || !digest.digest.every((byte, i) => byte === expected[i])) {
    throw new BlockMismatchError(cid);
  }
}

/** The CIDs a block links to (dag-pb links; raw blocks have none). */
export function linksOf(cid: CID, bytes: Uint8Array): CID[] {
  if (cid.code !== DAG_PB_CODEC) return [];
  return dagPb.decode(bytes).Links.map((link) => link.Hash);
}
