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
  /** Anchors the record on chain; resolves once the transaction is confirmed. */
  anchor: (upload: PendingUpload) => Promise<void>;
};

/**
 * Carries a pending upload as far as it goes: upload and pin, then anchor. Nothing is anchored
 * that is not pinned; a record already anchored (e.g. the page reloaded while the transaction
 * was confirming) is not anchored twice. A failure stays in the store with its message.
 */
export async function advanceUpload(
  upload: PendingUpload,
  store: PendingStore,
  steps: UploadSteps,
  onStage: (stage: "uploading" | "anchoring" | "done") => void = () => {},
): Promise<void> {
  let current = upload;
  try {
    if (current.stage === "sealed") {
      onStage("uploading");
      const car = await store.car(current.recordId);
      if (!car)
        throw new Error("The encrypted file of this upload is missing on this device. Add the file again.");
      await steps.upload(current.cid, car);
      current = { ...current, stage: "pinned", error: null };
      await store.save(current);
    }
    onStage("anchoring");
    const anchored = await steps.anchoredCid(current.recordId);
    if (anchored !== null && anchored !== current.cid) {
      throw new Error("Another file is already anchored under this record id. Add the file again.");
    }
    if (anchored === null) await steps.anchor(current);
    await store.remove(current.recordId);
    onStage("done");
  } catch (error) {
    await store.save({ ...current, error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}
