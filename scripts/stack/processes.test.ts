import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Managed, startProcess, stopAll, supervise, waitFor } from "./processes";

/** A child that runs until it is stopped, or one that fails at once. */
const sleeper = (name: string, logDir: string) =>
  startProcess(name, process.execPath, ["-e", "setInterval(() => {}, 1000)"], { logDir });
const failing = (logDir: string) =>
  startProcess("ipfs", process.execPath, ["-e", "console.error('no luck'); process.exit(3)"], { logDir });

const stopped = (managed: Managed) =>
  new Promise<void>((resolve) => {
    if (managed.child.exitCode !== null || managed.child.signalCode !== null) resolve();
    else managed.child.once("exit", () => resolve());
  });

describe("the dev stack watching its children", () => {
  let logDir: string;
  beforeAll(async () => {
    logDir = await mkdtemp(path.join(tmpdir(), "carekeys-children-"));
  });
  afterAll(async () => {
    await stopAll();
    await rm(logDir, { recursive: true, force: true });
  });

  it("stops everything with a plain message when the chain is killed", async () => {
    const chain = sleeper("chain", logDir);
    const app = sleeper("app", logDir);
    const fatal: string[] = [];
    const watch = { log: () => {}, onFatal: (message: string) => fatal.push(message) };
    supervise(chain, { ...watch, what: "The local chain" });
    supervise(app, { ...watch, what: "The app" });

    chain.child.kill("SIGKILL");
    await waitFor("the stack to stop", async () => fatal.length > 0, 10_000);
    expect(fatal).toEqual([
      `The local chain (chain) stopped (signal SIGKILL); its log is ${path.join(logDir, "chain.log")}. ` +
        "CareKeys cannot run without it, so everything was stopped.",
    ]);
    await stopped(app);
    expect(app.child.signalCode).toBe("SIGTERM");
  });

  it("stops everything when the app exits by itself, even with exit code 0", async () => {
    const app = startProcess("app", process.execPath, ["-e", "setTimeout(() => {}, 200)"], { logDir });
    const chain = sleeper("chain", logDir);
    const fatal: string[] = [];
    const watch = { log: () => {}, onFatal: (message: string) => fatal.push(message) };
    supervise(chain, { ...watch, what: "The local chain" });
    supervise(app, { ...watch, what: "The app" });
    await waitFor("the stack to stop", async () => fatal.length > 0, 10_000);
    expect(fatal[0]).toMatch(
      /^The app \(app\) stopped \(exit code 0\); its log is .*app\.log\. CareKeys cannot/,
    );
    await stopped(chain);
  });

  it("gives up on a child that keeps crashing: five restarts a minute, then everything stops", async () => {
    const logged: string[] = [];
    const fatal: string[] = [];
    const chain = sleeper("chain", logDir);
    supervise(chain, { what: "The local chain", log: () => {}, onFatal: () => {} });
    supervise(failing(logDir), {
      what: "The IPFS node",
      restart: () => failing(logDir),
      log: (message) => logged.push(message),
      onFatal: (message) => fatal.push(message),
    });
    await waitFor("the stack to give up", async () => fatal.length > 0, 20_000);
    expect(logged).toHaveLength(5);
    const log = path.join(logDir, "ipfs.log");
    expect(logged).toEqual(
      Array(5).fill(`The IPFS node (ipfs) stopped (exit code 3); its log is ${log}. Restarting it.`),
    );
    expect(fatal).toEqual([
      `The IPFS node (ipfs) stopped (exit code 3); its log is ${path.join(logDir, "ipfs.log")}. ` +
        "It stopped 6 times within a minute, so everything was stopped.",
    ]);
    await stopped(chain);
  });

  it("does not count a child that stopAll() stopped as having died", async () => {
    const fatal: string[] = [];
    const logged: string[] = [];
    const app = sleeper("app", logDir);
    supervise(app, { what: "The app", log: (m) => logged.push(m), onFatal: (m) => fatal.push(m) });
    await stopAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect({ fatal, logged }).toEqual({ fatal: [], logged: [] });
  });
});
