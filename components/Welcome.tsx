"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import { useAppConfig } from "./AppConfigContext";
import { Card } from "./Notice";

export function Welcome() {
  const { devWallet } = useAppConfig();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">Your health records, under your keys</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">
          CareKeys encrypts your medical records on this device before they are stored. You decide which
          clinicians and which AI models may read which records, for what purpose and until when, and you can
          see every time someone did.
        </p>
      </div>
      <Card title="Get started">
        <p>
          Connect your wallet to set up your encryption key. It costs nothing but one transaction on this
          network.
        </p>
        <ConnectButton label="Connect wallet" />
        {devWallet.length > 0 && (
          <p className="text-sm text-slate-500">
            No wallet? On this local test network you can choose a demo account under "Development wallet" in
            the connect dialog.
          </p>
        )}
      </Card>
    </div>
  );
}
