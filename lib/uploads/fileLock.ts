import { randomUUID } from "node:crypto";
import { link, mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";

export type FileLockOptions = {
  /** A lock file older than this (ms) belongs to a process that died holding it, and is broken. */
  staleMs?: number;
  /** How long (ms) to wait for the lock before giving up with an error. */
  timeoutMs?: number;
};

export class FileLockTimeout extends Error {}

/**
 * Runs `work` while holding `<file>.lock`, a lock every process on this host honours: the lock
 * file is created with O_EXCL (`wx`), which exactly one creator wins, and holds a random token.
 * A waiter retries every few milliseconds; a lock file older than `staleMs` (its holder died: the
 * work under it takes milliseconds) is moved aside and, if what was moved was not the stale lock
 * it examined, put back. Not for files on network filesystems, whose O_EXCL is not reliable.
 */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  { staleMs = 10_000, timeoutMs = 30_000 }: FileLockOptions = {},
): Promise<T> {
  const lockFile = `${file}.lock`;
  const token = randomUUID();
  const deadline = Date.now() + timeoutMs;
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, "wx", 0o600);
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    await breakIfStale(lockFile, staleMs);
    if (Date.now() > deadline)
      throw new FileLockTimeout(`${lockFile} stayed locked for ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 25) * (0.5 + Math.random())));
  }
  try {
    return await work();
  } finally {
    // Only our own lock: if ours was broken as stale, the file now is someone else's.
    if ((await readFile(lockFile, "utf8").catch(() => "")) === token) await unlink(lockFile).catch(() => {});
  }
}

/** Moves a lock file older than `staleMs` out of the way. */
async function breakIfStale(lockFile: string, staleMs: number): Promise<void> {
  const [info, holder] = await Promise.all([
    stat(lockFile).catch(() => null),
    readFile(lockFile, "utf8").catch(() => null),
  ]);
  if (!info || holder === null || Date.now() - info.mtimeMs < staleMs) return;
  const aside = `${lockFile}.${randomUUID()}.stale`;
  try {
    await rename(lockFile, aside);
  } catch {
    return; // someone else broke it, or released it
  }
  const moved = await readFile(aside, "utf8").catch(() => null);
  // Between our look and the move, the stale lock was broken by another waiter and a fresh one
  // taken: give the fresh one back (unless the place is taken again, by a lock that is not ours).
  if (moved !== holder) await link(aside, lockFile).catch(() => {});
  await unlink(aside).catch(() => {});
}
