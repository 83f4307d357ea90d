"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import type { Hex } from "viem";
import { useAccount, useSignMessage } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import { type IdentityKey, unlockIdentityKey } from "@/lib/crypto/identity";
import { useAppConfig } from "./AppConfigContext";

type IdentityKeyState = {
  key: IdentityKey | null;
  remember: (key: IdentityKey) => void;
  unlock: (registeredPublicKey: Hex) => Promise<void>;
  unlocking: boolean;
  error: string | null;
};

const IdentityKeyContext = createContext<IdentityKeyState | null>(null);

/**
 * Holds the connected person's identity key in memory for this page's life only: never in
 * storage. After a reload one signature unlocks it again.
 */
export function IdentityKeyProvider({ children }: { children: ReactNode }) {
  const { address } = useAccount();
  const { chainId } = useAppConfig();
  const { signMessageAsync } = useSignMessage();
  // The key with the account it belongs to: another account (a switch in the wallet) sees none.
  const [held, setHeld] = useState<{ owner: string | undefined; key: IdentityKey } | null>(null);
  const [unlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remember = useCallback((key: IdentityKey) => setHeld({ owner: address, key }), [address]);

  const unlock = useCallback(
    async (registeredPublicKey: Hex) => {
      setUnlocking(true);
      setError(null);
      try {
        remember(
          await unlockIdentityKey((message) => signMessageAsync({ message }), chainId, registeredPublicKey),
        );
      } catch (failure) {
        setError(describeError(failure));
      } finally {
        setUnlocking(false);
      }
    },
    [chainId, signMessageAsync, remember],
  );

  return (
    <IdentityKeyContext.Provider
      value={{ key: held && held.owner === address ? held.key : null, remember, unlock, unlocking, error }}
    >
      {children}
    </IdentityKeyContext.Provider>
  );
}

export function useIdentityKey(): IdentityKeyState {
  const state = useContext(IdentityKeyContext);
  if (!state) throw new Error("useIdentityKey must be used inside <IdentityKeyProvider>");
  return state;
}
