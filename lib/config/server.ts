import { getAddress, type Hex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { z } from "zod";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { DEV_ACCOUNTS, DEV_WALLET_ACCOUNTS, LOCAL_CHAIN_ID } from "../dev/accounts";
import { APP_NAME, DEFAULT_MAX_RECORD_BYTES, type PublicConfig } from "./public";

const address = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte hex address")
  .transform((value) => getAddress(value));

/** An http(s) origin, normalised (`http://127.0.0.1:3000`: scheme, host, port; no path). */
const origin = z
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), "must be an http:// or https:// URL")
  .transform((value) => new URL(value).origin);

const env = z.object({
  /**
   * The one origin this deployment is served from. Keys are bound to it (the key message names
   * it, so wallets can warn elsewhere), and sign-in checks it.
   */
  APP_ORIGIN: origin.default("http://127.0.0.1:3000"),
  CHAIN_ID: z.coerce.number().int().positive().default(LOCAL_CHAIN_ID),
  CHAIN_NAME: z.string().min(1).optional(),
  RPC_URL: z.url().default("http://127.0.0.1:8545"),
  PUBLIC_RPC_URL: z.url().optional(),
  DIRECTORY_ADDRESS: address.optional(),
  CONSENT_ADDRESS: address.optional(),
  WALLETCONNECT_PROJECT_ID: z.string().min(1).optional(),
  DEV_WALLET: z.enum(["on", "off"]).optional(),
  IPFS_API_URL: z.url().default("http://127.0.0.1:5001"),
  IPFS_GATEWAY_URL: z.url().default("http://127.0.0.1:8080"),
  /** Largest record file a patient may add (before encryption). */
  MAX_RECORD_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_RECORD_BYTES),
  /** Largest CAR the upload route accepts (the sealed file plus overhead). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(110 * 1024 * 1024),
  /** Bytes each signed-in address may store through the upload route (CAR bytes, each CID once). */
  UPLOAD_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
  /** Folder of the upload route's quota ledger (`upload-ledger.json`); one per app server. */
  UPLOAD_DATA_DIR: z.string().min(1).default(".carekeys"),
  /**
   * Private keys of the AI model accounts this server runs (comma-separated): each signs its read
   * receipts and results, and derives its decryption key as the app derives one. On the local chain
   * the demo models' development keys are used when unset.
   */
  MODEL_RUNNER_KEYS: z
    .string()
    .regex(
      /^0x[0-9a-fA-F]{64}(,0x[0-9a-fA-F]{64})*$/,
      "must be comma-separated 0x-prefixed 32-byte private keys",
    )
    .optional(),
  /** Seals the sign-in session cookie. No default: without it, sign-in and uploads answer 503. */
  SESSION_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)")
    .optional(),
  /** A sign-in session ends after this many minutes without use. */
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  /** A sign-in session ends this many hours after sign-in, however active. */
  SESSION_MAX_HOURS: z.coerce.number().positive().default(12),
});

/** Host names of this machine as a URL spells them (so `localhost.` or `127.0.0.1.nip.io` are not). */
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

export type ServerConfig = z.infer<typeof env> & {
  public: PublicConfig;
  /** The model accounts this server runs (MODEL_RUNNER_KEYS, or the demo models' on the local chain). */
  modelRunnerKeys: Hex[];
};

/** Reads and checks the environment; a wrong value names the variable and what it needs. */
export function loadServerConfig(source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`CareKeys configuration is invalid:\n  ${problems.join("\n  ")}`);
  }
  const values = parsed.data;
  const local = values.CHAIN_ID === LOCAL_CHAIN_ID;
  const directoryAddress = values.DIRECTORY_ADDRESS ?? (local ? LOCAL_DEPLOYMENT.directory : undefined);
  const consentAddress = values.CONSENT_ADDRESS ?? (local ? LOCAL_DEPLOYMENT.consent : undefined);
  if (!directoryAddress || !consentAddress) {
    throw new Error(
      `CareKeys configuration is invalid:\n  DIRECTORY_ADDRESS and CONSENT_ADDRESS: required for chain ${values.CHAIN_ID}`,
    );
  }
  // The development wallet signs with anvil's public keys without asking: only on the local chain
  // with the browser's RPC on this machine, and then either explicitly on, or in a `next dev`
  // (NODE_ENV exactly "development": a custom server that never sets it is not one) served to
  // this machine only (not a tunnel or a shared preview on a public origin).
  const onThisMachine = (url: string) => LOOPBACK_HOSTS.includes(new URL(url).hostname);
  const devWalletOn =
    local &&
    onThisMachine(values.PUBLIC_RPC_URL ?? values.RPC_URL) &&
    (values.DEV_WALLET === "on" ||
      (values.DEV_WALLET !== "off" && source.NODE_ENV === "development" && onThisMachine(values.APP_ORIGIN)));
  const modelRunnerKeys = values.MODEL_RUNNER_KEYS
    ? (values.MODEL_RUNNER_KEYS.split(",") as Hex[])
    : local
      ? [DEV_ACCOUNTS.model.privateKey, DEV_ACCOUNTS.framingham.privateKey]
      : [];
  return {
    ...values,
    modelRunnerKeys,
    public: {
      appName: APP_NAME,
      appOrigin: values.APP_ORIGIN,
      chainId: values.CHAIN_ID,
      chainName: values.CHAIN_NAME ?? (local ? "CareKeys local chain" : `Chain ${values.CHAIN_ID}`),
      rpcUrl: values.PUBLIC_RPC_URL ?? values.RPC_URL,
      directoryAddress,
      consentAddress,
      ipfsGatewayUrl: values.IPFS_GATEWAY_URL,
      maxRecordBytes: values.MAX_RECORD_BYTES,
      walletConnectProjectId: values.WALLETCONNECT_PROJECT_ID ?? null,
      modelRunners: modelRunnerKeys.map((key) => privateKeyToAddress(key)),
      devWallet: devWalletOn
        ? DEV_WALLET_ACCOUNTS.map((name) => ({
            label: DEV_ACCOUNTS[name].label,
            privateKey: DEV_ACCOUNTS[name].privateKey,
          }))
        : [],
    },
  };
}
