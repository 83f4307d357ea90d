import { createServer, type Server } from "node:http";
import { startEmbeddedNode } from "./embeddedNode";
import { gatewayHandler } from "./gateway";
import { kuboRpcHandler } from "./kuboRpc";

export type IpfsServers = { apiUrl: string; gatewayUrl: string; stop: () => Promise<void> };

/** Starts the embedded node with its Kubo RPC subset and gateway on 127.0.0.1. */
export async function serveEmbeddedNode(options: {
  dataDir: string;
  apiPort: number;
  gatewayPort: number;
}): Promise<IpfsServers> {
  const node = await startEmbeddedNode(options.dataDir);
  const api = createServer(kuboRpcHandler(node));
  const gateway = createServer(gatewayHandler(node));
  try {
    await listen(api, options.apiPort);
    await listen(gateway, options.gatewayPort);
  } catch (error) {
    api.close();
    gateway.close();
    await node.stop();
    throw error;
  }
  return {
    apiUrl: `http://127.0.0.1:${options.apiPort}`,
    gatewayUrl: `http://127.0.0.1:${options.gatewayPort}`,
    stop: async () => {
      await Promise.all([close(api), close(gateway)]);
      await node.stop();
    },
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
