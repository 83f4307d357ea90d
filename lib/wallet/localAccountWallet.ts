import {
  type Chain,
  createWalletClient,
  defineChain,
  type Hex,
  hexToBigInt,
  http,
  numberToHex,
  publicActions,
  type TypedDataDefinition,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";

/** An EIP-1193 error as a wallet returns it (4001 = the user rejected the request). */
export type WalletError = { code: number; message: string; data?: unknown };
export type WalletRequest = { method: string; params?: unknown };
export type WalletResponse = { result: unknown } | { error: WalletError };

export const USER_REJECTED: WalletError = { code: 4001, message: "User rejected the request." };

export function localChain(chainId: number, rpcUrl: string, name = `Chain ${chainId}`): Chain {
  return defineChain({
    id: chainId,
    name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

type TransactionParams = { to?: Hex; data?: Hex; value?: Hex; gas?: Hex; nonce?: Hex };

/**
 * A wallet that signs with a private key it holds and sends everything else to the node:
 * the logic behind the local chain's development wallet and the end-to-end tests' wallet.
 * It never throws: every outcome is an EIP-1193 result or error.
 */
export function createLocalAccountWallet(options: {
  privateKey: Hex;
  chainId: number;
  rpcUrl: string;
  /** Remembers whether the site may see the account (a real wallet's site permission). */
  permission?: { get: () => boolean; set: (allowed: boolean) => void };
}) {
  const account = privateKeyToAccount(options.privateKey);
  let allowed = false;
  const permission = options.permission ?? { get: () => allowed, set: (value: boolean) => (allowed = value) };
  const chain = localChain(options.chainId, options.rpcUrl);
  const client = createWalletClient({ account, chain, transport: http(options.rpcUrl) }).extend(
    publicActions,
  );

  async function handle({ method, params }: WalletRequest): Promise<unknown> {
    const args = (Array.isArray(params) ? params : []) as unknown[];
    switch (method) {
      case "eth_requestAccounts":
        permission.set(true);
        return [account.address];
      case "eth_accounts":
        return permission.get() ? [account.address] : [];
      case "eth_chainId":
        return numberToHex(options.chainId);
      case "net_version":
        return String(options.chainId);
      case "wallet_requestPermissions":
      case "wallet_getPermissions":
        return [{ parentCapability: "eth_accounts" }];
      case "wallet_revokePermissions":
        permission.set(false);
        return null;
      case "wallet_switchEthereumChain": {
        const [{ chainId }] = args as [{ chainId: Hex }];
        if (Number(chainId) !== options.chainId) {
          throw {
            code: 4902,
            message: `This wallet only knows chain ${options.chainId}.`,
          } satisfies WalletError;
        }
        return null;
      }
      case "wallet_addEthereumChain":
        return null;
      case "personal_sign":
        return account.signMessage({ message: { raw: args[0] as Hex } });
      case "eth_signTypedData_v4": {
        const typed = JSON.parse(args[1] as string) as TypedDataDefinition;
        return account.signTypedData(typed);
      }
      case "eth_sendTransaction": {
        const [tx] = args as [TransactionParams];
        return client.sendTransaction({
          to: tx.to,
          data: tx.data,
          value: tx.value ? hexToBigInt(tx.value) : undefined,
          gas: tx.gas ? hexToBigInt(tx.gas) : undefined,
        });
      }
      default:
        return client.request({ method, params } as Parameters<typeof client.request>[0]);
    }
  }

  return {
    address: account.address,
    async request(request: WalletRequest): Promise<WalletResponse> {
      try {
        return { result: await handle(request) };
      } catch (error) {
        return { error: toWalletError(error) };
      }
    },
  };
}

function toWalletError(error: unknown): WalletError {
  if (typeof error === "object" && error !== null) {
    const e = error as {
      code?: unknown;
      message?: unknown;
      shortMessage?: unknown;
      data?: unknown;
      cause?: unknown;
    };
    // viem wraps the node's JSON-RPC error: keep its code and revert data so the app can decode it.
    const cause = e.cause as { code?: unknown; data?: unknown } | undefined;
    const code = typeof e.code === "number" ? e.code : typeof cause?.code === "number" ? cause.code : -32603;
    const message = typeof e.shortMessage === "string" ? e.shortMessage : String(e.message ?? "Wallet error");
    return { code, message, data: e.data ?? cause?.data };
  }
  return { code: -32603, message: String(error) };
}
