import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePorts } from "../lib/testing/ports";
import { startStack } from "../scripts/stack/stack";
import { stopIpfsNode } from "./support/ipfsNode";

/**
 * Starts a stack of its own for the end-to-end tests: a fresh anvil, contracts, IPFS node
 * (in a temporary folder), the demo participants, and the production build of the app, on
 * ports that were free a moment ago: a running dev stack or a second test run never collides.
 * The tests read the addresses from the environment (workers inherit it). Returns the teardown, which stops every process it started and removes the folder.
 */
export default async function globalSetup() {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error(
      "No production build found. Run `npm run build` first (or `npm run test:e2e`, which does).",
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-e2e-"));
  const [chain, ipfsApi, ipfsGateway, app] = await freePorts(4);
  const ports = { chain, ipfsApi, ipfsGateway, app };
  const stack = await startStack({ dataDir, ports, appMode: "start", echoApp: false });
  process.env.E2E_APP_URL = stack.appUrl;
  process.env.E2E_RPC_URL = stack.rpcUrl;
  process.env.E2E_CHAIN_ID = String(stack.chainId);
  process.env.E2E_DIRECTORY = stack.directory;
  process.env.E2E_CONSENT = stack.consent;
  process.env.E2E_LOG_DIR = path.join(dataDir, "logs");
  process.env.E2E_IPFS_DIR = path.join(dataDir, "ipfs");
  process.env.E2E_IPFS_API_PORT = String(ports.ipfsApi);
  process.env.E2E_IPFS_GATEWAY_PORT = String(ports.ipfsGateway);
  return async () => {
    await stack.stop();
    await stopIpfsNode(path.join(dataDir, "ipfs")); // a node a test restarted itself
    await rm(dataDir, { recursive: true, force: true });
  };
}
