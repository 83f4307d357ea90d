import { CarBlockIterator } from "@ipld/car";
import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { verifyBlock } from "./blocks";

/** A refusal of an upload, with the HTTP status and a sentence for the person. */
export class UploadRejected extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "UploadRejected";
  }
}

/**
 * The upload route's work: check that a CAR names `expected` as its root and that every
 * block hashes to its CID, then import it into the IPFS node and pin the root. Nothing is
 * imported unless every block checks out (a blockstore would accept mismatching bytes).
 */
export async function acceptCar(
  car: Uint8Array,
  expected: string,
  ipfs: KuboRPCClient,
): Promise<{ cid: string }> {
  let expectedCid: CID;
  try {
    expectedCid = CID.parse(expected);
  } catch {
    throw new UploadRejected(400, `'${expected}' is not a valid CID.`);
  }
  let reader: CarBlockIterator;
  try {
    reader = await CarBlockIterator.fromBytes(car);
  } catch {
    throw new UploadRejected(400, "The upload is not a CAR file.");
  }
  const roots = await reader.getRoots();
  if (roots.length !== 1 || !CID.asCID(roots[0])?.equals(expectedCid)) {
    throw new UploadRejected(400, `The CAR's root is not ${expectedCid}.`);
  }
  try {
    for await (const block of reader) await verifyBlock(block.cid, block.bytes);
  } catch (error) {
    throw new UploadRejected(400, `The upload was refused: ${(error as Error).message}.`);
  }
  try {
    for await (const result of ipfs.dag.import([car], { pinRoots: true })) {
      if (result.root.pinErrorMsg) {
        throw new UploadRejected(
          400,
          `The upload is incomplete and could not be pinned: ${result.root.pinErrorMsg}`,
        );
      }
    }
  } catch (error) {
    if (error instanceof UploadRejected) throw error;
    throw new UploadRejected(
      503,
      "The storage node is not reachable right now. Your upload is kept on this device: try again in a moment.",
    );
  }
  return { cid: expectedCid.toString() };
}
