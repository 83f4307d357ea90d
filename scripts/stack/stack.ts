// Brings up the whole local stack: anvil (state on disk), the contracts (CREATE2, so found
// again after a restart), the embedded IPFS node, the demo participants, and the Next.js app.
// Used by `npm run dev` and by the end-to-end tests (on ports of their own).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Address, createWalletClient, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { deployContracts } from "../../contracts/deploy/deploy.ts";
import { DEV_ACCOUNTS, LOCAL_CHAIN_ID } from "../../lib/dev/accounts.ts";
import { localChain } from "../../lib/wallet/localAccountWallet.ts";
import { foundryBinary } from "../foundry.ts";
import { assertDataVersion, writeDataVersion } from "./dataVersion.ts";
import {
  assertPortFree,
  exited,
  StackError,
  startProcess,
  stopAll,
  supervise,
  waitFor,
} from "./processes.ts";
import { seedDemo, seedDemoPatient } from "./seed.ts";
import { scheduleSweeps, stackSweep, sweepGraceDays, sweepIntervalMinutes } from "./sweepSchedule.ts";

const require = createRequire(import.meta.url);

export type StackPorts = { chain: number; ipfsApi: number; ipfsGateway: number; app: number };

export const PORT_VARIABLES = {
  chain: "CAREKEYS_CHAIN_PORT",
  ipfsApi: "CAREKEYS_IPFS_API_PORT",
  ipfsGateway: "CAREKEYS_IPFS_GATEWAY_PORT",
  app: "CAREKEYS_APP_PORT",
} as const satisfies Record<keyof StackPorts, string>;

const PORT_NAMES: Record<keyof StackPorts, string> = {
  chain: "local chain RPC",
  ipfsApi: "IPFS RPC API",
  ipfsGateway: "IPFS gateway",
  app: "web app",
};

export type StackOptions = {
  dataDir: string;
  ports: StackPorts;
  /** `dev` runs `next dev`; `start` serves the production build (`next build` first). */
  appMode: "dev" | "start";
  echoApp: boolean;
  /**
   * Minutes between scheduled sweeps (unpin what nothing on chain needs, then collect garbage);
   * 0 for none. Default: SWEEP_INTERVAL_MINUTES, else 60. The grace is SWEEP_GRACE_DAYS (7).
   */
  sweepIntervalMinutes?: number;
  onStep?: (message: string) => void;
};

export type Stack = {
  appUrl: string;
  rpcUrl: string;
  ipfsApiUrl: string;
  ipfsGatewayUrl: string;
  directory: Address;
  consent: Address;
  chainId: number;
  stop: () => Promise<void>;
};

export async function startStack(options: StackOptions): Promise<Stack> {
  const step = options.onStep ?? (() => {});
  for (const key of Object.keys(options.ports) as (keyof StackPorts)[]) {
    await assertPortFree(options.ports[key], PORT_NAMES[key], PORT_VARIABLES[key]);
  }
  assertDataVersion(options.dataDir);
  const sweepMinutes =
    options.sweepIntervalMinutes ?? sweepIntervalMinutes(process.env.SWEEP_INTERVAL_MINUTES);
  if (sweepMinutes instanceof Error) throw new StackError(sweepMinutes.message);
  const graceDays = sweepGraceDays(process.env.SWEEP_GRACE_DAYS);
  if (graceDays instanceof Error) throw new StackError(graceDays.message);
  const logDir = path.join(options.dataDir, "logs");
  mkdirSync(options.dataDir, { recursive: true });
  const chainId = LOCAL_CHAIN_ID;
  const rpcUrl = `http://127.0.0.1:${options.ports.chain}`;
  const ipfsApiUrl = `http://127.0.0.1:${options.ports.ipfsApi}`;
  const ipfsGatewayUrl = `http://127.0.0.1:${options.ports.ipfsGateway}`;
  const appUrl = `http://127.0.0.1:${options.ports.app}`;

  try {
    step("starting the local chain (anvil)");
    const anvil = startProcess(
      "chain",
      foundryBinary("anvil"),
      [
        ...["--host", "127.0.0.1", "--port", String(options.ports.chain), "--chain-id", String(chainId)],
        ...["--state", path.join(options.dataDir, "chain-state.json"), "--state-interval", "5"],
      ],
      { logDir },
    );
    await Promise.race([exited(anvil), waitFor("the local chain", () => rpcAnswers(rpcUrl), 20_000)]);

    step("deploying the contracts (or finding them)");
    const deployer = createWalletClient({
      account: privateKeyToAccount(DEV_ACCOUNTS.deployer.privateKey),
      chain: localChain(chainId, rpcUrl),
      transport: http(rpcUrl),
    }).extend(publicActions);
    const { directory, consent, deployed } = await deployContracts(deployer, deployer.account.address);
    writeDataVersion(options.dataDir);
    step(
      deployed.length > 0
        ? `deployed ${deployed.join(", ")}: Directory ${directory}, ConsentRegistry ${consent}`
        : `contracts already deployed: Directory ${directory}, ConsentRegistry ${consent}`,
    );

    step("starting the IPFS node");
    const ipfsArgs = [
      ...["--import", "tsx", "scripts/ipfs-node.ts", "--data", path.join(options.dataDir, "ipfs")],
      ...["--api-port", String(options.ports.ipfsApi), "--gateway-port", String(options.ports.ipfsGateway)],
    ];
    const startIpfs = () => startProcess("ipfs", process.execPath, ipfsArgs, { logDir });
    const ipfs = startIpfs();
    await Promise.race([
      exited(ipfs),
      waitFor(
        "the IPFS node",
        async () => (await fetch(`${ipfsApiUrl}/api/v0/version`, { method: "POST" })).ok,
        30_000,
      ),
    ]);

    step("registering the demo clinic and AI model, and the demo patient's records");
    await seedDemo({ rpcUrl, chainId, appOrigin: appUrl, ipfsApiUrl, directory, consent });
    await seedDemoPatient({ rpcUrl, chainId, appOrigin: appUrl, ipfsApiUrl, directory, consent });

    step(options.appMode === "dev" ? "starting the app (next dev)" : "starting the app (next start)");
    const next = startProcess(
      "app",
      process.execPath,
      [
        require.resolve("next/dist/bin/next"),
        options.appMode,
        "--hostname",
        "127.0.0.1",
        "--port",
        String(options.ports.app),
      ],
      {
        logDir,
        echo: options.echoApp,
        env: {
          NEXT_TELEMETRY_DISABLED: "1",
          APP_ORIGIN: appUrl,
          DEV_WALLET: "on", // the local stack's demo accounts, also under `next start` (e2e)
          UPLOAD_DATA_DIR: options.dataDir, // the upload quota ledger, with the stack's other state
          CHAIN_ID: String(chainId),
          RPC_URL: rpcUrl,
          DIRECTORY_ADDRESS: directory,
          CONSENT_ADDRESS: consent,
          IPFS_API_URL: ipfsApiUrl,
          IPFS_GATEWAY_URL: ipfsGatewayUrl,
          SESSION_SECRET: sessionSecret(options.dataDir),
        },
      },
    );
    await Promise.race([exited(next), waitFor("the app", async () => (await fetch(appUrl)).ok, 180_000)]);

    // From now on a child that stops is noticed: the IPFS node is restarted after a crash;
    // without the chain or the app, everything stops.
    const watch = { log: (message: string) => console.error(`\n[stack] ${message}`), onFatal: stackFailed };
    supervise(anvil, { ...watch, what: "The local chain" });
    supervise(ipfs, { ...watch, what: "The IPFS node", restart: startIpfs });
    supervise(next, { ...watch, what: "The app" });

    // The first sweep a minute after the start (a stack restarted often still sweeps), then on schedule.
    const sweepLog = path.join(logDir, "sweep.log");
    const sweeps =
      sweepMinutes > 0
        ? scheduleSweeps({
            intervalMs: sweepMinutes * 60_000,
            firstAfterMs: Math.min(sweepMinutes * 60_000, 60_000),
            logFile: sweepLog,
            sweep: stackSweep({
              rpcUrl,
              ipfsApiUrl,
              consent,
              directory,
              dataDir: options.dataDir,
              graceDays,
            }),
            onFailure: watch.log,
          })
        : undefined;
    step(
      sweeps
        ? `sweeping uploads no on-chain reference has needed for ${graceDays} days every ${sweepMinutes} min (log: ${sweepLog})`
        : "no scheduled sweep (SWEEP_INTERVAL_MINUTES=0)",
    );

    const stop = async () => {
      await sweeps?.stop();
      await stopAll();
    };
    return { appUrl, rpcUrl, ipfsApiUrl, ipfsGatewayUrl, directory, consent, chainId, stop };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * The app's SESSION_SECRET for this data folder: random, made on the first start, kept in
 * `<dataDir>/session-secret` (readable by this user only) so sign-ins survive a restart.
 */
function sessionSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  try {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length < 32)
      throw new Error(`${file} holds fewer than 32 characters: delete it to get a new one.`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

/** Every child has stopped: say why, and let this process end with a failure. */
function stackFailed(message: string): void {
  console.error(`\nCareKeys stopped: ${message}`);
  process.exitCode = 1;
}

async function rpcAnswers(rpcUrl: string): Promise<boolean> {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
  });
  return response.ok;
}
