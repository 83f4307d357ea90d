"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
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
  const [key, setKey] = useState<IdentityKey | null>(null);
  const [owner, setOwner] = useState<string | undefined>(undefined);
  const [unlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (owner !== address) {
      setKey(null);
      setError(null);
    }
  }, [address, owner]);

  const remember = useCallback(
    (next: IdentityKey) => {
      setKey(next);
      setOwner(address);
    },
    [address],
  );

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
      value={{ key: owner === address ? key : null, remember, unlock, unlocking, error }}
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
