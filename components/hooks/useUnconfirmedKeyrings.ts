"use client";

import { useMemo } from "react";
import type { Address } from "viem";
import { storageUnconfirmed, type UnconfirmedKeyrings } from "@/lib/sharing/unconfirmed";
import { useAppConfig } from "../AppConfigContext";

const NOTHING: UnconfirmedKeyrings = { list: () => [], add: () => {}, remove: () => {} };

/** The keyrings this device stored for a party in a transaction that did not confirm (see lib/sharing/unconfirmed). */
export function useUnconfirmedKeyrings(patient: Address): UnconfirmedKeyrings {
  const app = useAppConfig();
  return useMemo(
    () =>
      typeof window === "undefined"
        ? NOTHING
        : storageUnconfirmed(
            window.localStorage,
            `carekeys:unconfirmed-keyrings:${app.chainId}:${app.consentAddress}:${patient}`.toLowerCase(),
          ),
    [app.chainId, app.consentAddress, patient],
  );
}
