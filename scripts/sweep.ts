// Unpins the uploads nothing on chain has needed for a grace period (lib/uploads/sweep.ts).
//   npm run sweep [-- --dry-run]
// Env: RPC_URL, CONSENT_ADDRESS / DIRECTORY_ADDRESS (local defaults on chain 31337), IPFS_API_URL,
// UPLOAD_DATA_DIR (the app server's ledger folder), SWEEP_GRACE_DAYS (default 7).
import { parseArgs } from "node:util";
import { createPublicClient, http } from "viem";
import { loadServerConfig } from "../lib/config/server.ts";
import { ipfsClient } from "../lib/ipfs/client.ts";
import { DAY_MS, sweepUploads } from "../lib/uploads/sweep.ts";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const config = loadServerConfig();
const graceDays = Number(process.env.SWEEP_GRACE_DAYS ?? "7");
if (!Number.isFinite(graceDays) || graceDays < 0) {
  console.error("SWEEP_GRACE_DAYS: must be a number of days, 0 or more");
  process.exit(1);
}
const dryRun = values["dry-run"];
const outcomes = await sweepUploads({
  consent: config.public.consentAddress,
  directory: config.public.directoryAddress,
  client: createPublicClient({ transport: http(config.RPC_URL) }),
  ipfs: ipfsClient(config.IPFS_API_URL),
  dataDir: config.UPLOAD_DATA_DIR,
  graceMs: graceDays * DAY_MS,
  dryRun,
});
for (const o of outcomes) console.log(`${o.action.padEnd(11)} ${o.cid}  ${o.reason}`);
const count = (action: string) => outcomes.filter((o) => o.action === action).length;
console.log(
  `${outcomes.length} uploads in the ledger: ${count(dryRun ? "would unpin" : "unpinned")} ${
    dryRun ? "would be unpinned (dry run)" : "unpinned"
  }, ${count("kept")} kept (grace ${graceDays} days)`,
);
