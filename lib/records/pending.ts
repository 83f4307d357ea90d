import type { Address, Hex } from "viem";
import type { Category } from "../consent/codes";

/**
 * An upload that has been sealed but is not yet anchored. It holds ciphertext (the CAR) and
 * public facts only, never plaintext, so it can wait on the device across reloads until the
 * person retries.
 */
export type PendingUpload = {
  recordId: Hex;
  patient: Address;
  category: Category;
  name: string;
  summary: string;
  cid: string;
  contentHash: Hex;
  carSize: number;
  /** sealed -> pinned (on IPFS) -> anchored (on chain, then removed from the store). */
  stage: "sealed" | "pinned";
  error: string | null;
  createdAt: string;
};

export interface PendingStore {
  save(upload: PendingUpload, car?: Uint8Array[]): Promise<void>;
  car(recordId: Hex): Promise<Uint8Array[] | undefined>;
  list(patient: Address): Promise<PendingUpload[]>;
  remove(recordId: Hex): Promise<void>;
}

export type UploadSteps = {
  /** Sends the CAR to the upload route; resolves once it is pinned. */
  upload: (cid: string, car: Uint8Array[]) => Promise<void>;
  /** The CID already anchored under this record id, if any. */
  anchoredCid: (recordId: Hex) => Promise<string | null>;
  /** Anchors the records on chain in one transaction; resolves once it is confirmed. */
  anchor: (uploads: PendingUpload[]) => Promise<void>;
};

export type UploadStage = "uploading" | "anchoring" | "done" | "failed";

/**
 * Carries pending uploads as far as they go: upload and pin each, then anchor all pinned ones
 * in one transaction. Nothing is anchored that is not pinned; a record already anchored (the
 * page reloaded while the transaction was confirming) is not anchored twice. A failure stays
 * in the store with its message, and the person can retry.
 */
export async function advanceUploads(
  uploads: PendingUpload[],
  store: PendingStore,
  steps: UploadSteps,
  onStage: (recordId: Hex, stage: UploadStage) => void = () => {},
): Promise<void> {
  const pinned: PendingUpload[] = [];
  for (const upload of uploads) {
    if (upload.stage === "pinned") {
      pinned.push(upload);
      continue;
    }
    onStage(upload.recordId, "uploading");
    try {
      const car = await store.car(upload.recordId);
      if (!car)
        throw new Error("The encrypted file of this upload is missing on this device. Add the file again.");
      await steps.upload(upload.cid, car);
      const next = { ...upload, stage: "pinned" as const, error: null };
      await store.save(next);
      pinned.push(next);
    } catch (error) {
      await fail(store, upload, error, onStage);
      throw error;
    }
  }
  const toAnchor: PendingUpload[] = [];
  for (const upload of pinned) {
    onStage(upload.recordId, "anchoring");
    const anchored = await steps.anchoredCid(upload.recordId);
    if (anchored === null) toAnchor.push(upload);
    else if (anchored !== upload.cid) {
      const error = new Error("Another file is already anchored under this record id. Add the file again.");
      await fail(store, upload, error, onStage);
      throw error;
    }
  }
  if (toAnchor.length > 0) {
    try {
      await steps.anchor(toAnchor);
    } catch (error) {
      for (const upload of toAnchor) await fail(store, upload, error, onStage);
      throw error;
    }
  }
  for (const upload of pinned) {
    await store.remove(upload.recordId);
    onStage(upload.recordId, "done");
  }
}

async function fail(
  store: PendingStore,
  upload: PendingUpload,
  error: unknown,
  onStage: (recordId: Hex, stage: UploadStage) => void,
) {
  await store.save({ ...upload, error: error instanceof Error ? error.message : String(error) });
  onStage(upload.recordId, "failed");
}
