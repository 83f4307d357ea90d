"use client";

import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import PQueue from "p-queue";
import { useEffect, useRef, useState } from "react";
import type { Address, Hex } from "viem";
import type { ReadRecord } from "@/lib/clinical/model";
import type { AnchoredRecord } from "@/lib/records/chain";
import { readRecord } from "@/lib/records/read";
import type { SharedRecord } from "@/lib/sharing/openShared";

/** How many records are fetched and decrypted at once in the background. */
export const DECRYPT_CONCURRENCY = 6;
/** The largest record read into the combined views (larger ones open on their own). */
export const MERGE_MAX_BYTES = 16 * 1024 * 1024;
/**
 * When the views are rebuilt while records arrive: at 1, 2, 4, 8... records read, and otherwise
 * at most once a second. Each rebuild reads every record so far, so rebuilding every few records
 * costs the square of their number (about 14 s of main thread at 1,000 records); doubling keeps
 * the total near two full builds.
 */
const FLUSH_MS = 1_000;
const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

export type RecordsDecrypted<T> = {
  /** Each record's outcome so far, by record id (verified, tampered, unavailable, large, not shared). */
  opened: Map<Hex, T>;
  /** The verified records, read for the combined views, newest first. */
  read: ReadRecord[];
  total: number;
  done: number;
};

/** How records are opened: the patient's own keys, or the keys a patient shared with a clinician. */
export type RecordOpener<T> = {
  /** Names the keys used: the work starts over only when it (or the records) change. */
  id: string;
  /** Where an outcome is cached for the page's life (shared with a viewer that opens one record). */
  cacheKey: (record: AnchoredRecord) => QueryKey;
  /** Opens one record with a byte cap of {@link MERGE_MAX_BYTES}; may throw (then "unavailable"). */
  open: (record: AnchoredRecord) => Promise<T>;
  /** Whose records these are: what others added is read as theirs (see `readRecord`). */
  patient: Address;
};

/**
 * Fetches, verifies and decrypts every record in the background, a few at a time, newest first,
 * and hands out what is ready as it arrives (throttled), so the first records show while the
 * rest stream in. Plaintext stays in this tab's memory (the query cache), nowhere else. Nothing
 * starts while `opener` is null (keys still locked or loading).
 */
export function useRecordDecryption<T extends SharedRecord>(
  records: AnchoredRecord[] | undefined,
  opener: RecordOpener<T> | null,
): RecordsDecrypted<T> {
  const queryClient = useQueryClient();
  const openerRef = useRef(opener);
  openerRef.current = opener;
  const [state, setState] = useState<RecordsDecrypted<T>>({ opened: new Map(), read: [], total: 0, done: 0 });
  const openerId = opener?.id ?? null;
  // The list is refetched from the chain now and then, as new objects: start over only when the
  // records themselves change, not on every refetch.
  const recordsRef = useRef(records);
  recordsRef.current = records;
  const recordsKey = records?.map((r) => `${r.recordId}:${r.cid}`).join(",");

  useEffect(() => {
    const current = openerRef.current;
    const records = recordsRef.current;
    if (openerId === null || !records || !current || recordsKey === undefined) return;
    const queue = new PQueue({ concurrency: DECRYPT_CONCURRENCY });
    const opened = new Map<Hex, T>();
    const read = new Map<Hex, ReadRecord>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (stopped) return;
      setState({
        opened: new Map(opened),
        read: records.flatMap((r) => read.get(r.recordId) ?? []),
        total: records.length,
        done: opened.size,
      });
    };
    const schedule = () => {
      if (isPowerOfTwo(opened.size) || opened.size === records.length) flush();
      else timer ??= setTimeout(flush, FLUSH_MS);
    };
    setState({ opened: new Map(), read: [], total: records.length, done: 0 });
    for (const record of records) {
      void queue.add(async () => {
        if (stopped) return;
        const key = current.cacheKey(record);
        let result = queryClient.getQueryData<T>(key);
        if (!result) {
          result = await current
            .open(record)
            .catch((error: Error) => ({ status: "unavailable", reason: error.message }) as T);
          // A record over the cap is not cached as opened: opening it alone reads it whole.
          if (result.status !== "large") queryClient.setQueryData(key, result);
        }
        if (stopped) return;
        opened.set(record.recordId, result);
        const asRead =
          result.status === "notShared" ? undefined : readRecord(record, result, current.patient);
        if (asRead) read.set(record.recordId, asRead);
        schedule();
      });
    }
    return () => {
      stopped = true;
      queue.clear();
      if (timer) clearTimeout(timer);
    };
  }, [openerId, recordsKey, queryClient]);
  return state;
}
