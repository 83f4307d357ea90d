import type { Address } from "viem";

/** The e2e stack's coordinates, published by global-setup through the environment. */
export function stackEnv() {
  const value = (name: string) => {
    const v = process.env[name];
    if (!v)
      throw new Error(
        `${name} is not set: run the tests through \`npm run test:e2e\` (global-setup starts the stack)`,
      );
    return v;
  };
  return {
    appUrl: value("E2E_APP_URL"),
    rpcUrl: value("E2E_RPC_URL"),
    chainId: Number(value("E2E_CHAIN_ID")),
    directory: value("E2E_DIRECTORY") as Address,
  };
}
