import { mkdir } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";

export type FileLockOptions = {
  /** A lock older than this (ms) belongs to a process that died holding it, and is broken. */
  staleMs?: number;
  /** How long (ms) to wait for the lock before giving up with an error. */
  timeoutMs?: number;
};

export class FileLockTimeout extends Error {}

/**
 * Runs `work` while holding the lock of `file` (`<file>.lock`, taken with `proper-lockfile`:
 * an atomic mkdir that every process of this host honours, refreshed while held). A waiter
 * retries every few milliseconds until `timeoutMs`; a lock not refreshed for `staleMs` (its
 * holder died) is broken. A lock found compromised while held is logged, never thrown out of a
 * timer (which would end the server). Not for files on network filesystems.
 */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  { staleMs = 10_000, timeoutMs = 30_000 }: FileLockOptions = {},
): Promise<T> {
  await mkdir(path.dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let release: () => Promise<void>;
  for (let attempt = 0; ; attempt++) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        stale: Math.max(2_000, staleMs),
        retries: 0,
        onCompromised: (error) => console.error(`The lock of ${file} was lost while held: ${error.message}`),
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    }
    if (Date.now() > deadline)
      throw new FileLockTimeout(`${file}.lock stayed locked for ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 25) * (0.5 + Math.random())));
  }
  try {
    return await work();
  } finally {
    await release().catch(() => {}); // already released or broken as stale: nothing of ours is left
  }
}
