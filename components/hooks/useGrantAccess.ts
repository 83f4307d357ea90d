"use client";

import { useCallback } from "react";
import type { Address } from "viem";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { type GrantChoice, planGrant } from "@/lib/sharing/grantKeyring";
import { useSharingChange } from "./useSharingChange";

/**
 * Gives a clinician access: the clinician's keyring (the keys of the chosen kinds of record,
 * wrapped for the key they published in the Directory) is stored, then the grant goes in one
 * transaction. `choice` is exactly what the patient read in the summary.
 */
export function useGrantAccess(patient: Address) {
  const change = useSharingChange<{ grantee: DirectoryEntry }>(patient);
  const { run } = change;
  const grant = useCallback(
    (grantee: DirectoryEntry, choice: GrantChoice) =>
      run(
        ({ app, identity, own }) =>
          planGrant({
            chainId: app.chainId,
            consent: app.consentAddress,
            patient,
            identity,
            own: { keys: own.keys, archived: own.archived },
            grantee,
            choice,
          }),
        async () => ({ grantee }),
      ),
    [run, patient],
  );
  return { ...change, grant };
}
