// `npm run dev`: the whole CareKeys stack on this machine, on 127.0.0.1. State lives in
// .carekeys/ (chain, IPFS blocks, logs), so stopping and starting again resumes where it was.
import { privateKeyToAddress } from "viem/accounts";
import { DEV_ACCOUNTS } from "../lib/dev/accounts.ts";
import { StackError } from "./stack/processes.ts";
import { PORT_VARIABLES, type StackPorts, startStack } from "./stack/stack.ts";

const started = Date.now();

function port(key: keyof StackPorts, fallback: number): number {
  const raw = process.env[PORT_VARIABLES[key]];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${PORT_VARIABLES[key]}=${raw} is not a port number (1-65535).`);
    process.exit(1);
  }
  return value;
}

const ports: StackPorts = {
  chain: port("chain", 8545),
  ipfsApi: port("ipfsApi", 5001),
  ipfsGateway: port("ipfsGateway", 8080),
  app: port("app", 3000),
};

const dataDir = process.env.CAREKEYS_DATA_DIR ?? ".carekeys";
console.log(`CareKeys dev stack (node ${process.version})`);
let stack: Awaited<ReturnType<typeof startStack>> | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping CareKeys (chain state and IPFS data are kept in ${dataDir}/)...`);
  await stack?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  stack = await startStack({
    dataDir,
    ports,
    appMode: "dev",
    echoApp: process.env.CAREKEYS_QUIET !== "1",
    onStep: (message) => console.log(`- ${message}`),
  });
} catch (error) {
  console.error(`\nCareKeys could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof StackError) && error instanceof Error && error.stack) console.error(error.stack);
  await shutdown(1);
}

if (stack) {
  const rows = Object.values(DEV_ACCOUNTS).map(
    (account) =>
      `  ${account.label.padEnd(52)} ${privateKeyToAddress(account.privateKey)}\n  ${"".padEnd(52)} key ${account.privateKey}`,
  );
  console.log(`
CareKeys is ready in ${((Date.now() - started) / 1000).toFixed(1)} s

  Open ${stack.appUrl}

  Chain RPC     ${stack.rpcUrl} (chain id ${stack.chainId})
  Directory     ${stack.directory}
  IPFS gateway  ${stack.ipfsGatewayUrl}   (RPC API ${stack.ipfsApiUrl}, local only)

Demo accounts (anvil's public development keys: local chain only). Use the
"Development wallet" in the Connect dialog, or import a key into a browser wallet:
${rows.join("\n")}

Press Ctrl-C to stop everything.`);
}
