// The stack's scheduled sweep: every SWEEP_INTERVAL_MINUTES, the uploads nothing on chain has
// needed for SWEEP_GRACE_DAYS are unpinned and the node collects its garbage (what
// `npm run sweep` does), logged to <dataDir>/logs/sweep.log. A failed sweep is logged and the
// next one runs on time: the stack goes on.
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Address } from "viem";
import { createPublicClient, http } from "viem";
import { ipfsClient } from "../../lib/ipfs/client.ts";
import { DAY_MS, describeSweep, sweepAndCollect, sweepGraceDays } from "../../lib/uploads/sweep.ts";

/** Minutes between two sweeps when SWEEP_INTERVAL_MINUTES is not set. */
export const DEFAULT_SWEEP_INTERVAL_MINUTES = 60;

export type SweepSchedule = { stop: () => Promise<void> };

/**
 * Runs `sweep` after `firstAfterMs`, then `intervalMs` after each run ends (runs never overlap),
 * appending its lines, time-stamped, to `logFile`; a run that throws is logged as failed and the
 * schedule goes on. The timers do not keep the process alive. `stop()` ends the schedule and
 * waits for a run under way.
 */
export function scheduleSweeps(options: {
  intervalMs: number;
  firstAfterMs: number;
  logFile: string;
  sweep: () => Promise<string[]>;
  /** Told of a failed run too (the stack prints it), besides the log. */
  onFailure?: (message: string) => void;
}): SweepSchedule {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const log = async (lines: string[]) => {
    const at = new Date().toISOString();
    await mkdir(path.dirname(options.logFile), { recursive: true });
    await appendFile(options.logFile, lines.map((line) => `${at} ${line}\n`).join(""));
  };
  const run = async () => {
    try {
      await log(await options.sweep());
    } catch (error) {
      const message = `sweep failed: ${error instanceof Error ? error.message : String(error)} (the next one runs in ${Math.round(options.intervalMs / 60_000)} min)`;
      options.onFailure?.(`${message}; see ${options.logFile}`);
      await log([message]).catch(() => {});
    }
  };
  const next = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
        next(options.intervalMs);
      });
    }, delay);
    timer.unref();
  };
  next(options.firstAfterMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** `SWEEP_INTERVAL_MINUTES` (0 turns the schedule off), or an error that says what is wrong. */
export function sweepIntervalMinutes(raw: string | undefined): number | Error {
  const minutes = Number(raw === undefined || raw === "" ? DEFAULT_SWEEP_INTERVAL_MINUTES : raw);
  return Number.isFinite(minutes) && minutes >= 0
    ? minutes
    : new Error("SWEEP_INTERVAL_MINUTES: must be a number of minutes, 0 (no scheduled sweep) or more");
}

/** One sweep of the stack's ledger against its chain and node, as lines for the log. */
export function stackSweep(stack: {
  rpcUrl: string;
  ipfsApiUrl: string;
  consent: Address;
  directory: Address;
  dataDir: string;
  graceDays: number;
}): () => Promise<string[]> {
  const client = createPublicClient({ transport: http(stack.rpcUrl) });
  const ipfs = ipfsClient(stack.ipfsApiUrl);
  return async () =>
    describeSweep(
      await sweepAndCollect({
        consent: stack.consent,
        directory: stack.directory,
        client,
        ipfs,
        dataDir: stack.dataDir,
        graceMs: stack.graceDays * DAY_MS,
      }),
      { graceDays: stack.graceDays },
    );
}

export { sweepGraceDays };
