// Unpins the uploads nothing on chain has needed for a grace period, then has the node remove the
// blocks no pin needs (lib/uploads/sweep.ts). The dev stack also runs it on a schedule
// (SWEEP_INTERVAL_MINUTES).
//   npm run sweep [-- --dry-run]
// Env: RPC_URL, CONSENT_ADDRESS / DIRECTORY_ADDRESS (local defaults on chain 31337), IPFS_API_URL,
// UPLOAD_DATA_DIR (the app server's ledger folder), SWEEP_GRACE_DAYS (default 7).
import { parseArgs } from "node:util";
import { createPublicClient, http } from "viem";
import { loadServerConfig } from "../lib/config/server.ts";
import { ipfsClient } from "../lib/ipfs/client.ts";
import { DAY_MS, describeSweep, sweepAndCollect, sweepGraceDays } from "../lib/uploads/sweep.ts";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const config = loadServerConfig();
const graceDays = sweepGraceDays(process.env.SWEEP_GRACE_DAYS);
if (graceDays instanceof Error) {
  console.error(graceDays.message);
  process.exit(1);
}
const dryRun = values["dry-run"];
const report = await sweepAndCollect({
  consent: config.public.consentAddress,
  directory: config.public.directoryAddress,
  client: createPublicClient({ transport: http(config.RPC_URL) }),
  ipfs: ipfsClient(config.IPFS_API_URL),
  dataDir: config.UPLOAD_DATA_DIR,
  graceMs: graceDays * DAY_MS,
  dryRun,
});
for (const line of describeSweep(report, { graceDays, dryRun, verbose: true })) console.log(line);
if (report.gcError) process.exitCode = 1;
