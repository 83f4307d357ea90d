import type { Wallet } from "@rainbow-me/rainbowkit";
import type { EIP1193Provider, Hex } from "viem";
import { createConnector } from "wagmi";
import { injected } from "wagmi/connectors";
import { createLocalAccountWallet, type WalletRequest } from "./localAccountWallet";

const ICON =
  "data:image/svg+xml;utf8," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#0f5f59"/>' +
      '<path d="M9 13v-2a5 5 0 0 1 10 0v2" stroke="#fff" stroke-width="2" fill="none"/>' +
      '<rect x="7" y="13" width="14" height="9" rx="2" fill="#fff"/></svg>',
  );

/** Wraps the local account wallet into an EIP-1193 provider object for wagmi. */
function toProvider(wallet: ReturnType<typeof createLocalAccountWallet>): EIP1193Provider {
  const provider = {
    async request(request: WalletRequest) {
      const response = await wallet.request(request);
      if ("error" in response) throw Object.assign(new Error(response.error.message), response.error);
      return response.result;
    },
    on() {},
    removeListener() {},
  };
  return provider as unknown as EIP1193Provider;
}

/**
 * A development wallet for the local chain (like scaffold-eth-2's burner wallet): it signs
 * with one of anvil's public dev keys, so a person with no wallet extension can try CareKeys
 * as the demo patient or the demo clinician. It signs without asking: never for real chains.
 */
export function devWallet(
  account: { label: string; privateKey: Hex },
  index: number,
  chain: { chainId: number; rpcUrl: string },
): () => Wallet {
  const id = `carekeys-dev-${index}`;
  return () => ({
    id,
    name: account.label,
    shortName: account.label.split(" (")[0],
    iconUrl: ICON,
    iconBackground: "#0f5f59",
    installed: true,
    createConnector: (walletDetails) => {
      const permissionKey = `carekeys.devWallet.${id}.connected`;
      const provider = toProvider(
        createLocalAccountWallet({
          privateKey: account.privateKey,
          ...chain,
          permission: {
            get: () => typeof localStorage !== "undefined" && localStorage.getItem(permissionKey) === "1",
            set: (allowed) => {
              if (typeof localStorage === "undefined") return;
              if (allowed) localStorage.setItem(permissionKey, "1");
              else localStorage.removeItem(permissionKey);
            },
          },
        }),
      );
      return createConnector((config) => ({
        ...injected({ target: { id, name: account.label, provider: () => provider } })(config),
        ...walletDetails,
      }));
    },
  });
}
