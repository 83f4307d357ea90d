// Contract coverage: runs forge coverage over contracts/src and fails below 95 % of lines or
// branches. `npm run coverage:contracts`; part of `npm test`.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { foundryBinary } from "./foundry.ts";

const THRESHOLD = 95;
const LCOV = "contracts/cache/lcov.info";

const run = spawnSync(
  foundryBinary("forge"),
  [
    "coverage",
    "--report",
    "summary",
    "--report",
    "lcov",
    "--report-file",
    LCOV,
    "--no-match-coverage",
    "contracts/test",
  ],
  { stdio: ["ignore", "inherit", "inherit"] },
);
if (run.status !== 0) {
  console.error(`forge coverage failed (${run.signal ?? `exit ${run.status}`})`);
  process.exit(run.status ?? 1);
}

const totals = { LF: 0, LH: 0, BRF: 0, BRH: 0 };
let inSource = false;
for (const line of readFileSync(LCOV, "utf8").split("\n")) {
  if (line.startsWith("SF:")) inSource = line.slice(3).startsWith("contracts/src/");
  const [key, value] = line.split(":");
  if (inSource && key in totals) totals[key as keyof typeof totals] += Number(value);
}
rmSync(LCOV, { force: true });
const pct = (hit: number, found: number) => (found === 0 ? 100 : (100 * hit) / found);
const lines = pct(totals.LH, totals.LF);
const branches = pct(totals.BRH, totals.BRF);
console.log(
  `contracts/src coverage: lines ${lines.toFixed(2)} % (${totals.LH}/${totals.LF}), ` +
    `branches ${branches.toFixed(2)} % (${totals.BRH}/${totals.BRF}); required ${THRESHOLD} %`,
);
if (totals.LF === 0) {
  console.error("No coverage data for contracts/src was found.");
  process.exit(1);
}
if (lines < THRESHOLD || branches < THRESHOLD) process.exit(1);
