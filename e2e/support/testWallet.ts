import type { Page } from "@playwright/test";
import { type Hex, numberToHex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import {
  createLocalAccountWallet,
  USER_REJECTED,
  type WalletRequest,
  type WalletResponse,
} from "../../lib/wallet/localAccountWallet";

/** Requests a person answers in their wallet: the ones a test can make them reject. */
const PROMPTS = new Set([
  "eth_requestAccounts",
  "personal_sign",
  "eth_signTypedData_v4",
  "eth_sendTransaction",
  "wallet_switchEthereumChain",
]);

export type TestWallet = {
  address: Hex;
  /** Every request the page made, in order. */
  requests: WalletRequest[];
  /** The next prompt of this method is rejected as a person would (EIP-1193 code 4001). */
  rejectNext: (method: string) => void;
  /**
   * The next prompt of this method waits, as a person reading it would, until `release` is
   * called; `asked` resolves once the page has made it. Lets a test read what the page shows
   * while the wallet is asking, however fast the chain answers.
   */
  holdNext: (method: string) => { asked: Promise<void>; release: () => void };
  /** From now on, behave like a wallet whose signatures differ each time (many MPC wallets). */
  signDifferentlyEachTime: () => void;
  /** The person switches their wallet to another network (the page gets `chainChanged`). */
  changeNetwork: (chainId: number) => Promise<void>;
};

/**
 * Puts a browser wallet into the page, as an extension would: an EIP-1193 provider announced
 * by EIP-6963, so it appears in the real RainbowKit modal. Its requests go to this test
 * process, where a viem private-key account signs and the local chain answers.
 */
export async function installTestWallet(
  page: Page,
  options: { privateKey: Hex; chainId: number; rpcUrl: string },
): Promise<TestWallet> {
  const local = createLocalAccountWallet(options);
  let walletChainId = options.chainId;
  const rejections = new Set<string>();
  const holds = new Map<string, { asked: () => void; released: Promise<void> }>();
  let unstableSignatures = 0;
  const wallet: TestWallet = {
    address: privateKeyToAddress(options.privateKey),
    requests: [],
    rejectNext: (method) => rejections.add(method),
    holdNext: (method) => {
      let asked = () => {};
      let release = () => {};
      const askedPromise = new Promise<void>((resolve) => {
        asked = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(method, { asked, released });
      return { asked: askedPromise, release };
    },
    signDifferentlyEachTime: () => {
      unstableSignatures = 1;
    },
    changeNetwork: async (chainId) => {
      walletChainId = chainId;
      await page.evaluate((hex) => {
        (
          window as unknown as { __carekeysTestWalletEmit: (e: string, v: string) => void }
        ).__carekeysTestWalletEmit("chainChanged", hex);
      }, numberToHex(chainId));
    },
  };

  await page.exposeFunction(
    "__carekeysTestWallet",
    async (request: WalletRequest): Promise<WalletResponse> => {
      wallet.requests.push(request);
      const hold = holds.get(request.method);
      if (hold) {
        holds.delete(request.method);
        hold.asked();
        await hold.released;
      }
      if (PROMPTS.has(request.method) && rejections.delete(request.method)) return { error: USER_REJECTED };
      if (request.method === "eth_chainId") return { result: numberToHex(walletChainId) };
      if (request.method === "personal_sign" && unstableSignatures > 0) {
        const [message, address] = request.params as [Hex, Hex];
        return local.request({
          method: request.method,
          params: [`${message}${numberToHex(unstableSignatures++).slice(2)}`, address],
        });
      }
      if (request.method === "wallet_switchEthereumChain") {
        const response = await local.request(request);
        if ("result" in response) walletChainId = options.chainId;
        return response;
      }
      return local.request(request);
    },
  );

  await page.addInitScript(() => {
    type Listener = (...args: unknown[]) => void;
    const listeners = new Map<string, Set<Listener>>();
    const bridge = (window as unknown as Record<string, (r: unknown) => Promise<Record<string, unknown>>>)
      .__carekeysTestWallet;
    const provider = {
      async request(request: { method: string; params?: unknown }) {
        const response = await bridge({ method: request.method, params: request.params });
        if ("error" in response) {
          const { code, message, data } = response.error as { code: number; message: string; data?: unknown };
          throw Object.assign(new Error(message), { code, data });
        }
        if (request.method === "wallet_switchEthereumChain") {
          const [{ chainId }] = request.params as [{ chainId: string }];
          emit("chainChanged", chainId);
        }
        return response.result;
      },
      on(event: string, listener: Listener) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return provider;
      },
      removeListener(event: string, listener: Listener) {
        listeners.get(event)?.delete(listener);
        return provider;
      },
    };
    const emit = (event: string, value: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(value);
    };
    (window as unknown as Record<string, unknown>).__carekeysTestWalletEmit = emit;
    const info = {
      uuid: "5f0a3e2c-7d4b-4c1e-9a53-carekeystest",
      name: "Test Wallet",
      rdns: "dev.carekeys.testwallet",
      icon: "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'><rect width='8' height='8' fill='%23334155'/></svg>",
    };
    const announce = () =>
      window.dispatchEvent(
        new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }),
      );
    window.addEventListener("eip6963:requestProvider", announce);
    announce();
  });

  return wallet;
}
