import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Address, getAddress } from "viem";
import { z } from "zod";
import { UploadRejected } from "../ipfs/acceptCar";
import { withFileLock } from "./fileLock";

const ledgerFile = z.object({
  version: z.literal(1),
  /** Per address: the CIDs it uploaded and the bytes each was counted for. */
  addresses: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
  /**
   * Per CID: when it was last accepted (ms since the epoch; its first upload, moved later by a
   * repeated upload). Files written before the sweep have none: `uploads` dates those CIDs when
   * it first sees them.
   */
  uploadedAt: z.record(z.string(), z.number().nonnegative()).optional(),
});
type LedgerFile = z.infer<typeof ledgerFile>;

/**
 * How much each signed-in address has stored through the upload route: a JSON file, read afresh
 * for every operation and written whole (to a temporary file, then renamed, so a reader never
 * sees half a file) after every change. Every read-modify-write holds the file's lock
 * (`withFileLock`), so the processes of one host that share the file (app servers, a sweep) never
 * lose each other's updates; within a process, changes also queue one behind another.
 * An upload is counted once per CID, so a retry of the same upload costs nothing more. App
 * servers on several hosts need a shared store instead (see docs/architecture.md).
 */
export class QuotaLedger {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Bytes `address` has stored. */
  async usage(address: Address): Promise<number> {
    const state = await this.load();
    return total(state.addresses[getAddress(address)] ?? {});
  }

  /**
   * Counts `bytes` for `cid` against `address`'s `quota`, or refuses with 413 and a sentence.
   * Returns what undoes the charge (for an upload the node then refuses). Records `at` (ms) as
   * the CID's upload time, also for a repeated upload (which costs nothing more): the sweep's
   * grace for an unanchored upload counts from its last upload, so a retry before anchoring
   * keeps it.
   */
  charge(
    address: Address,
    cid: string,
    bytes: number,
    quota: number,
    at: number = Date.now(),
  ): Promise<() => Promise<void>> {
    const owner = getAddress(address);
    return this.exclusive(async () => {
      const state = await this.load();
      const own = state.addresses[owner] ?? {};
      state.uploadedAt ??= {};
      const uploadedAt = state.uploadedAt;
      if (cid in own) {
        if ((uploadedAt[cid] ?? 0) < at) {
          uploadedAt[cid] = at;
          await this.save(state);
        }
        return async () => {};
      }
      const used = total(own);
      if (used + bytes > quota) throw new UploadRejected(413, overQuota(used, bytes, quota));
      state.addresses[owner] = { ...own, [cid]: bytes };
      uploadedAt[cid] = Math.max(uploadedAt[cid] ?? 0, at);
      await this.save(state);
      return () =>
        this.exclusive(async () => {
          const now = await this.load();
          if (now.addresses[owner]) delete now.addresses[owner][cid];
          if (!Object.values(now.addresses).some((held) => cid in held)) delete now.uploadedAt?.[cid];
          await this.save(now);
        });
    });
  }

  /**
   * Every CID the ledger knows, with its upload time (ms). A CID from a ledger file older than
   * upload times is dated `now` here, once, and saved: its grace starts at the first sweep.
   */
  uploads(now: number = Date.now()): Promise<Map<string, number>> {
    return this.exclusive(async () => {
      const state = await this.load();
      state.uploadedAt ??= {};
      const uploadedAt = state.uploadedAt;
      const result = new Map<string, number>();
      let dated = false;
      for (const own of Object.values(state.addresses))
        for (const cid of Object.keys(own)) {
          if (uploadedAt[cid] === undefined) {
            uploadedAt[cid] = now;
            dated = true;
          }
          result.set(cid, uploadedAt[cid]);
        }
      if (dated) await this.save(state);
      return result;
    });
  }

  /**
   * Forgets `cid` for every address that uploaded it (the node no longer stores it for anyone)
   * and returns the bytes given back, per address.
   */
  release(cid: string): Promise<Map<Address, number>> {
    return this.exclusive(async () => {
      const state = await this.load();
      const freed = new Map<Address, number>();
      for (const [owner, own] of Object.entries(state.addresses)) {
        if (!(cid in own)) continue;
        freed.set(owner as Address, own[cid]);
        delete own[cid];
      }
      const dated = state.uploadedAt !== undefined && cid in state.uploadedAt;
      if (dated) delete state.uploadedAt?.[cid];
      if (freed.size > 0 || dated) await this.save(state);
      return freed;
    });
  }

  private load(): Promise<LedgerFile> {
    return readFile(this.file, "utf8").then(
      (text) => ledgerFile.parse(JSON.parse(text)),
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return { version: 1 as const, addresses: {} };
        throw error;
      },
    );
  }

  private async save(state: LedgerFile): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(state), { mode: 0o600 });
    await rename(temporary, this.file);
  }

  /** Runs a read-modify-write of the file: after this process's earlier ones, under the file's lock. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => withFileLock(this.file, work));
    this.tail = result.catch(() => {});
    return result;
  }
}

const total = (own: Record<string, number>) => Object.values(own).reduce((n, bytes) => n + bytes, 0);

const mib = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MiB`;

function overQuota(used: number, bytes: number, quota: number): string {
  return (
    `This upload (${mib(bytes)}) would take you past your storage allowance on this server ` +
    `(${mib(used)} of ${mib(quota)} used). Your upload is kept on this device.`
  );
}

const shared = globalThis as { __carekeysQuotaLedgers?: Map<string, QuotaLedger> };

/** One ledger per file for the whole server process (every route bundle sees the same one). */
export function quotaLedger(file: string): QuotaLedger {
  if (!shared.__carekeysQuotaLedgers) shared.__carekeysQuotaLedgers = new Map();
  let ledger = shared.__carekeysQuotaLedgers.get(file);
  if (!ledger) {
    ledger = new QuotaLedger(file);
    shared.__carekeysQuotaLedgers.set(file, ledger);
  }
  return ledger;
}
