// Runs forge with the given arguments and exits with forge's own exit code (or re-raises
// its signal), so `npm run test:contracts` fails when a contract test fails.
import { spawn } from "node:child_process";
import { foundryBinary } from "./foundry.ts";

const child = spawn(foundryBinary("forge"), process.argv.slice(2), { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => {
  console.error(`Could not start forge: ${error.message}. Run \`npm ci\` (linux-x64) or install Foundry.`);
  process.exit(127);
});
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
