import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPublicClient, createWalletClient, http } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_DEPLOYMENT } from "../lib/contracts/addresses";
import { directoryAbi } from "../lib/contracts/generated";
import { localChain } from "../lib/wallet/localAccountWallet";

const PORTS = { chain: 28545, ipfsApi: 25001, gateway: 28080, app: 23000 };
const rpcUrl = `http://127.0.0.1:${PORTS.chain}`;

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
  return { child, ready };
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
  const running: ChildProcess[] = [];
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
    expect(await stop(second.child)).toBe(0);
  }, 240_000);
});
