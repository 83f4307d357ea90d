// `npm test`: every check, in order, stopping at the first failure with its exit code.
// Static checks first (fast), then unit and contract tests, then the production build and
// the end-to-end tests against the real stack.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const steps: [string, string[]][] = [
  ["format and lint (biome)", ["biome", "ci", "--error-on-warnings", "."]],
  ["generated ABIs match the contracts", ["tsx", "scripts/forge.ts", "build", "--quiet"]],
  ["", ["tsx", "scripts/gen-abis.ts", "--check"]],
  ["contract tests (forge: unit, fuzz and invariant)", ["tsx", "scripts/forge.ts", "test"]],
  ["contract coverage (>= 95 % of lines and branches)", ["tsx", "scripts/coverage.ts"]],
  ["unit tests (vitest)", ["vitest", "run"]],
  ["production build (next build)", ["next", "build"]],
  ["type check (tsc)", ["tsc", "--noEmit"]],
  ["end-to-end tests (playwright, real stack)", ["playwright", "test"]],
];

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}; the end-to-end tests need it. Install it with ` +
      "`apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

const started = Date.now();
console.log(`CareKeys test run on node ${process.version}`);
let passed = 0;
for (const [title, [command, ...args]] of steps) {
  if (title) console.log(`\n=== ${title}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `\n✗ failed: ${command} ${args.join(" ")} (${result.signal ?? `exit ${result.status}`}, ${seconds} s)`,
    );
    console.error(`steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed += 1;
  console.log(`✓ ${command} ${args.join(" ")} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`steps: ${passed} passed, 0 failed`);
