// Benchmark of refused uploads: a 300 MiB chunked body (no Content-Length) sent to the app's
// upload route (behind a plain Node HTTP server, as `next start` serves it) and to the IPFS
// node's RPC (`dag/import`, `add`). The servers run in a child process on free ports; it reports
// its peak memory (maxRSS) and how many bytes its sockets read before each refusal. Prints
// figures; asserts nothing.   npm run bench:upload-limits
import { type ChildProcess, fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { privateKeyToAccount } from "viem/accounts";
import { newSession, sessionCookie } from "../lib/auth/session.ts";
import { DEV_ACCOUNTS } from "../lib/dev/accounts.ts";
import { startEmbeddedNode } from "../lib/ipfs/node/embeddedNode.ts";
import { kuboRpcHandler } from "../lib/ipfs/node/kuboRpc.ts";
import { sendChunked } from "../lib/ipfs/node/testing.ts";

const MiB = 1024 * 1024;
const TOTAL = 300 * MiB;
const SECRET = "bench-upload-limits-secret-0123456789abcdef";
type Stats = { maxRssKiB: number; rssBytes: number; bytesRead: number };

if (process.argv.includes("--serve")) await serve();
else await bench();

/** The child: the IPFS node's RPC and the upload route, each counting the bytes its sockets read. */
async function serve() {
  const dataDir = process.env.BENCH_DATA_DIR ?? "";
  const sockets: Socket[] = [];
  const track = (socket: Socket) => sockets.push(socket);
  const node = await startEmbeddedNode(path.join(dataDir, "ipfs"));
  const rpc = createServer().on("connection", track);
  await listen(rpc);
  const rpcPort = (rpc.address() as AddressInfo).port;
  rpc.on("request", kuboRpcHandler(node, { port: rpcPort }));
  process.env.IPFS_API_URL = `http://127.0.0.1:${rpcPort}`;
  const { POST } = await import("../app/api/ipfs/upload/route.ts");
  const app = createServer((req, res) => void routeThrough(POST, req, res)).on("connection", track);
  await listen(app);
  process.on("message", (message: string) => {
    if (message === "reset") sockets.length = 0;
    if (message === "stats") {
      const stats: Stats = {
        maxRssKiB: process.resourceUsage().maxRSS,
        rssBytes: process.memoryUsage().rss,
        bytesRead: sockets.reduce((n, socket) => n + socket.bytesRead, 0),
      };
      process.send?.(stats);
    }
    if (message === "stop") void node.stop().then(() => process.exit(0));
  });
  process.send?.({ rpcPort, appPort: (app.address() as AddressInfo).port });
}

/** A Next-style bridge: the request body streams into the route handler; its answer streams back. */
async function routeThrough(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: "half",
  } as RequestInit);
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function listen(server: ReturnType<typeof createServer>) {
  return new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
}

async function bench() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-bench-limits-"));
  const child = fork(import.meta.filename, ["--serve"], {
    execArgv: ["--import", "tsx"],
    env: {
      ...process.env,
      BENCH_DATA_DIR: dataDir,
      SESSION_SECRET: SECRET,
      APP_ORIGIN: "http://127.0.0.1:3000",
      UPLOAD_DATA_DIR: path.join(dataDir, "app"),
    },
  });
  try {
    const { rpcPort, appPort } = (await next(child)) as { rpcPort: number; appPort: number };
    const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
    const settings = { secret: SECRET, idleMs: 30 * 60_000, maxMs: 12 * 3_600_000, secure: false };
    const cookie = (await sessionCookie(newSession(patient, Date.now()), settings, Date.now())).split(";")[0];
    const boundary = "bench-boundary";
    const multipart = {
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      prefix: new TextEncoder().encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload.car"\r\n\r\n`,
      ),
    };
    const idle = await stats(child);
    console.log(`server process at rest: maxRSS ${(idle.maxRssKiB / 1024).toFixed(0)} MiB\n`);
    console.log("300 MiB chunked body, no Content-Length           status  read by server   server maxRSS");
    const targets = [
      [
        "upload route (MAX_UPLOAD_BYTES 110 MiB)",
        `http://127.0.0.1:${appPort}/api/ipfs/upload?cid=bafkqaaa`,
        { headers: { cookie } },
      ],
      ["node RPC dag/import (128 MiB)", `http://127.0.0.1:${rpcPort}/api/v0/dag/import`, multipart],
      ["node RPC add (128 MiB)", `http://127.0.0.1:${rpcPort}/api/v0/add`, multipart],
    ] as const;
    for (const [name, url, options] of targets) {
      child.send("reset");
      const started = performance.now();
      const result = await sendChunked(url, { total: TOTAL, ...options });
      const elapsed = performance.now() - started;
      const after = await stats(child);
      console.log(
        `${name.padEnd(48)} ${String(result.status ?? "none").padStart(6)}  ` +
          `${(after.bytesRead / MiB).toFixed(1).padStart(9)} MiB  ${(after.maxRssKiB / 1024).toFixed(0).padStart(9)} MiB` +
          `   (${elapsed.toFixed(0)} ms; client handed over ${(result.sent / MiB).toFixed(1)} MiB)`,
      );
    }
    console.log(
      "\nmaxRSS is the child's peak since it started (Node's resourceUsage), so each row includes the rows above.",
    );
  } finally {
    child.send("stop");
    await new Promise((resolve) => child.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

function next(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) => child.once("message", resolve));
}

function stats(child: ChildProcess): Promise<Stats> {
  const reply = next(child) as Promise<Stats>;
  child.send("stats");
  return reply;
}
