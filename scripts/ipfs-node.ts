// Runs the embedded IPFS node (Kubo RPC subset + trustless gateway) until SIGINT/SIGTERM.
//   tsx scripts/ipfs-node.ts --data <dir> --api-port <n> --gateway-port <n>
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serveEmbeddedNode } from "../lib/ipfs/node/serve.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: ".carekeys/ipfs" },
    "api-port": { type: "string", default: "5001" },
    "gateway-port": { type: "string", default: "8080" },
  },
});

const servers = await serveEmbeddedNode({
  dataDir: values.data,
  apiPort: Number(values["api-port"]),
  gatewayPort: Number(values["gateway-port"]),
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    `IPFS node could not start: ${error.code === "EADDRINUSE" ? `port in use (${error.message})` : error.message}`,
  );
  process.exit(1);
});
// The pid file lets tools (and the end-to-end tests) find and stop this node by its data folder.
const pidFile = path.join(values.data, "node.pid");
writeFileSync(pidFile, String(process.pid));
console.log(`IPFS node ready: RPC ${servers.apiUrl}, gateway ${servers.gatewayUrl}`);

// Every handler answers its own errors (lib/ipfs/node). Should something still escape (inside
// Helia, say), the node's state cannot be vouched for: log it and exit with a failure, so that
// the dev stack restarts a fresh node, rather than serve on.
for (const event of ["unhandledRejection", "uncaughtException"] as const) {
  process.on(event, (error: unknown) => {
    console.error(`IPFS node stopping after an unexpected error (${event}):`, error);
    rmSync(pidFile, { force: true });
    process.exit(1);
  });
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await servers.stop();
    rmSync(pidFile, { force: true });
    process.exit(0);
  });
}
