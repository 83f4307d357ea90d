"use client";

import { useSwitchChain } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import { useAppConfig } from "./AppConfigContext";
import { Card, Notice, PrimaryButton } from "./Notice";

export function WrongNetwork({ walletChainId }: { walletChainId: number | undefined }) {
  const { chainId, chainName } = useAppConfig();
  const { switchChain, isPending, error } = useSwitchChain();
  return (
    <Card title="Switch network to continue">
      <p>
        Your wallet is connected to {walletChainId ? `network ${walletChainId}` : "another network"}, but
        CareKeys runs on <strong>{chainName}</strong> (network {chainId}). Nothing has been changed.
      </p>
      <PrimaryButton disabled={isPending} onClick={() => switchChain({ chainId })}>
        {isPending ? "Confirm in your wallet..." : `Switch to ${chainName}`}
      </PrimaryButton>
      {error && <Notice tone="error">{describeError(error)}</Notice>}
    </Card>
  );
}
