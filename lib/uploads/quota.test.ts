import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { QuotaLedger } from "./quota";

/**
 * Another process that charges `count` CIDs named `<prefix>-<n>` (100 bytes each) to `patient`
 * on the ledger `file`, all at once, and resolves when it has.
 */
function chargeFromAnotherProcess(file: string, prefix: string, count: number): Promise<void> {
  const code = `
    import { QuotaLedger } from ${JSON.stringify(path.join(import.meta.dirname, "quota.ts"))};
    const ledger = new QuotaLedger(${JSON.stringify(file)});
    await Promise.all(Array.from({ length: ${count} }, (_, i) =>
      ledger.charge(${JSON.stringify(patient)}, ${JSON.stringify(prefix)} + "-" + i, 100, 1e12)));
  `;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", code],
      (error, _out, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()),
    ),
  );
}

const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;

describe("QuotaLedger", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "carekeys-quota-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("counts each CID once per address and refuses past the quota with 413 and a sentence", async () => {
    const ledger = new QuotaLedger(path.join(dir, "a.json"));
    await ledger.charge(patient, "cid-1", 600, 1000);
    await ledger.charge(patient, "cid-1", 600, 1000); // a retry of the same upload
    expect(await ledger.usage(patient)).toBe(600);
    await expect(ledger.charge(patient, "cid-2", 500, 1000)).rejects.toMatchObject({
      status: 413,
      message:
        "This upload (1 MiB) would take you past your storage allowance on this server (1 MiB of 1 MiB used). Your upload is kept on this device.",
    });
    await ledger.charge(clinician, "cid-2", 500, 1000); // another address has its own allowance
    expect(await ledger.usage(patient)).toBe(600);
  });

  it("undoes a charge whose upload the node refused", async () => {
    const ledger = new QuotaLedger(path.join(dir, "b.json"));
    const release = await ledger.charge(patient, "cid-1", 600, 1000);
    await release();
    expect(await ledger.usage(patient)).toBe(0);
    await ledger.charge(patient, "cid-2", 1000, 1000);
  });

  it("survives a restart: a new ledger on the same file knows what was stored", async () => {
    const file = path.join(dir, "c.json");
    await new QuotaLedger(file).charge(patient, "cid-1", 900, 1000, 1_000);
    const restarted = new QuotaLedger(file);
    expect(await restarted.usage(patient)).toBe(900);
    await expect(restarted.charge(patient, "cid-2", 200, 1000)).rejects.toMatchObject({ status: 413 });
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({
      version: 1,
      addresses: { [patient]: { "cid-1": 900 } },
      uploadedAt: { "cid-1": 1_000 },
    });
  });

  it("keeps concurrent charges consistent (one at a time)", async () => {
    const ledger = new QuotaLedger(path.join(dir, "d.json"));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => ledger.charge(patient, `cid-${i}`, 300, 1000)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await ledger.usage(patient)).toBe(900);
  });

  it("gives a released CID's bytes back to every address that uploaded it", async () => {
    const ledger = new QuotaLedger(path.join(dir, "e.json"));
    await ledger.charge(patient, "cid-1", 600, 1000);
    await ledger.charge(clinician, "cid-1", 600, 1000);
    await ledger.charge(patient, "cid-2", 300, 1000);
    expect(await ledger.release("cid-1")).toEqual(
      new Map([
        [patient, 600],
        [clinician, 600],
      ]),
    );
    expect(await ledger.usage(patient)).toBe(300);
    expect(await ledger.usage(clinician)).toBe(0);
    expect(await ledger.release("cid-1")).toEqual(new Map());
    expect(await new QuotaLedger(ledger.file).usage(patient)).toBe(300);
  });

  it("records upload times (a repeated upload moves it later, a release forgets it)", async () => {
    const ledger = new QuotaLedger(path.join(dir, "f.json"));
    await ledger.charge(patient, "cid-1", 100, 1000, 5_000);
    await ledger.charge(clinician, "cid-2", 100, 1000, 6_000);
    await ledger.charge(patient, "cid-1", 100, 1000, 7_000); // a retry
    expect(await ledger.uploads(9_000)).toEqual(
      new Map([
        ["cid-1", 7_000],
        ["cid-2", 6_000],
      ]),
    );
    await ledger.release("cid-1");
    const undo = await ledger.charge(patient, "cid-3", 100, 1000, 8_000);
    await undo();
    expect(await new QuotaLedger(ledger.file).uploads(9_000)).toEqual(new Map([["cid-2", 6_000]]));
  });

  it("reads a ledger file without upload times and dates its CIDs at the first look", async () => {
    const file = path.join(dir, "g.json");
    await writeFile(file, JSON.stringify({ version: 1, addresses: { [patient]: { "cid-1": 900 } } }));
    const ledger = new QuotaLedger(file);
    expect(await ledger.usage(patient)).toBe(900);
    expect(await ledger.uploads(4_000)).toEqual(new Map([["cid-1", 4_000]]));
    expect(await new QuotaLedger(file).uploads(9_000)).toEqual(new Map([["cid-1", 4_000]]));
  });

  // Regression: the app server kept the ledger in memory and wrote its stale copy back, undoing
  // the refunds of a sweep run as another process.
  it("keeps what another process (a sweep) changed in the file", async () => {
    const file = path.join(dir, "h.json");
    const app = new QuotaLedger(file);
    await app.charge(patient, "cid-1", 400, 1000);
    await new QuotaLedger(file).release("cid-1"); // the sweep
    await app.charge(patient, "cid-2", 100, 1000);
    expect(await new QuotaLedger(file).usage(patient)).toBe(100);
    expect(await app.usage(patient)).toBe(100);
  });

  // Regression: each ledger queued only its own changes, so two processes (two app servers, or
  // the app and a sweep) read the same file, each added its change, and the last write won.
  it("loses no charge when two ledgers on the same file (as in two processes) change it at once", async () => {
    const file = path.join(dir, "i.json");
    const [one, two] = [new QuotaLedger(file), new QuotaLedger(file)];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => [
        one.charge(patient, `one-${i}`, 100, 1e12),
        two.charge(patient, `two-${i}`, 100, 1e12),
      ]).flat(),
    );
    expect(await new QuotaLedger(file).usage(patient)).toBe(80 * 100);
  });

  it("loses no charge or release when another process writes the same file at the same time", async () => {
    const file = path.join(dir, "j.json");
    const ledger = new QuotaLedger(file);
    await Promise.all(Array.from({ length: 30 }, (_, i) => ledger.charge(patient, `old-${i}`, 100, 1e12)));
    // This process keeps charging (and releasing) for as long as the other one runs.
    let otherDone = false;
    const other = chargeFromAnotherProcess(file, "other", 150).finally(() => {
      otherDone = true;
    });
    let here = 0;
    while (!otherDone) {
      await Promise.all([
        ...Array.from({ length: 4 }, () => ledger.charge(patient, `here-${here++}`, 100, 1e12)),
        ledger.release(`old-${here % 30}`),
      ]);
    }
    await other;
    const { addresses } = JSON.parse(await readFile(file, "utf8"));
    const cids = Object.keys(addresses[patient]);
    expect(cids.filter((cid) => cid.startsWith("other-"))).toHaveLength(150);
    expect(cids.filter((cid) => cid.startsWith("here-"))).toHaveLength(here);
    expect(here).toBeGreaterThan(40); // the two really ran side by side
    expect(await ledger.usage(patient)).toBe(cids.length * 100);
  });
});
