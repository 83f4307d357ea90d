import { CID } from "multiformats/cid";
import { type Address, concatBytes } from "viem";
import { CATEGORY } from "../consent/codes";
import { openRecord, readHeader } from "../crypto/envelope";
import type { IdentityKey } from "../crypto/identity";
import { fileFromCar } from "../ipfs/car";
import { type CategoryKeys, currentKey, keyOfGeneration } from "./keyring";
import type { AnchorState, PendingStore, PendingUpload } from "./pending";
import { sealDraft } from "./seal";

/**
 * An upload kept on this device was sealed with the keys current when the file was added. If the
 * patient has replaced those keys since (stopped sharing with someone, a share ran out), anchoring
 * it as it is would hand the record to whoever held the old keys. So, before a kept upload is
 * anchored: when its generation is no longer its kind's newest, it is opened here (with the
 * patient's own identity key, in memory) and sealed again with the newest key, under a new record
 * id. Returns the replacement, or null when the upload is already sealed with the newest key.
 * Found by the outside review of issue 11 (a revoked clinician read a lab result kept on the
 * device during the revocation and anchored after it).
 */
export async function resealIfOutdated(input: {
  upload: PendingUpload;
  car: Uint8Array[];
  /** The patient's own keys as they are now (after any rotation the sealing check made). */
  keys: CategoryKeys;
  identity: Pick<IdentityKey, "privateKey" | "publicKey">;
  chainId: number;
  consent: Address;
}): Promise<{ upload: PendingUpload; car: Uint8Array[] } | null> {
  const { upload } = input;
  const newest = currentKey(input.keys, upload.category);
  if (!newest) throw new Error(`No key for ${upload.category}: unlock your records and try again.`);
  const envelope = await fileFromCar(concatBytes(input.car), CID.parse(upload.cid));
  if (readHeader(envelope).header.generation === newest.generation) return null;
  // The kept upload's own generation from the patient's keyring first (it survives a replaced
  // identity key, which the envelope's copy for the old key does not: review P3), then that copy.
  const generation = readHeader(envelope).header.generation;
  const categoryKey = keyOfGeneration(input.keys, CATEGORY[upload.category], generation);
  const opened = await openRecord(
    envelope,
    categoryKey ? { categoryKey } : { patientPrivateKey: input.identity.privateKey },
    {
      chainId: input.chainId,
      contract: input.consent,
      patient: upload.patient,
      recordId: upload.recordId,
      category: CATEGORY[upload.category],
    },
  );
  const sealed = await sealDraft({
    draft: { category: upload.category, meta: opened.meta, content: opened.content, summary: "" },
    chainId: input.chainId,
    consent: input.consent,
    patient: upload.patient,
    categoryKey: newest,
    patientPublicKey: input.identity.publicKey,
  });
  return {
    upload: {
      ...upload,
      recordId: sealed.recordId,
      cid: sealed.cid,
      contentHash: sealed.contentHash,
      carSize: sealed.carSize,
      stage: "sealed",
      error: null,
    },
    car: sealed.carParts,
  };
}

/**
 * Before "Try again": each kept upload still to anchor is sealed again if its keys are outdated
 * (`reseal`, i.e. {@link resealIfOutdated}); one already anchored as itself (the tab closed while
 * it confirmed) is left for `advanceUploads` to finish, never sealed twice (review P1); one that
 * cannot be prepared stays kept with the reason and is not anchored, while the others go on
 * (review P3). Returns the uploads to carry on with.
 */
export async function refreshKept(
  kept: readonly PendingUpload[],
  deps: {
    store: PendingStore;
    anchorState: (upload: PendingUpload) => Promise<AnchorState>;
    reseal: (
      upload: PendingUpload,
      car: Uint8Array[],
    ) => Promise<{ upload: PendingUpload; car: Uint8Array[] } | null>;
  },
): Promise<PendingUpload[]> {
  const fresh: PendingUpload[] = [];
  for (const upload of kept) {
    try {
      const car = await deps.store.car(upload.recordId);
      const next =
        car && (await deps.anchorState(upload)) === "absent" ? await deps.reseal(upload, car) : null;
      if (!next) {
        fresh.push(upload);
        continue;
      }
      await deps.store.save(next.upload, next.car);
      await deps.store.remove(upload.recordId);
      fresh.push(next.upload);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
      await deps.store.save({
        ...upload,
        error: `This file could not be prepared with your current keys, so it was not added (${reason}). Add the original file again.`,
      });
    }
  }
  return fresh;
}
