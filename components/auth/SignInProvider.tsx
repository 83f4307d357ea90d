"use client";

import { type AuthenticationStatus, RainbowKitAuthenticationProvider } from "@rainbow-me/rainbowkit";
import { type ReactNode, useEffect } from "react";
import { isAddressEqual } from "viem";
import { useAccount } from "wagmi";
import { useSignInAdapter } from "./useSignInAdapter";
import { useSignInSession } from "./useSignInSession";

/**
 * Sign-In with Ethereum through RainbowKit: after connecting, its dialog asks the person to
 * sign the sign-in message. The status comes from the server's session (useSignInSession):
 * authenticated only while a wallet is connected with the session's account. RainbowKit
 * itself signs out when the wallet disconnects or reports another account; this also signs out
 * when the wallet comes back (after a reload) with an account other than the session's.
 */
export function SignInProvider({ children }: { children: ReactNode }) {
  const adapter = useSignInAdapter();
  const session = useSignInSession();
  const { address, status: walletStatus } = useAccount();
  const signedInAs = session.data?.address;
  const otherAccount = Boolean(address && signedInAs && !isAddressEqual(address, signedInAs));

  useEffect(() => {
    if (otherAccount && walletStatus === "connected") void adapter.signOut();
  }, [otherAccount, walletStatus, adapter]);

  // "loading" only while a wallet reconnects on load: RainbowKit closes its dialog whenever the
  // status turns "unauthenticated", so it must not turn so in the middle of connecting.
  let status: AuthenticationStatus = "unauthenticated";
  if (session.isPending) status = walletStatus === "reconnecting" ? "loading" : "unauthenticated";
  else if (address && signedInAs && !otherAccount) status = "authenticated";

  return (
    <RainbowKitAuthenticationProvider adapter={adapter} status={status}>
      {children}
    </RainbowKitAuthenticationProvider>
  );
}
