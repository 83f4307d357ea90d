import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carOf, dagImport, identityNode, missingCid, pbNode, rawBlock } from "../../lib/ipfs/node/testing";
import { freePorts, type Managed, startProcess, stopAll, supervise, waitFor } from "./processes";

const nodeArgs = (dataDir: string, apiPort: number, gatewayPort: number) => [
  ...["--import", "tsx", "scripts/ipfs-node.ts", "--data", dataDir],
  ...["--api-port", String(apiPort), "--gateway-port", String(gatewayPort)],
];

describe("the IPFS node process (issue 9)", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-ipfs-process-"));
  });
  afterAll(async () => {
    await stopAll();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps running after the killer GET, an incomplete upload and a pin of a missing block", async () => {
    const child = spawn(process.execPath, nodeArgs(path.join(dataDir, "survivor"), 0, 0), {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    let exit = "";
    child.once("exit", (code, signal) => (exit = `exited (${signal ?? code})`));
    try {
      await waitFor("the IPFS node", async () => output.includes("IPFS node ready"), 30_000);
      const [, apiUrl, gatewayUrl] = /RPC (\S+), gateway (\S+)/.exec(output)!;

      const killer = identityNode([await missingCid()]);
      expect((await fetch(`${gatewayUrl}/ipfs/${killer}?format=car`)).status).toBe(404);
      const uploaded = await rawBlock("uploaded");
      const root = await pbNode([uploaded.cid, await missingCid()]);
      expect((await dagImport(apiUrl, await carOf([root, uploaded], root.cid))).status).toBe(400);
      expect((await dagImport(apiUrl, await carOf([uploaded], root.cid))).status).toBe(400);
      expect((await fetch(`${apiUrl}/api/v0/pin/add?arg=${killer}`, { method: "POST" })).status).toBe(404);

      await new Promise((resolve) => setTimeout(resolve, 300)); // an escaped rejection ends a process at once
      expect(exit).toBe("");
      expect((await fetch(`${apiUrl}/api/v0/version`, { method: "POST" })).status).toBe(200);
      expect(output).not.toMatch(/Error/);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("is restarted by the dev stack after a crash, with a log line naming it, the signal and its log", async () => {
    const [apiPort, gatewayPort] = await freePorts(2);
    const ipfsDir = path.join(dataDir, "restarted");
    const logDir = path.join(dataDir, "logs");
    const start = () =>
      startProcess("ipfs", process.execPath, nodeArgs(ipfsDir, apiPort, gatewayPort), { logDir });
    const answers = async () =>
      (await fetch(`http://127.0.0.1:${apiPort}/api/v0/version`, { method: "POST" })).ok;
    const pid = () => Number(readFileSync(path.join(ipfsDir, "node.pid"), "utf8"));
    const logged: string[] = [];
    const fatal: string[] = [];
    const first: Managed = start();
    await waitFor("the IPFS node", answers, 30_000);
    supervise(first, {
      what: "The IPFS node",
      restart: start,
      log: (message) => logged.push(message),
      onFatal: (message) => fatal.push(message),
    });

    first.child.kill("SIGKILL");
    await waitFor(
      "the restarted IPFS node",
      async () => (await answers()) && pid() !== first.child.pid,
      30_000,
    );
    expect(logged).toEqual([
      `The IPFS node (ipfs) stopped (signal SIGKILL); its log is ${path.join(logDir, "ipfs.log")}. Restarting it.`,
    ]);

    // Stopped on purpose (SIGTERM, as the end-to-end tests do): left stopped.
    process.kill(pid(), "SIGTERM");
    await waitFor("the IPFS node to stop", async () => !(await answers().catch(() => false)), 10_000);
    await waitFor("the log line", async () => logged.length === 2, 5_000);
    expect(logged[1]).toMatch(
      /^The IPFS node \(ipfs\) stopped \(exit code 0\); .* so it is not restarted\.$/,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await answers().catch(() => false)).toBe(false);
    expect(fatal).toEqual([]);
  }, 60_000);
});
