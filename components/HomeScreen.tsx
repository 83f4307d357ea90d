"use client";

import { useAccount } from "wagmi";
import { AccountHome } from "./AccountHome";
import { useAppConfig } from "./AppConfigContext";
import { Welcome } from "./Welcome";
import { WrongNetwork } from "./WrongNetwork";

/** Decides what the person sees first: connect, switch network, or their own home. */
export function HomeScreen() {
  const { address, status, chainId } = useAccount();
  const config = useAppConfig();
  if (status === "reconnecting" || status === "connecting") {
    return <p className="text-slate-500">Connecting to your wallet...</p>;
  }
  if (!address) return <Welcome />;
  if (chainId !== config.chainId) return <WrongNetwork walletChainId={chainId} />;
  return <AccountHome address={address} />;
}
