import type { Address } from "viem";
import { CATEGORY, CATEGORY_LABEL } from "../consent/codes";
import { readHeader } from "../crypto/envelope";
import { fetchVerified } from "../ipfs/car";
import type { AnchoredRecord } from "../records/chain";
import { type CategoryKeys, keyOfGeneration } from "../records/keyring";
import {
  capOf,
  type OpenedRecord,
  openAnchoredRecord,
  type RecordReadCap,
  recordReadLimits,
} from "../records/open";

/** A record the grantee has no key for: not shared, or added after its access ended. */
export type SharedRecord = OpenedRecord | { status: "notShared"; reason: string };

/**
 * The grantee's way to open one of a patient's records with the keys the patient shared
 * (`openSharedKeyring`): as `openAnchoredRecord` (CID, decryption and content commitment all
 * checked), except that a record the keys do not cover is `notShared`, with a sentence, instead of
 * looking damaged: a category not shared (nothing fetched), or a generation the keyring lacks (a
 * record added after the patient rotated the keys, for instance after ending this access).
 */
export async function openSharedRecord(
  record: AnchoredRecord,
  context: {
    gatewayUrl: string;
    chainId: number;
    consent: Address;
    patient: Address;
    /** The grantee's identity private key. */
    identityPrivateKey: Uint8Array;
    keys: CategoryKeys;
  } & RecordReadCap,
): Promise<SharedRecord> {
  const category = record.category;
  if (!category || !context.keys.has(CATEGORY[category])) {
    return {
      status: "notShared",
      reason: "The patient has not shared this kind of record with you.",
    };
  }
  const opened = await openAnchoredRecord(record, context);
  if (opened.status !== "tampered") return opened;
  try {
    const { header } = readHeader(
      await fetchVerified(context.gatewayUrl, record.cid, recordReadLimits(capOf(context))),
    );
    if (!keyOfGeneration(context.keys, CATEGORY[category], header.generation)) {
      return {
        status: "notShared",
        reason: `This record (${CATEGORY_LABEL[category]}) was added after your access ended or changed, so you have no key for it.`,
      };
    }
  } catch {
    // the envelope cannot be read: it stays as openAnchoredRecord described it
  }
  return opened;
}
