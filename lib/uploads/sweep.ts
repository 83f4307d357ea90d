import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import type { PublicClient } from "viem";
import { ledgerOf } from "./acceptUpload";
import { ownerOfObject, referencesOfOwner } from "./owner";
import { type Contracts, normalizeCid, type Reference, referenceEvents, referencesIn } from "./references";

export const DAY_MS = 24 * 60 * 60 * 1000;

export type SweepSettings = Contracts & {
  client: Pick<PublicClient, "getContractEvents" | "readContract" | "getBlock">;
  ipfs: KuboRPCClient;
  /** Folder of the quota ledger: the sweep looks only at the CIDs it knows. */
  dataDir: string;
  /** How long (ms) after the last reference ended, or after an unreferenced upload, a CID stays pinned. */
  graceMs: number;
  /** Report what would be unpinned, unpin nothing. */
  dryRun?: boolean;
  /** The time (ms since the epoch) the grace is measured to; `Date.now()` unless given. */
  now?: number;
};

export type SweepOutcome = {
  cid: string;
  action: "unpinned" | "would unpin" | "kept";
  /** A sentence: why. */
  reason: string;
  /** The last time anything pointed to it (or its upload time when nothing ever did), ms. */
  lastNeededAt?: number;
  /** Bytes the ledger gave back (unpinned only). */
  freedBytes?: number;
};

const nameOf = (r: Reference) => {
  switch (r.kind) {
    case "record":
      return `record ${r.recordId} of ${r.patient}`;
    case "keyring":
      return `keyring of ${r.patient} for ${r.grantee}`;
    case "request reason":
      return `request reason of ${r.grantee} to ${r.patient}`;
    default:
      return `${r.kind} of ${r.participant}`;
  }
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Unpins the uploads nothing needs any more. For every CID in the quota ledger (pins the ledger
 * does not know are left alone): kept while any on-chain reference is current; otherwise the last
 * time it was needed is the latest of its upload time and the block times when its references
 * ended (`endedAtBlock`), and it is unpinned, and released from the ledger, once that is more than
 * `graceMs` before `now`. A reference whose end the events do not show keeps the CID (reported).
 * The chain's events are read once for the whole sweep. A CID the node no longer pins is still
 * released; one the node refuses to unpin is kept and reported. In a dry run nothing changes.
 */
export async function sweepUploads(settings: SweepSettings): Promise<SweepOutcome[]> {
  const now = settings.now ?? Date.now();
  const ledger = ledgerOf(settings.dataDir);
  const uploads = await ledger.uploads(now);
  const events = await referenceEvents(settings.client, settings);
  const blockTimes = new Map<bigint, Promise<number>>();
  const blockTime = (blockNumber: bigint) => {
    let time = blockTimes.get(blockNumber);
    if (!time) {
      time = settings.client.getBlock({ blockNumber }).then((block) => Number(block.timestamp) * 1000);
      blockTimes.set(blockNumber, time);
    }
    return time;
  };
  const outcomes: SweepOutcome[] = [];
  for (const [cid, uploadedAt] of uploads) {
    const normalized = normalizeCid(cid);
    if (!normalized) {
      outcomes.push({ cid, action: "kept", reason: "not a CID (left alone)" });
      continue;
    }
    const references = referencesOfOwner(
      await referencesIn(events, settings.client, settings, normalized),
      await ownerOfObject(settings.ipfs, normalized),
    );
    const current = references.find((r) => r.current);
    if (current) {
      outcomes.push({ cid, action: "kept", reason: `current: ${nameOf(current)}` });
      continue;
    }
    const openEnded = references.find((r) => r.endedAtBlock === undefined);
    if (openEnded) {
      outcomes.push({
        cid,
        action: "kept",
        reason: `no end found on chain for the ${nameOf(openEnded)}`,
      });
      continue;
    }
    let lastNeededAt = uploadedAt;
    let why =
      references.length === 0
        ? `never referenced, uploaded ${iso(uploadedAt)}`
        : `uploaded again ${iso(uploadedAt)}, after its references ended`;
    for (const r of references) {
      const endedAt = await blockTime(r.endedAtBlock as bigint);
      if (endedAt >= lastNeededAt) {
        lastNeededAt = endedAt;
        why = `${nameOf(r)} ended ${iso(endedAt)}`;
      }
    }
    const expires = lastNeededAt + settings.graceMs;
    if (expires > now) {
      outcomes.push({ cid, action: "kept", reason: `in grace until ${iso(expires)}: ${why}`, lastNeededAt });
      continue;
    }
    if (settings.dryRun) {
      outcomes.push({ cid, action: "would unpin", reason: why, lastNeededAt });
      continue;
    }
    try {
      await settings.ipfs.pin.rm(CID.parse(cid));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!/not pinned/.test(message)) {
        outcomes.push({ cid, action: "kept", reason: `the node refused the unpin (${message}): ${why}` });
        continue;
      }
    }
    const freed = await ledger.release(cid);
    outcomes.push({
      cid,
      action: "unpinned",
      reason: why,
      lastNeededAt,
      freedBytes: [...freed.values()].reduce((n, b) => n + b, 0),
    });
  }
  return outcomes;
}

export type SweepReport = {
  outcomes: SweepOutcome[];
  /** Blocks the node's garbage collection removed; undefined when it did not run. */
  removedBlocks?: number;
  /** Why the garbage collection failed (the unpins stand). */
  gcError?: string;
};

/**
 * A sweep, then, when it unpinned anything, the node's garbage collection (Kubo's `repo/gc`),
 * which removes the blocks no pin needs any more: unpinning alone frees no disk. A failed
 * collection is reported, not thrown: the unpins and refunds have happened, and the next
 * collection removes what this one left.
 */
export async function sweepAndCollect(settings: SweepSettings): Promise<SweepReport> {
  const outcomes = await sweepUploads(settings);
  if (settings.dryRun || !outcomes.some((o) => o.action === "unpinned")) return { outcomes };
  let removedBlocks = 0;
  try {
    for await (const { err } of settings.ipfs.repo.gc()) {
      if (err) throw err;
      removedBlocks++;
    }
    return { outcomes, removedBlocks };
  } catch (error) {
    return { outcomes, removedBlocks, gcError: error instanceof Error ? error.message : String(error) };
  }
}

/** The report as lines for a person: each CID unpinned (all of them with `verbose`), then a summary. */
export function describeSweep(
  report: SweepReport,
  options: { graceDays: number; dryRun?: boolean; verbose?: boolean },
) {
  const { outcomes } = report;
  const count = (action: SweepOutcome["action"]) => outcomes.filter((o) => o.action === action).length;
  const lines = outcomes
    .filter((o) => options.verbose || o.action !== "kept")
    .map((o) => `${o.action.padEnd(11)} ${o.cid}  ${o.reason}`);
  const unpinned = options.dryRun
    ? `${count("would unpin")} would be unpinned (dry run)`
    : `${count("unpinned")} unpinned`;
  lines.push(
    `${outcomes.length} uploads in the ledger: ${unpinned}, ${count("kept")} kept (grace ${options.graceDays} days)`,
  );
  if (report.removedBlocks !== undefined)
    lines.push(`garbage collection removed ${report.removedBlocks} blocks no pin needs`);
  if (report.gcError) lines.push(`garbage collection failed: ${report.gcError} (the next sweep tries again)`);
  return lines;
}

/** `SWEEP_GRACE_DAYS` (default 7), or an error that says what is wrong with it. */
export function sweepGraceDays(raw: string | undefined): number | Error {
  const days = Number(raw === undefined || raw === "" ? "7" : raw);
  return Number.isFinite(days) && days >= 0
    ? days
    : new Error("SWEEP_GRACE_DAYS: must be a number of days, 0 or more");
}
