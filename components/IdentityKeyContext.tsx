"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import type { Hex } from "viem";
import { useAccount, usePublicClient, useSignMessage } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import { assertAppOrigin, type IdentityKey } from "@/lib/crypto/identity";
import { KeyringUnavailableError, ownKeyringInfo } from "@/lib/records/ownKeyring";
import { type UnlockState, unlockWithKeyring } from "@/lib/records/unlock";
import { useAppConfig } from "./AppConfigContext";

type IdentityKeyState = {
  key: IdentityKey | null;
  /** How the key stands: current, legacy (must be rotated), or a rotation to finish. */
  state: UnlockState | null;
  remember: (key: IdentityKey, state?: UnlockState) => void;
  unlock: (registeredPublicKey: Hex) => Promise<void>;
  unlocking: boolean;
  error: string | null;
};

const IdentityKeyContext = createContext<IdentityKeyState | null>(null);

/**
 * Holds the connected person's identity key in memory for this page's life only: never in
 * storage. After a reload one signature unlocks it again. Keys are asked for only on the app's
 * canonical origin, where the key message names the site the wallet sees.
 */
export function IdentityKeyProvider({ children }: { children: ReactNode }) {
  const { address } = useAccount();
  const config = useAppConfig();
  const client = usePublicClient({ chainId: config.chainId });
  const { signMessageAsync } = useSignMessage();
  // The key with the account it belongs to: another account (a switch in the wallet) sees none.
  const [held, setHeld] = useState<{
    owner: string | undefined;
    key: IdentityKey;
    state: UnlockState;
  } | null>(null);
  const [unlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remember = useCallback(
    (key: IdentityKey, state: UnlockState = "current") => setHeld({ owner: address, key, state }),
    [address],
  );

  const unlock = useCallback(
    async (registeredPublicKey: Hex) => {
      setUnlocking(true);
      setError(null);
      try {
        if (!address || !client) throw new Error("Connect your wallet first.");
        assertAppOrigin(window.location.origin, config.appOrigin);
        // The keyring says which key version to sign for. If IPFS cannot give it now, try the
        // current version: a patient can still unlock (and see pending uploads) unless they rotated.
        let unreadable: Error | null = null;
        const keyring = await ownKeyringInfo({
          client,
          consent: config.consentAddress,
          gatewayUrl: config.ipfsGatewayUrl,
          chainId: config.chainId,
          patient: address,
        }).catch((failure: unknown) => {
          if (!(failure instanceof KeyringUnavailableError)) throw failure;
          unreadable = failure;
          return { cid: "unreadable", keyVersion: null, holderKey: null };
        });
        const { key, state } = await unlockWithKeyring(
          (message) => signMessageAsync({ message }),
          { origin: config.appOrigin, chainId: config.chainId, address },
          registeredPublicKey,
          keyring,
        ).catch((failure: unknown) => {
          throw unreadable ?? failure;
        });
        remember(key, state);
      } catch (failure) {
        setError(describeError(failure));
      } finally {
        setUnlocking(false);
      }
    },
    [address, client, config, signMessageAsync, remember],
  );

  const mine = held && held.owner === address ? held : null;
  return (
    <IdentityKeyContext.Provider
      value={{ key: mine?.key ?? null, state: mine?.state ?? null, remember, unlock, unlocking, error }}
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
