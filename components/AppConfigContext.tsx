"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { PublicConfig } from "@/lib/config/public";

const AppConfigContext = createContext<PublicConfig | null>(null);

export function AppConfigProvider({ value, children }: { value: PublicConfig; children: ReactNode }) {
  return <AppConfigContext.Provider value={value}>{children}</AppConfigContext.Provider>;
}

/** The deployment's public configuration (chain, contract addresses, gateway). */
export function useAppConfig(): PublicConfig {
  const config = useContext(AppConfigContext);
  if (!config) throw new Error("useAppConfig must be used inside <Providers>");
  return config;
}
