import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPublicClient, createWalletClient, http } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_DEPLOYMENT } from "../lib/contracts/addresses";
import { directoryAbi } from "../lib/contracts/generated";
import { localChain } from "../lib/wallet/localAccountWallet";
import { freePorts, waitFor } from "./stack/processes";

/** Free ports, chosen in beforeAll: a program listening on a fixed one must not fail this test. */
const PORTS = { chain: 0, ipfsApi: 0, gateway: 0, app: 0 };
let rpcUrl = "";

function startDev(dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    env: {
      ...process.env,
      CAREKEYS_CHAIN_PORT: String(PORTS.chain),
      CAREKEYS_IPFS_API_PORT: String(PORTS.ipfsApi),
      CAREKEYS_IPFS_GATEWAY_PORT: String(PORTS.gateway),
      CAREKEYS_APP_PORT: String(PORTS.app),
      CAREKEYS_DATA_DIR: dataDir,
      CAREKEYS_QUIET: "1",
      NEXT_DIST_DIR: ".next-devtest",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", () => output.includes("Press Ctrl-C to stop everything.") && resolve(output));
    child.once("exit", (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
  return { child, ready, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGINT");
  return exited;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

describe("npm run dev", () => {
  let dataDir: string | undefined;
  let resumed: ReturnType<typeof startDev> | undefined;
  const running: ChildProcess[] = [];
  beforeAll(async () => {
    [PORTS.chain, PORTS.ipfsApi, PORTS.gateway, PORTS.app] = await freePorts(4);
    rpcUrl = `http://127.0.0.1:${PORTS.chain}`;
  });
  afterAll(async () => {
    for (const child of running) if (child.exitCode === null) await stop(child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("brings the stack up, stops every process on Ctrl-C, and resumes with what was there", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-dev-"));
    const first = startDev(dataDir);
    running.push(first.child);
    const banner = await first.ready;
    expect(banner).toContain(`Open http://127.0.0.1:${PORTS.app}`);
    expect(banner).toContain("Demo patient (Alex Morgan)");

    // A patient registers a key while the stack runs.
    const chain = localChain(31337, rpcUrl);
    const reader = createPublicClient({ chain, transport: http(rpcUrl) });
    const account = privateKeyToAccount(generatePrivateKey());
    await reader.request({
      method: "anvil_setBalance" as never,
      params: [account.address, "0xde0b6b3a7640000"] as never,
    });
    const wallet = createWalletClient({ account, chain, transport: http(rpcUrl) });
    const key = `0x${"5a".repeat(32)}` as const;
    await reader.waitForTransactionReceipt({
      hash: await wallet.writeContract({
        address: LOCAL_DEPLOYMENT.directory,
        abi: directoryAbi,
        functionName: "registerPatientKey",
        args: [key],
      }),
    });

    expect(await stop(first.child)).toBe(0);
    for (const port of Object.values(PORTS)) expect(await portFree(port)).toBe(true);

    const second = startDev(dataDir);
    running.push(second.child);
    const again = await second.ready;
    expect(again).toContain("contracts already deployed");
    expect(
      await reader.readContract({
        address: LOCAL_DEPLOYMENT.directory,
        abi: directoryAbi,
        functionName: "patientKeyOf",
        args: [account.address],
      }),
    ).toBe(key);
    expect((await fetch(`http://127.0.0.1:${PORTS.app}/`)).status).toBe(200);
    resumed = second;
  }, 240_000);

  it("restarts an IPFS node that crashed, and stops everything with a message when the chain dies", async () => {
    const stack = resumed!;
    const pidFile = path.join(dataDir!, "ipfs", "node.pid");
    const crashed = Number(readFileSync(pidFile, "utf8"));
    process.kill(crashed, "SIGKILL");
    await waitFor(
      "the IPFS node to come back",
      async () =>
        Number(readFileSync(pidFile, "utf8")) !== crashed &&
        (await fetch(`http://127.0.0.1:${PORTS.ipfsApi}/api/v0/version`, { method: "POST" })).ok,
      30_000,
    );
    expect(stack.output()).toMatch(
      /\[stack\] The IPFS node \(ipfs\) stopped \(signal SIGKILL\); its log is .*ipfs\.log\. Restarting it\./,
    );

    const exited = new Promise<number | null>((resolve) => stack.child.once("exit", (code) => resolve(code)));
    process.kill(pidOf(`${dataDir}/chain-state.json`), "SIGKILL");
    expect(await exited).toBe(1);
    expect(stack.output()).toMatch(
      /CareKeys stopped: The local chain \(chain\) stopped \(signal SIGKILL\); its log is .*chain\.log\. CareKeys cannot run without it, so everything was stopped\./,
    );
    for (const port of Object.values(PORTS)) expect(await portFree(port)).toBe(true);
  }, 60_000);
});

/** The process whose command line mentions `text` (Linux: /proc), such as anvil with its state file. */
function pidOf(text: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").includes(text)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error(`no process mentions ${text}`);
}
