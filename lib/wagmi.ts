import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import {
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import { cookieStorage, createConfig, createStorage, http } from "wagmi";
import type { PublicConfig } from "./config/public";
import { devWallet } from "./wallet/devWallet";
import { localChain } from "./wallet/localAccountWallet";

/**
 * The wagmi config for one deployment. Without a WalletConnect project id only wallets that
 * need no outside service are offered (the browser's injected wallets, found by EIP-6963), so
 * the page talks to no host but its own and the chain's RPC.
 */
export function makeWagmiConfig(config: PublicConfig) {
  const chain = localChain(config.chainId, config.rpcUrl, config.chainName);
  const wallets: WalletList = [];
  if (config.devWallet.length > 0) {
    wallets.push({
      groupName: "Development wallet (local chain only)",
      wallets: config.devWallet.map((account, index) =>
        devWallet(account, index, { chainId: config.chainId, rpcUrl: config.rpcUrl }),
      ),
    });
  }
  wallets.push({
    groupName: "Browser wallets",
    wallets: config.walletConnectProjectId
      ? [injectedWallet, metaMaskWallet, rainbowWallet, walletConnectWallet]
      : [injectedWallet],
  });
  const connectors = connectorsForWallets(wallets, {
    appName: config.appName,
    // Only read by WalletConnect-based wallets, which are not offered without a real id.
    projectId: config.walletConnectProjectId ?? "walletconnect-disabled",
  });
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(config.rpcUrl) },
    ssr: true,
    storage: createStorage({ storage: cookieStorage }),
  });
}

export type CareKeysWagmiConfig = ReturnType<typeof makeWagmiConfig>;
