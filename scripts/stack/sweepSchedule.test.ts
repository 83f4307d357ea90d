import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_DEPLOYMENT } from "../../lib/contracts/addresses";
import { DEV_ACCOUNTS } from "../../lib/dev/accounts";
import { importCar } from "../../lib/ipfs/acceptCar";
import { buildCar } from "../../lib/ipfs/car";
import { ipfsClient } from "../../lib/ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../../lib/ipfs/node/serve";
import { startAnvil } from "../../lib/testing/anvil";
import { deployWithVerifiedProvider } from "../../lib/testing/registry";
import { ledgerOf } from "../../lib/uploads/acceptUpload";
import { DAY_MS } from "../../lib/uploads/sweep";
import { scheduleSweeps, stackSweep, sweepIntervalMinutes } from "./sweepSchedule";

const until = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const lines = async (file: string) =>
  (await readFile(file, "utf8").catch(() => "")).split("\n").filter((line) => line !== "");

describe("scheduleSweeps", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "carekeys-schedule-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("sweeps on schedule, logs each run time-stamped, and goes on after a failed one", async () => {
    const logFile = path.join(dir, "logs", "a.log");
    let runs = 0;
    const failures: string[] = [];
    const schedule = scheduleSweeps({
      intervalMs: 20,
      firstAfterMs: 0,
      logFile,
      sweep: async () => {
        runs++;
        if (runs === 2) throw new Error("the chain did not answer");
        return [`run ${runs}`];
      },
      onFailure: (message) => failures.push(message),
    });
    await until(async () => runs >= 4);
    await schedule.stop();
    const logged = await lines(logFile);
    expect(logged[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z run 1$/);
    expect(logged[1]).toMatch(/ sweep failed: the chain did not answer \(the next one runs in 0 min\)$/);
    expect(logged[2]).toMatch(/ run 3$/);
    expect(failures).toEqual([expect.stringContaining(`sweep failed: the chain did not answer`)]);

    // Stopped: no more runs.
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(runs).toBe(after);
  });

  it("never runs two sweeps at once, and stop() waits for the one under way", async () => {
    let inside = 0;
    let most = 0;
    let finished = 0;
    const schedule = scheduleSweeps({
      intervalMs: 1,
      firstAfterMs: 0,
      logFile: path.join(dir, "b.log"),
      sweep: async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inside--;
        finished++;
        return [];
      },
    });
    await until(async () => inside === 1 && finished >= 2);
    await schedule.stop();
    expect(inside).toBe(0);
    expect(most).toBe(1);
  });

  it("reads SWEEP_INTERVAL_MINUTES: 60 by default, 0 for none, and says what is wrong with a bad value", () => {
    expect(sweepIntervalMinutes(undefined)).toBe(60);
    expect(sweepIntervalMinutes("0")).toBe(0);
    expect(sweepIntervalMinutes("15")).toBe(15);
    expect(sweepIntervalMinutes("-1")).toBeInstanceOf(Error);
    expect(String(sweepIntervalMinutes("hourly"))).toMatch(
      /SWEEP_INTERVAL_MINUTES: must be a number of minutes/,
    );
  });
});

describe("the stack's sweep", () => {
  let dir: string;
  let servers: IpfsServers;
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "carekeys-stack-sweep-"));
    servers = await serveEmbeddedNode({ dataDir: path.join(dir, "node"), apiPort: 0, gatewayPort: 0 });
    chain = await startAnvil();
    await deployWithVerifiedProvider(chain, privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey));
  });
  afterAll(async () => {
    await servers?.stop();
    chain?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("unpins what nothing needed for the grace, removes its blocks, and logs it to the stack's log folder", async () => {
    const dataDir = path.join(dir, "stack");
    const ipfs = ipfsClient(servers.apiUrl);
    const car = await buildCar(new TextEncoder().encode("an upload never anchored"));
    await importCar(new Uint8Array(Buffer.concat(car.parts)), ipfs);
    const cid = car.cid.toString();
    const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
    await ledgerOf(dataDir).charge(patient, cid, car.size, 1 << 30, Date.now() - 30 * DAY_MS);

    const logFile = path.join(dataDir, "logs", "sweep.log");
    const schedule = scheduleSweeps({
      intervalMs: 60_000,
      firstAfterMs: 0,
      logFile,
      sweep: stackSweep({
        rpcUrl: chain.rpcUrl,
        ipfsApiUrl: servers.apiUrl,
        ...LOCAL_DEPLOYMENT,
        dataDir,
        graceDays: 7,
      }),
    });
    await until(async () => (await lines(logFile)).some((line) => line.includes("garbage collection")));
    await schedule.stop();
    const logged = (await lines(logFile)).map((line) => line.replace(/^\S+ /, ""));
    expect(logged).toEqual([
      expect.stringMatching(new RegExp(`^unpinned +${cid}  never referenced, uploaded `)),
      "1 uploads in the ledger: 1 unpinned, 0 kept (grace 7 days)",
      expect.stringMatching(/^garbage collection removed [1-9]\d* blocks no pin needs$/),
    ]);
    const block = await fetch(`${servers.apiUrl}/api/v0/block/get?arg=${cid}`, { method: "POST" });
    expect(block.status).toBe(404);
    expect(await ledgerOf(dataDir).usage(patient)).toBe(0);
  });
});
