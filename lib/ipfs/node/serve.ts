import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DagLimits } from "../dag";
import { startEmbeddedNode } from "./embeddedNode";
import { gatewayHandler } from "./gateway";
import { collectGarbage } from "./gc";
import { kuboRpcHandler } from "./kuboRpc";

export type IpfsServers = { apiUrl: string; gatewayUrl: string; stop: () => Promise<void> };

/**
 * Starts the embedded node with its Kubo RPC subset and gateway on 127.0.0.1. Port 0 takes a
 * free port; the URLs name the ports really used.
 */
export async function serveEmbeddedNode(options: {
  dataDir: string;
  apiPort: number;
  gatewayPort: number;
  limits?: DagLimits;
  /** Largest RPC request body (`MAX_RPC_BODY_BYTES` unless given). */
  maxBodyBytes?: number;
}): Promise<IpfsServers> {
  const node = await startEmbeddedNode(options.dataDir);
  // Blocks no pin reaches are what an import stopped half way left (the process ended between
  // storing blocks and writing their pin): removed before the node serves, so none lingers unpinned.
  const left = await collectGarbage(node, {
    failed: (cid, error) => console.error(`ipfs: could not remove the unpinned block ${cid}:`, error),
  });
  if (left.deleted > 0)
    console.log(`ipfs: removed ${left.deleted} blocks no pin needs (left by an interrupted import)`);
  const api = createServer();
  const gateway = createServer();
  try {
    await listen(api, options.apiPort);
    await listen(gateway, options.gatewayPort);
  } catch (error) {
    api.close();
    gateway.close();
    await node.stop();
    throw error;
  }
  const apiPort = (api.address() as AddressInfo).port;
  const gatewayPort = (gateway.address() as AddressInfo).port;
  // The RPC checks the Host of each request against its own port, known only now.
  api.on(
    "request",
    guarded(
      "rpc",
      kuboRpcHandler(node, { port: apiPort, limits: options.limits, maxBodyBytes: options.maxBodyBytes }),
    ),
  );
  gateway.on("request", guarded("gateway", gatewayHandler(node, options.limits)));
  return {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    stop: async () => {
      await Promise.all([close(api), close(gateway)]);
      await node.stop();
    },
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The handlers answer every error themselves; should one still escape, it is logged and the
 * response ends here instead of becoming an unhandled rejection that stops the process.
 */
function guarded(name: string, handler: Handler) {
  return (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch((error: unknown) => {
      console.error(`${name}: ${req.method} ${req.url} failed:`, error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Internal error.");
    });
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
