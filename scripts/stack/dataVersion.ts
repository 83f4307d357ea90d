// The version of the contracts a data folder's chain was made with. The v2 consent contracts
// (issue 7) replaced v1 at new addresses: a v1 chain's records and consents cannot be read by
// this version, so a v1 folder gets a plain message instead of a half-working app.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StackError } from "./processes.ts";

export const CONTRACTS_VERSION = 2;
const MARKER = "carekeys-data.json";

/** Refuses a data folder whose chain was made by other contracts, before anything starts. */
export function assertDataVersion(dataDir: string): void {
  const chainState = path.join(dataDir, "chain-state.json");
  const marker = path.join(dataDir, MARKER);
  if (!existsSync(chainState)) return;
  let version = 1; // folders from before the marker existed hold v1 chains
  if (existsSync(marker)) {
    try {
      const parsed = JSON.parse(readFileSync(marker, "utf8")) as { contracts?: unknown };
      version = typeof parsed.contracts === "number" ? parsed.contracts : 0;
    } catch {
      version = 0; // unreadable: treat as unknown, and say so below
    }
  }
  if (version === CONTRACTS_VERSION) return;
  throw new StackError(
    `The data folder ${dataDir}/ holds a local chain made with CareKeys contracts v${version}; this version ` +
      `uses contracts v${CONTRACTS_VERSION}, which cannot read that chain's records and consents. It holds ` +
      `only demo data: delete the folder and start again (rm -rf ${dataDir} && npm run dev), or point ` +
      "CAREKEYS_DATA_DIR at another folder.",
  );
}

/** Marks a data folder as holding a chain with this version's contracts. */
export function writeDataVersion(dataDir: string): void {
  writeFileSync(path.join(dataDir, MARKER), `${JSON.stringify({ contracts: CONTRACTS_VERSION })}\n`);
}
