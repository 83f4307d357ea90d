import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileLockTimeout, withFileLock } from "./fileLock";

describe("withFileLock", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "carekeys-lock-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("runs holders one at a time and removes the lock after each, also after a failure", async () => {
    const file = path.join(dir, "a.json");
    let inside = 0;
    let most = 0;
    const holder = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inside--;
    };
    await Promise.all(Array.from({ length: 20 }, () => withFileLock(file, holder)));
    expect(most).toBe(1);
    await expect(withFileLock(file, async () => Promise.reject(new Error("work failed")))).rejects.toThrow(
      "work failed",
    );
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("breaks the lock of a process that died holding it, once it is stale", async () => {
    const file = path.join(dir, "b.json");
    await mkdir(`${file}.lock`); // what proper-lockfile leaves when its holder dies
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    expect(await withFileLock(file, async () => "ran", { staleMs: 10_000, timeoutMs: 2_000 })).toBe("ran");
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("waits for a live holder's lock and gives up with a clear error after the timeout", async () => {
    const file = path.join(dir, "c.json");
    await mkdir(`${file}.lock`);
    await expect(withFileLock(file, async () => "ran", { staleMs: 60_000, timeoutMs: 200 })).rejects.toThrow(
      FileLockTimeout,
    );
    expect(existsSync(`${file}.lock`)).toBe(true); // not ours to remove
  });
});
