"use client";

import type { Address } from "viem";
import type { AnchoredRecord } from "@/lib/records/chain";
import { type OpenedRecord, openAnchoredRecord } from "@/lib/records/open";
import { openedRecordKey, useOpenContext } from "./useOpenedRecord";
import { MERGE_MAX_BYTES, type RecordsDecrypted, useRecordDecryption } from "./useRecordDecryption";

export type DecryptedRecords = RecordsDecrypted<OpenedRecord>;

/**
 * The patient's own records, fetched, verified and decrypted in the background with the
 * patient's keyring (see {@link useRecordDecryption}). Results are shared with the per-file
 * viewer, which then opens instantly.
 */
export function useDecryptedRecords(
  patient: Address,
  records: AnchoredRecord[] | undefined,
): DecryptedRecords {
  const context = useOpenContext(patient);
  const keyringCid = context?.keyringCid ?? null;
  return useRecordDecryption(
    records,
    context && {
      id: `own:${patient}:${keyringCid}`,
      patient,
      cacheKey: (record) => openedRecordKey(record, keyringCid),
      open: (record) => openAnchoredRecord(record, { ...context, maxBytes: MERGE_MAX_BYTES }),
    },
  );
}
