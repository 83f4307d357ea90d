import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Stops the IPFS node that serves `dataDir` (found by its pid file), and waits until it is gone. */
export async function stopIpfsNode(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "node.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, "SIGKILL");
}

/** Starts the IPFS node again on the same data and ports (the teardown stops it by its pid file). */
export async function startIpfsNode(dataDir: string, apiPort: number, gatewayPort: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      ...["--import", "tsx", "scripts/ipfs-node.ts", "--data", dataDir],
      ...["--api-port", String(apiPort), "--gateway-port", String(gatewayPort)],
    ],
    { detached: true, stdio: "ignore" },
  );
  child.unref();
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${apiPort}/api/v0/version`, { method: "POST" })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the IPFS node did not come back");
}
