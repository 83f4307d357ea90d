import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { DAG_LIMITS, DagError, type DagLimits, readCar } from "./dag";

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
 * The upload route's work: prove that a CAR is exactly the DAG of `expected` (its only root;
 * every block hashes to its CID; every block under the root is in it and nothing else; within
 * the limits a node takes in one request), then import it into the IPFS node and pin the root.
 * Nothing is sent to the node unless all of that holds, so a refused upload stores nothing on
 * any node, Kubo included (Kubo keeps the blocks of a CAR it cannot pin).
 */
export async function acceptCar(
  car: Uint8Array,
  expected: string,
  ipfs: KuboRPCClient,
  limits: DagLimits = DAG_LIMITS,
): Promise<{ cid: string }> {
  let expectedCid: CID;
  try {
    expectedCid = CID.parse(expected);
  } catch {
    throw new UploadRejected(400, `'${expected}' is not a valid CID.`);
  }
  let roots: CID[];
  try {
    ({ roots } = await readCar(car, limits));
  } catch (error) {
    if (!(error instanceof DagError)) throw error;
    if (error.kind === "too-large")
      throw new UploadRejected(413, `The upload was refused: ${error.message}.`);
    throw new UploadRejected(400, `The upload was refused: ${error.message}.`);
  }
  if (roots.length !== 1 || !roots[0].equals(expectedCid)) {
    throw new UploadRejected(400, `The CAR's root is not ${expectedCid}.`);
  }
  try {
    for await (const result of ipfs.dag.import([car], { pinRoots: true })) {
      if (result.root.pinErrorMsg) {
        throw new UploadRejected(
          502,
          `The storage node could not pin the upload: ${result.root.pinErrorMsg}`,
        );
      }
    }
  } catch (error) {
    if (error instanceof UploadRejected) throw error;
    if (error instanceof Error && error.name === "HTTPError") {
      throw new UploadRejected(502, `The storage node refused the upload: ${error.message}`);
    }
    throw new UploadRejected(
      503,
      "The storage node is not reachable right now. Your upload is kept on this device: try again in a moment.",
    );
  }
  return { cid: expectedCid.toString() };
}
