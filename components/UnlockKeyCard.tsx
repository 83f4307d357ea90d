"use client";

import type { Hex } from "viem";
import { useIdentityKey } from "./IdentityKeyContext";
import { Card, Notice, PrimaryButton } from "./Notice";

/**
 * Asks for the key-message signature that recreates the person's encryption key in this tab
 * (records, sharing, a patient's chart): why it is needed, what failed last time, one button.
 */
export function UnlockKeyCard({
  title,
  why,
  publicKey,
  button = "Unlock my records",
  lockedTitle = "Your records are still locked",
}: {
  title: string;
  /** One sentence: what the key is for on this page. */
  why: string;
  /** The public key on chain the signature must recreate. */
  publicKey: Hex;
  button?: string;
  lockedTitle?: string;
}) {
  const identity = useIdentityKey();
  return (
    <Card title={title}>
      <p>
        Sign the key message in your wallet to recreate your encryption key on this device. {why} It stays in
        this tab's memory only and is gone when you close it.
      </p>
      {identity.error && (
        <Notice tone="error" title={lockedTitle}>
          {identity.error}
        </Notice>
      )}
      <PrimaryButton disabled={identity.unlocking} onClick={() => void identity.unlock(publicKey)}>
        {identity.unlocking ? "Check your wallet..." : button}
      </PrimaryButton>
    </Card>
  );
}
