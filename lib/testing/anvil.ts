import { spawn } from "node:child_process";
import { type Account, createPublicClient, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { foundryBinary } from "../../scripts/foundry";
import { localChain } from "../wallet/localAccountWallet";
import { freePorts } from "./ports";

/** A throwaway anvil for tests that need a real chain, on a free port unless one is given. */
export async function startAnvil(port?: number, extraArgs: string[] = []) {
  if (port === undefined) [port] = await freePorts(1);
  const rpcUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    foundryBinary("anvil"),
    ["--host", "127.0.0.1", "--port", String(port), "--silent", ...extraArgs],
    {
      stdio: "ignore",
    },
  );
  const chain = localChain(31337, rpcUrl);
  const publicClient = createPublicClient({ chain, transport: http(rpcUrl) });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) =>
      reject(new Error(`anvil on port ${port} exited (${code}); is the port taken?`)),
    ),
  );
  const ready = (async () => {
    for (let i = 0; i < 200; i++) {
      if (await publicClient.getChainId().catch(() => 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`anvil on port ${port} did not start`);
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {});
  return {
    rpcUrl,
    chain,
    publicClient,
    wallet: (key: Hex | Account) =>
      createWalletClient({
        account: typeof key === "string" ? privateKeyToAccount(key) : key,
        chain,
        transport: http(rpcUrl),
      }).extend(publicActions),
    stop: () => {
      child.kill("SIGKILL");
    },
  };
}
