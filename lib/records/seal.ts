import type { Address, Hex } from "viem";
import { CATEGORY, newRecordId } from "../consent/codes";
import { sealParts } from "../crypto/envelope";
import { buildCar } from "../ipfs/car";
import type { CategoryKey } from "./categoryKeys";
import type { RecordDraft } from "./prepare";

export type SealedRecord = {
  recordId: Hex;
  cid: string;
  carParts: Uint8Array[];
  carSize: number;
  contentHash: Hex;
};

/**
 * Seals a draft as a new record of `patient` and builds its CAR in one stream: the envelope's
 * chunks go straight into the UnixFS importer, so the CID is known before anything leaves the
 * device.
 */
export async function sealDraft(input: {
  draft: RecordDraft;
  chainId: number;
  consent: Address;
  patient: Address;
  categoryKey: CategoryKey;
  patientPublicKey: Uint8Array;
}): Promise<SealedRecord> {
  const recordId = newRecordId(input.draft.category);
  const sealed = await sealParts({
    content: input.draft.content,
    meta: input.draft.meta,
    context: {
      chainId: input.chainId,
      contract: input.consent,
      patient: input.patient,
      recordId,
      category: CATEGORY[input.draft.category],
      generation: input.categoryKey.generation,
    },
    categoryKey: input.categoryKey.key,
    patientPublicKey: input.patientPublicKey,
  });
  const car = await buildCar(sealed.parts());
  return {
    recordId,
    cid: car.cid.toString(),
    carParts: car.parts,
    carSize: car.size,
    contentHash: sealed.contentHash,
  };
}
