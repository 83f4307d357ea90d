import type { Address } from "viem";
import { CATEGORY } from "../consent/codes";
import { type OpenKeys, openRecord, type RecordMeta, readHeader } from "../crypto/envelope";
import { fetchVerified, IntegrityError, TooLargeError } from "../ipfs/car";
import type { DagLimits } from "../ipfs/dag";
import type { AnchoredRecord } from "./chain";
import { type ArchivedKeys, type CategoryKeys, keyOfGeneration } from "./keyring";

export type OpenedRecord =
  | { status: "verified"; meta: RecordMeta; content: Uint8Array }
  | { status: "tampered"; reason: string }
  | { status: "unavailable"; reason: string }
  /** Larger than the caller's byte cap (the merged views read records up to a cap; open it alone). */
  | { status: "large"; reason: string };

/**
 * What an envelope adds to the file it seals, with margin: a header of 1-2 KiB (the wrapped keys),
 * the file's name and type, a 16-byte tag per 1 MiB chunk, and the DAG's root node (about 40
 * bytes of link per 1 MiB leaf). 1 MiB covers every file size up to terabytes. A file's FHIR
 * records are the file's resources written again as bundles, no larger than the file but for a
 * few bytes.
 */
export const ENVELOPE_OVERHEAD_BYTES = 1024 * 1024;

/**
 * How much one record read may fetch: the largest record this server accepts (`MAX_RECORD_BYTES`,
 * in the browser `maxRecordBytes` of the public config) plus the envelope's overhead, not the
 * 512 MiB any DAG may measure (sixth outside review, finding 7: a lying gateway or an oversized
 * record could make a tab hold gigabytes). Blocks allow chunks down to 256 KiB.
 */
export function recordReadLimits(maxRecordBytes: number): DagLimits {
  const maxBytes = maxRecordBytes + ENVELOPE_OVERHEAD_BYTES;
  return { maxBytes, maxBlocks: Math.ceil(maxBytes / (256 * 1024)) + 64 };
}

/**
 * How much a record read may fetch: the largest record this server accepts (`maxRecordBytes`), or
 * a smaller cap for reading many records in the background (`maxBytes`: a larger file comes back
 * as `large`, to be opened alone). At least one of them.
 */
export type RecordReadCap =
  | { maxRecordBytes: number; maxBytes?: number }
  | { maxRecordBytes?: number; maxBytes: number };

/** The byte cap of a read: the smaller of the two. */
export const capOf = (cap: RecordReadCap) =>
  Math.min(cap.maxBytes ?? Number.POSITIVE_INFINITY, cap.maxRecordBytes ?? Number.POSITIVE_INFINITY);

/** The sentence for a record over `recordReadLimits`. */
const tooLargeToRead = (maxRecordBytes: number) =>
  `This file is larger than the largest record this CareKeys server accepts (${Math.round(maxRecordBytes / 1024 / 1024)} MiB), so it was not downloaded.`;

/**
 * Fetches an anchored record by its on-chain CID, verifies every block, decrypts it, and checks
 * the content commitment against the chain. The category key comes from the patient's own
 * keyring when it holds that generation (so records stay readable after the identity key is
 * rotated), otherwise from the envelope's copy wrapped for the patient (a record another author
 * sealed with a key of its own). Only a record that passes all of that comes back as `verified`;
 * anything else says why, and carries no content to render.
 */
export async function openAnchoredRecord(
  record: AnchoredRecord,
  context: {
    gatewayUrl: string;
    chainId: number;
    consent: Address;
    patient: Address;
    identityPrivateKey: Uint8Array;
    /** The patient's own keyring, unwrapped. */
    keys?: CategoryKeys;
    /** Its read-only keys, tried after the key of the record's generation. */
    archived?: ArchivedKeys;
  } & RecordReadCap,
): Promise<OpenedRecord> {
  if (!record.category) return { status: "tampered", reason: "The record id names no known category." };
  const { maxBytes, maxRecordBytes = Number.POSITIVE_INFINITY } = context;
  const capped = maxBytes !== undefined && maxBytes < maxRecordBytes;
  let envelope: Uint8Array;
  try {
    envelope = await fetchVerified(context.gatewayUrl, record.cid, recordReadLimits(capOf(context)));
  } catch (error) {
    if (error instanceof TooLargeError && capped) {
      return {
        status: "large",
        reason: `This file is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB, so it is not read into the combined views. Open it in the list of files to read it.`,
      };
    }
    if (error instanceof TooLargeError)
      return { status: "unavailable", reason: tooLargeToRead(maxRecordBytes) };
    if (error instanceof IntegrityError && !/HTTP \d+/.test(error.message)) {
      return {
        status: "tampered",
        reason: `The file on IPFS does not match its anchor on the chain. ${error.message}`,
      };
    }
    return {
      status: "unavailable",
      reason: `The encrypted file could not be fetched from IPFS right now (${(error as Error).message}). Try again later.`,
    };
  }
  try {
    const expected = {
      chainId: context.chainId,
      contract: context.consent,
      patient: context.patient,
      recordId: record.recordId,
      category: CATEGORY[record.category],
    };
    const fromKeyring = keyOfGeneration(
      context.keys ?? new Map(),
      CATEGORY[record.category],
      readHeader(envelope).header.generation,
    );
    const attempts: OpenKeys[] = [
      ...(fromKeyring ? [{ categoryKey: fromKeyring }] : []),
      ...(context.archived?.get(CATEGORY[record.category]) ?? []).map((categoryKey) => ({ categoryKey })),
      { patientPrivateKey: context.identityPrivateKey },
    ];
    let opened: Awaited<ReturnType<typeof openRecord>> | undefined;
    let lastError: unknown;
    for (const keys of attempts) {
      try {
        opened = await openRecord(envelope, keys, expected);
        break;
      } catch (error) {
        lastError = error;
      }
    }
    if (!opened) throw lastError;
    if (opened.contentHash.toLowerCase() !== record.contentHash.toLowerCase()) {
      return {
        status: "tampered",
        reason:
          "The decrypted content does not match the fingerprint anchored on the chain: it may have been altered, " +
          "so it is not shown.",
      };
    }
    return { status: "verified", meta: opened.meta, content: opened.content };
  } catch (error) {
    return { status: "tampered", reason: `The record could not be decrypted: ${(error as Error).message}` };
  }
}
