import path from "node:path";
import type { KuboRPCClient } from "kubo-rpc-client";
import { importCar, proveCar, UploadRejected } from "../ipfs/acceptCar";
import { canonicalCidOf, fileOfBlocks } from "../ipfs/car";
import { checkUploadFormat, INSPECT_BYTES, type UploadContext, type UploadKind } from "./format";
import { quotaLedger } from "./quota";

export type UploadSettings = UploadContext & {
  quotaBytes: number;
  /** Folder of the quota ledger. */
  dataDir: string;
  ipfs: KuboRPCClient;
};

/**
 * An upload the route has read (at most `MAX_UPLOAD_BYTES`) from a signed-in `address`: the CAR
 * is proven to be exactly the DAG of `expected`, laid out as `buildCar` lays out its file; its file must be a CareKeys object
 * (`checkUploadFormat`); it is counted against the address's quota; then it is imported and
 * pinned. A refusal at any step is an `UploadRejected` and leaves nothing stored or counted.
 */
export async function acceptUpload(
  car: Uint8Array,
  expected: string,
  settings: UploadSettings,
): Promise<{ cid: string; kind: UploadKind }> {
  const { cid, blocks } = await proveCar(car, expected);
  let whole: Uint8Array;
  try {
    ({ bytes: whole } = await fileOfBlocks(blocks, cid));
  } catch {
    throw new UploadRejected(415, "CareKeys stores files only; this upload is not one.");
  }
  if (!(await canonicalCidOf(whole)).equals(cid)) {
    throw new UploadRejected(
      400,
      "The upload is not laid out as CareKeys lays out files (1 MiB raw blocks, CIDv1): upload it from the CareKeys app.",
    );
  }
  const file = { bytes: whole.subarray(0, INSPECT_BYTES), complete: whole.length <= INSPECT_BYTES };
  const kind = await checkUploadFormat(file, settings);
  const release = await ledgerOf(settings.dataDir).charge(
    settings.address,
    cid.toString(),
    car.length,
    settings.quotaBytes,
  );
  try {
    await importCar(car, settings.ipfs);
  } catch (error) {
    await release();
    throw error;
  }
  return { cid: cid.toString(), kind };
}

export const ledgerOf = (dataDir: string) => quotaLedger(path.resolve(dataDir, "upload-ledger.json"));
