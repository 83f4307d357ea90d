import type { Address, Hex } from "viem";

/**
 * Configuration the browser needs. The server builds it from the environment at request time
 * (lib/config/server.ts) and hands it to the client providers, so one build of the app runs
 * against any chain and IPFS node.
 */
export type PublicConfig = {
  appName: string;
  /** The canonical origin of the app (`APP_ORIGIN`): keys and sign-in are bound to it. */
  appOrigin: string;
  chainId: number;
  chainName: string;
  rpcUrl: string;
  directoryAddress: Address;
  consentAddress: Address;
  /** Read-only IPFS gateway (public metadata and ciphertext only). */
  ipfsGatewayUrl: string;
  /** Largest file a patient may add, in bytes. */
  maxRecordBytes: number;
  walletConnectProjectId: string | null;
  /** Local chain only: accounts offered by the in-app development wallet. */
  devWallet: { label: string; privateKey: Hex }[];
  /** The AI model accounts this server runs (from MODEL_RUNNER_KEYS): only these are offered consent. */
  modelRunners: Address[];
};

export const APP_NAME = "CareKeys";

/** `MAX_RECORD_BYTES` when unset: the largest file a patient may add (100 MiB). */
export const DEFAULT_MAX_RECORD_BYTES = 100 * 1024 * 1024;
