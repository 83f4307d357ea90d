import type { Hex } from "viem";
import type { RecordContext } from "../crypto/envelope";
import { sealParts } from "../crypto/envelope";
import { buildCar } from "../ipfs/car";
import type { RecordDraft } from "./prepare";

/**
 * Seals a draft and builds its CAR in one stream: the envelope's chunks go straight into
 * the UnixFS importer, so the CID is known before anything leaves the device.
 */
export async function sealDraft(input: {
  draft: RecordDraft;
  context: RecordContext;
  categoryKey: Uint8Array;
  patientPublicKey: Uint8Array;
}): Promise<{ cid: string; carParts: Uint8Array[]; carSize: number; contentHash: Hex }> {
  const sealed = await sealParts({
    content: input.draft.content,
    meta: input.draft.meta,
    context: input.context,
    categoryKey: input.categoryKey,
    patientPublicKey: input.patientPublicKey,
  });
  const car = await buildCar(sealed.parts());
  return { cid: car.cid.toString(), carParts: car.parts, carSize: car.size, contentHash: sealed.contentHash };
}
