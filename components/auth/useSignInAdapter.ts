"use client";

import { createAuthenticationAdapter } from "@rainbow-me/rainbowkit";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { signInMessage } from "@/lib/auth/message";
import { useAppConfig } from "../AppConfigContext";
import { SIGN_IN_SESSION_KEY } from "./useSignInSession";

/**
 * RainbowKit's authentication adapter for Sign-In with Ethereum against the CareKeys server:
 * a nonce from `/api/auth/nonce`, the message of lib/auth/message.ts for this deployment's
 * origin and chain, `/api/auth/verify` to start the session and `/api/auth/signout` to end it.
 * The session query is refetched before verify and sign-out resolve, so RainbowKit sees the
 * new status when it closes its dialog.
 */
export function useSignInAdapter() {
  const { appOrigin, chainId } = useAppConfig();
  const queryClient = useQueryClient();
  return useMemo(
    () =>
      createAuthenticationAdapter<string>({
        getNonce: async () => {
          const response = await fetch("/api/auth/nonce", { cache: "no-store" });
          if (!response.ok) throw new Error(`No sign-in nonce (HTTP ${response.status}).`);
          return ((await response.json()) as { nonce: string }).nonce;
        },
        createMessage: ({ nonce, address }) =>
          signInMessage({ origin: appOrigin, address, chainId, nonce, issuedAt: new Date() }),
        verify: async ({ message, signature }) => {
          const response = await fetch("/api/auth/verify", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ message, signature }),
          });
          await queryClient.refetchQueries({ queryKey: SIGN_IN_SESSION_KEY });
          return response.ok;
        },
        signOut: async () => {
          await fetch("/api/auth/signout", { method: "POST" }).catch(() => undefined);
          queryClient.setQueryData(SIGN_IN_SESSION_KEY, null);
          await queryClient.invalidateQueries({ queryKey: SIGN_IN_SESSION_KEY });
        },
      }),
    [appOrigin, chainId, queryClient],
  );
}
