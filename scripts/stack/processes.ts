// Child-process bookkeeping for the dev stack and the e2e stack: each child runs in its own
// process group, its output goes to a log file (and optionally the console), and stopAll()
// ends every group it started, politely first.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type Managed = { name: string; child: ChildProcess; logFile: string };

const started: Managed[] = [];

export class StackError extends Error {}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { logDir: string; env?: Record<string, string>; echo?: boolean },
): Managed {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.pipe(log, { end: false });
    if (options.echo) stream?.on("data", (data: Buffer) => process.stdout.write(prefix(name, data)));
  }
  const managed = { name, child, logFile };
  started.push(managed);
  return managed;
}

function prefix(name: string, data: Buffer): string {
  return data
    .toString()
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `[${name}] ${line}\n`)
    .join("");
}

/** Resolves when the process exits; rejects the readiness wait that races it. */
export function exited(managed: Managed): Promise<never> {
  return new Promise((_, reject) => {
    managed.child.once("exit", (code, signal) =>
      reject(
        new StackError(`${managed.name} stopped (${signal ?? `exit code ${code}`}); see ${managed.logFile}`),
      ),
    );
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all(started.splice(0).reverse().map(stop));
}

async function stop({ child }: Managed): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), 8_000);
  await gone;
  clearTimeout(timer);
  signalGroup(child.pid, "SIGKILL"); // anything the child left behind in its group
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Fails with a message naming the port and the variable that moves it. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new StackError(
      `Port ${port} (${what}) is already in use by another program. Stop that program, or choose ` +
        `another port: ${variable}=<port> npm run dev`,
    );
  }
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new StackError(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}
