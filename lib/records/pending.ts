import type { Address, Hex } from "viem";
import type { Category } from "../consent/codes";

/**
 * An upload that has been sealed but is not yet anchored. It holds ciphertext (the CAR) and
 * public facts only (category, CID, commitment, size, times), never plaintext: not even the file
 * name, which can say a lot (it is inside the envelope). It waits on the device across reloads
 * until the person retries.
 */
export type PendingUpload = {
  recordId: Hex;
  patient: Address;
  category: Category;
  cid: string;
  contentHash: Hex;
  carSize: number;
  /**
   * sealed -> pinned (on IPFS) -> anchored (on chain, then removed from the store). A retry
   * uploads a "pinned" one again before anchoring: the node may no longer pin it.
   */
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
  /** Whether this upload's record id is anchored for its patient, and if so whether it is this upload. */
  anchorState: (upload: PendingUpload) => Promise<AnchorState>;
  /** Anchors the records on chain in one transaction; resolves once it is confirmed. */
  anchor: (uploads: PendingUpload[]) => Promise<void>;
};

export type UploadStage = "uploading" | "anchoring" | "done" | "failed";

/**
 * `absent`: nothing is anchored under the record id yet. `this upload`: the anchor is exactly
 * this one (the patient as author, the same CID and content hash), e.g. the page reloaded while
 * the transaction was confirming. `different`: something else is anchored under the id.
 */
export type AnchorState = "absent" | "this upload" | "different";

export const ANCHOR_TAKEN_MESSAGE =
  "A different record is already on the chain under this record's id, so this one could not be added. " +
  "Your encrypted file is still kept on this device. Add the original file again to store it under a new id.";

/**
 * Carries pending uploads as far as they go: upload and pin each (again, if an earlier attempt
 * got that far: the pin may have been lost since), then anchor all pinned ones in one
 * transaction. Nothing is anchored that is not pinned; a record already anchored as this very
 * upload (the page reloaded while the transaction was confirming) is not anchored twice.
 * An upload leaves the store only once its own anchor is on chain; a failure, or an id taken by
 * a different anchor, stays in the store with its message, and the person can retry.
 */
export async function advanceUploads(
  uploads: PendingUpload[],
  store: PendingStore,
  steps: UploadSteps,
  onStage: (recordId: Hex, stage: UploadStage) => void = () => {},
): Promise<void> {
  const pinned: PendingUpload[] = [];
  // Every upload goes to the route again, "pinned" ones too: the node may have lost the pin
  // since (a sweep, an unpin), and the route is idempotent and charges a CID once.
  for (const upload of uploads) {
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
  const done: PendingUpload[] = [];
  let taken: Error | null = null;
  for (const upload of pinned) {
    onStage(upload.recordId, "anchoring");
    const state = await steps.anchorState(upload);
    if (state === "absent") toAnchor.push(upload);
    else if (state === "this upload") done.push(upload);
    else {
      // Never delete what might be the only copy: it stays pending with the reason.
      taken = new Error(ANCHOR_TAKEN_MESSAGE);
      await fail(store, upload, taken, onStage);
    }
  }
  if (toAnchor.length > 0) {
    try {
      await steps.anchor(toAnchor);
      done.push(...toAnchor);
    } catch (error) {
      for (const upload of toAnchor) await fail(store, upload, error, onStage);
      throw error;
    }
  }
  for (const upload of done) {
    await store.remove(upload.recordId);
    onStage(upload.recordId, "done");
  }
  if (taken) throw taken;
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
