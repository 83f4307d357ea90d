import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { type Address, getAddress, type PublicClient } from "viem";
import { ledgerOf } from "./acceptUpload";
import { ownerOfObject, referencesOfOwner } from "./owner";
import { type Contracts, type Reference, referencesTo } from "./references";

/** A refusal of an unpin: the HTTP status and a sentence for the patient. */
export class UnpinRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "UnpinRefused";
  }
}

export type UnpinSettings = Contracts & {
  /** The signed-in address. */
  address: Address;
  client: Pick<PublicClient, "getContractEvents" | "readContract">;
  ipfs: KuboRPCClient;
  /** Folder of the quota ledger. */
  dataDir: string;
};

/**
 * Unpins `cid` for the signed-in patient, if the chain shows it as the patient's own and no
 * longer needed: a record of theirs that `recordOf` marks superseded, or a keyring they published
 * for themselves that a later one replaced. Refused (403) when it is not theirs, or when anything
 * on chain still points to it as current (their current record or keyring, or anyone else's
 * reference: otherwise a patient could anchor someone else's CID, supersede it and remove it);
 * 404 when nothing on chain points to it. Then the node unpins it and the quota ledger gives its
 * bytes back to every address that uploaded it. Unpinning what the node no longer pins succeeds.
 */
export async function unpinOwnObject(
  cid: string,
  settings: UnpinSettings,
): Promise<{ cid: string; unpinned: boolean; collected: boolean; freedBytes: number }> {
  const parsed = CID.parse(cid);
  const normalized = parsed.toV1().toString();
  let references: Reference[];
  try {
    references = await referencesTo(settings.client, settings, normalized);
  } catch {
    throw new UnpinRefused(
      503,
      "The blockchain node is not reachable, so CareKeys cannot check what this file is. Try again in a moment.",
    );
  }
  // Only the pointers of the account the object is bound to count (a stranger's anchor of a
  // patient's record CID is no record, and must not keep a deleted record stored).
  references = referencesOfOwner(references, await ownerOfObject(settings.ipfs, normalized));
  refuseUnlessRemovable(references, getAddress(settings.address));
  let unpinned = true;
  try {
    await settings.ipfs.pin.rm(parsed);
  } catch (error) {
    if (!(error instanceof Error && /not pinned/.test(error.message))) {
      throw new UnpinRefused(503, "The storage node is not reachable right now. Try again in a moment.");
    }
    unpinned = false;
  }
  // Unpinning frees no disk: collect now, so the ciphertext of a deleted record is gone from the
  // node (and its gateway) when the patient is told it is deleted, not at some later sweep.
  let collected = false;
  if (unpinned) {
    try {
      for await (const { err } of settings.ipfs.repo.gc()) if (err) throw err;
      collected = true;
    } catch {
      collected = false; // the next collection (after any sweep that unpins) removes it
    }
  }
  const freed = await ledgerOf(settings.dataDir).release(normalized);
  if (normalized !== cid)
    for (const [owner, bytes] of await ledgerOf(settings.dataDir).release(cid)) freed.set(owner, bytes);
  return { cid, unpinned, collected, freedBytes: [...freed.values()].reduce((n, b) => n + b, 0) };
}

function refuseUnlessRemovable(references: Reference[], patient: Address): void {
  if (references.length === 0)
    throw new UnpinRefused(
      404,
      "No record or keyring on the chain points to this file, so there is nothing to remove.",
    );
  const own = references.filter(
    (r) =>
      (r.kind === "record" && r.patient === patient) ||
      (r.kind === "keyring" && r.patient === patient && r.grantee === patient),
  );
  if (own.length === 0)
    throw new UnpinRefused(403, "This file is not one of your records or keyrings, so you cannot remove it.");
  const current = references.find((r) => r.current);
  if (!current) return;
  if (current.kind === "record" && current.patient === patient)
    throw new UnpinRefused(
      403,
      "This record is still current: only a record you have replaced can be removed.",
    );
  if (current.kind === "keyring" && current.patient === patient && current.grantee === patient)
    throw new UnpinRefused(
      403,
      "This is your current keyring: only a keyring you have replaced can be removed.",
    );
  throw new UnpinRefused(
    403,
    "Something else on the chain still points to this file, so it stays stored for whoever relies on it.",
  );
}
