import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { type Block, DAG_LIMITS, DagError, type DagLimits, readCar } from "./dag";

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
 * The upload route's work: `proveCar`, then `importCar`. Nothing is sent to the node unless the
 * proof holds, so a refused upload stores nothing on any node, Kubo included (Kubo keeps the
 * blocks of a CAR it cannot pin).
 */
export async function acceptCar(
  car: Uint8Array,
  expected: string,
  ipfs: KuboRPCClient,
  limits: DagLimits = DAG_LIMITS,
): Promise<{ cid: string }> {
  const { cid } = await proveCar(car, expected, limits);
  await importCar(car, ipfs);
  return { cid: cid.toString() };
}

/**
 * Proves that a CAR is exactly the DAG of `expected` (its only root; every block hashes to its
 * CID; every block under the root is in it and nothing else; within the limits a node takes in
 * one request). Returns the root and the blocks; refusals are `UploadRejected` (400, 413).
 */
export async function proveCar(
  car: Uint8Array,
  expected: string,
  limits: DagLimits = DAG_LIMITS,
): Promise<{ cid: CID; blocks: Block[] }> {
  let expectedCid: CID;
  try {
    expectedCid = CID.parse(expected);
  } catch {
    throw new UploadRejected(400, `'${expected}' is not a valid CID.`);
  }
  let read: { roots: CID[]; blocks: Block[] };
  try {
    read = await readCar(car, limits);
  } catch (error) {
    if (!(error instanceof DagError)) throw error;
    if (error.kind === "too-large")
      throw new UploadRejected(413, `The upload was refused: ${error.message}.`);
    throw new UploadRejected(400, `The upload was refused: ${error.message}.`);
  }
  if (read.roots.length !== 1 || !read.roots[0].equals(expectedCid)) {
    throw new UploadRejected(400, `The CAR's root is not ${expectedCid}.`);
  }
  return { cid: expectedCid, blocks: read.blocks };
}

/** Imports a proven CAR into the IPFS node and pins its root (502: the node refused; 503: unreachable). */
export async function importCar(car: Uint8Array, ipfs: KuboRPCClient): Promise<void> {
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
}
