import type { Address } from "viem";
import { CATEGORY } from "../consent/codes";
import { openRecord, type RecordMeta } from "../crypto/envelope";
import { fetchVerified, IntegrityError } from "../ipfs/car";
import { type CategoryKey, categoryKeyOf } from "./categoryKeys";
import type { AnchoredRecord } from "./chain";

export type OpenedRecord =
  | { status: "verified"; meta: RecordMeta; content: Uint8Array; categoryKey: CategoryKey }
  | { status: "tampered"; reason: string }
  | { status: "unavailable"; reason: string };

/**
 * Fetches an anchored record by its on-chain CID, verifies every block, decrypts it with the
 * patient's identity key, and checks the content commitment against the chain. Only a record
 * that passes all of that comes back as `verified`; anything else says why, and carries no
 * content to render.
 */
export async function openAnchoredRecord(
  record: AnchoredRecord,
  context: {
    gatewayUrl: string;
    chainId: number;
    consent: Address;
    patient: Address;
    identityPrivateKey: Uint8Array;
  },
): Promise<OpenedRecord> {
  if (!record.category) return { status: "tampered", reason: "The record id names no known category." };
  let envelope: Uint8Array;
  try {
    envelope = await fetchVerified(context.gatewayUrl, record.cid);
  } catch (error) {
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
    const opened = await openRecord(
      envelope,
      { patientPrivateKey: context.identityPrivateKey },
      {
        chainId: context.chainId,
        contract: context.consent,
        patient: context.patient,
        recordId: record.recordId,
        category: CATEGORY[record.category],
      },
    );
    if (opened.contentHash.toLowerCase() !== record.contentHash.toLowerCase()) {
      return {
        status: "tampered",
        reason:
          "The decrypted content does not match the fingerprint anchored on the chain: it may have been altered, " +
          "so it is not shown.",
      };
    }
    const categoryKey = await categoryKeyOf(envelope, context.patient, context.identityPrivateKey);
    return { status: "verified", meta: opened.meta, content: opened.content, categoryKey };
  } catch (error) {
    return { status: "tampered", reason: `The record could not be decrypted: ${(error as Error).message}` };
  }
}
