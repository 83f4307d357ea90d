import { sha256 } from "@noble/hashes/sha2.js";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { bytesToHex, type Hex } from "viem";
import { type Category, newRecordId } from "../consent/codes";
import type { RecordAnchor } from "../consent/consent";

/**
 * A deleted record is superseded on chain by a tombstone: an anchor whose content is the fixed
 * bytes below, held inside the CID itself (an identity CID), so nothing is uploaded or pinned
 * for it and every reader recognises it without fetching anything. The record's own ciphertext is
 * then unpinned through the authorised route (the chain shows it superseded).
 */
const TOMBSTONE_BYTES = new TextEncoder().encode("carekeys:deleted@1");
const RAW = 0x55;

/** The identity CID of a tombstone (the same for every deleted record). */
export const TOMBSTONE_CID = CID.createV1(RAW, identity.digest(TOMBSTONE_BYTES)).toString();
/** The content commitment of a tombstone: SHA-256 of its bytes. */
export const TOMBSTONE_HASH: Hex = bytesToHex(sha256(TOMBSTONE_BYTES));

/** The anchor that replaces a deleted record: a new id in the same category (the contract requires it). */
export function tombstoneFor(category: Category): RecordAnchor {
  return { recordId: newRecordId(category), cid: TOMBSTONE_CID, contentHash: TOMBSTONE_HASH };
}

/** Whether an anchor is a tombstone rather than a record. */
export const isTombstone = (anchor: { cid: string; contentHash: Hex }) =>
  anchor.cid === TOMBSTONE_CID && anchor.contentHash.toLowerCase() === TOMBSTONE_HASH;
