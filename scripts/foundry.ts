// Locates the Foundry binaries (anvil, forge). On linux-x64 they come from the
// `@foundry-rs/<tool>-linux-amd64` npm packages; elsewhere from the PATH. The npm wrapper
// packages are avoided on purpose: they always exit 0, so a failing `forge test` would pass.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function foundryBinary(tool: "anvil" | "forge"): string {
  if (process.platform === "linux" && process.arch === "x64") {
    try {
      const pkg = require.resolve(`@foundry-rs/${tool}-linux-amd64/package.json`);
      const bin = path.join(path.dirname(pkg), "bin", tool);
      if (existsSync(bin)) return bin;
    } catch {
      // not installed (optional dependency): fall back to the PATH
    }
  }
  return tool;
}
