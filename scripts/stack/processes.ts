// Child-process bookkeeping for the dev stack and the e2e stack: each child runs in its own
// process group, its output goes to a log file (and optionally the console), supervise()
// notices a child that stops on its own, and stopAll() ends every group it started, politely
// first.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type Managed = { name: string; child: ChildProcess; logFile: string };

const started: Managed[] = [];
/** Bumped by stopAll(): children that exit after it, and restarts planned before it, are not a supervisor's business. */
let generation = 0;

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
        new StackError(`${managed.name} stopped (${howItStopped(code, signal)}); see ${managed.logFile}`),
      ),
    );
  });
}

/** "exit code 1" or "signal SIGKILL". */
function howItStopped(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export type Supervision = {
  /** The child in people's words: "The IPFS node". */
  what: string;
  /** Starts the child again; when given, a crash restarts it (at most 5 times a minute). */
  restart?: () => Managed;
  /** The stack cannot go on: every child it started has been stopped when this is called. */
  onFatal: (message: string) => void;
  log: (message: string) => void;
};

const RESTARTS_PER_MINUTE = 5;
const RESTART_DELAY_MS = 500;
/** Signals someone sends to stop a process on purpose; anything else (SIGKILL, SIGSEGV...) is a crash. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT", "SIGHUP"];

/**
 * Watches a running child for a stop nobody asked for (stopAll() asks): logs which child,
 * how it stopped and where its log is; then restarts a child that crashed and can be
 * restarted, leaves one that was stopped on purpose (exit code 0, SIGTERM) stopped, and
 * otherwise stops everything and calls `onFatal` with a plain sentence.
 */
export function supervise(managed: Managed, supervision: Supervision): void {
  watch(managed, supervision, []);
}

/** `restarts`: when the child was restarted before. */
function watch(managed: Managed, supervision: Supervision, restarts: number[]): void {
  const watching = generation;
  managed.child.once("exit", (code, signal) => {
    const index = started.indexOf(managed);
    if (watching !== generation || index === -1) return;
    started.splice(index, 1);
    if (managed.child.pid !== undefined) signalGroup(managed.child.pid, "SIGKILL"); // what it left behind
    const why = `${supervision.what} (${managed.name}) stopped (${howItStopped(code, signal)}); its log is ${managed.logFile}`;
    const crashed = signal ? !STOP_SIGNALS.includes(signal) : code !== 0;
    const { restart } = supervision;
    if (restart && !crashed) {
      supervision.log(`${why}. It was stopped on purpose, so it is not restarted.`);
      return;
    }
    const recent = restarts.filter((at) => Date.now() - at < 60_000);
    if (restart && recent.length < RESTARTS_PER_MINUTE) {
      supervision.log(`${why}. Restarting it.`);
      setTimeout(() => {
        if (watching === generation) watch(restart(), supervision, [...recent, Date.now()]);
      }, RESTART_DELAY_MS);
      return;
    }
    const reason = restart
      ? `${why}. It stopped ${recent.length + 1} times within a minute`
      : `${why}. CareKeys cannot run without it`;
    void stopAll().then(() => supervision.onFatal(`${reason}, so everything was stopped.`));
  });
}

export async function stopAll(): Promise<void> {
  generation++;
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

export { freePorts } from "../../lib/testing/ports.ts";

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new StackError(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}
