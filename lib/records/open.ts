import type { Address } from "viem";
import { CATEGORY } from "../consent/codes";
import { type OpenKeys, openRecord, type RecordMeta, readHeader } from "../crypto/envelope";
import { fetchVerified, IntegrityError, TooLargeError } from "../ipfs/car";
import { DAG_LIMITS } from "../ipfs/dag";
import type { AnchoredRecord } from "./chain";
import { type ArchivedKeys, type CategoryKeys, keyOfGeneration } from "./keyring";

export type OpenedRecord =
  | { status: "verified"; meta: RecordMeta; content: Uint8Array }
  | { status: "tampered"; reason: string }
  | { status: "unavailable"; reason: string }
  /** Larger than the caller's byte cap (the merged views read records up to a cap; open it alone). */
  | { status: "large"; reason: string };

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
    /** A byte cap below the default file limit, for reading many records in the background. */
    maxBytes?: number;
  },
): Promise<OpenedRecord> {
  if (!record.category) return { status: "tampered", reason: "The record id names no known category." };
  let envelope: Uint8Array;
  try {
    envelope = await fetchVerified(
      context.gatewayUrl,
      record.cid,
      context.maxBytes ? { ...DAG_LIMITS, maxBytes: context.maxBytes } : DAG_LIMITS,
    );
  } catch (error) {
    if (error instanceof TooLargeError && context.maxBytes) {
      return {
        status: "large",
        reason: `This file is larger than ${Math.round(context.maxBytes / 1024 / 1024)} MiB, so it is not read into the combined views. Open it in the list of files to read it.`,
      };
    }
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
