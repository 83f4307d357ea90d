"use client";

import type { ReactNode } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { useAppConfig } from "./AppConfigContext";
import { Welcome } from "./Welcome";
import { WrongNetwork } from "./WrongNetwork";

/** What every page needs first: a connected wallet on the right network, or a way to get one. */
export function AccountGate({ children }: { children: (address: Address) => ReactNode }) {
  const { address, status, chainId } = useAccount();
  const config = useAppConfig();
  if (status === "reconnecting" || status === "connecting") {
    return <p className="text-slate-500">Connecting to your wallet...</p>;
  }
  if (!address) return <Welcome />;
  if (chainId !== config.chainId) return <WrongNetwork walletChainId={chainId} />;
  return children(address);
}
