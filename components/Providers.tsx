"use client";

import { lightTheme, RainbowKitProvider } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { cookieToInitialState, WagmiProvider } from "wagmi";
import type { PublicConfig } from "@/lib/config/public";
import { type CareKeysWagmiConfig, makeWagmiConfig } from "@/lib/wagmi";
import { AppConfigProvider } from "./AppConfigContext";
import { SignInProvider } from "./auth/SignInProvider";
import { IdentityKeyProvider } from "./IdentityKeyContext";

declare module "wagmi" {
  interface Register {
    config: CareKeysWagmiConfig;
  }
}

export function Providers({
  config,
  cookie,
  children,
}: {
  config: PublicConfig;
  cookie: string | null;
  children: ReactNode;
}) {
  const [wagmiConfig] = useState(() => makeWagmiConfig(config));
  const [queryClient] = useState(() => new QueryClient());
  const initialState = cookieToInitialState(wagmiConfig, cookie);
  return (
    <AppConfigProvider value={config}>
      <WagmiProvider config={wagmiConfig} initialState={initialState}>
        <QueryClientProvider client={queryClient}>
          <SignInProvider>
            <RainbowKitProvider
              appInfo={{ appName: config.appName }}
              initialChain={config.chainId}
              theme={lightTheme({ accentColor: "#0f5f59", borderRadius: "medium" })}
            >
              <IdentityKeyProvider>{children}</IdentityKeyProvider>
            </RainbowKitProvider>
          </SignInProvider>
        </QueryClientProvider>
      </WagmiProvider>
    </AppConfigProvider>
  );
}
