"use client";

import { useCallback } from "react";
import { type Address, getAddress } from "viem";
import { listDirectory } from "@/lib/sharing/directory";
import { planShareEdit } from "@/lib/sharing/editShare";
import type { GrantChoice } from "@/lib/sharing/grantKeyring";
import { listPatientShares } from "@/lib/sharing/grants";
import { holdersOf } from "@/lib/sharing/revocation";
import { useSharingChange } from "../hooks/useSharingChange";

/**
 * Changes an active share to new terms in ONE transaction, after the keyrings are stored: taking
 * kinds away rotates their keys like a revocation (the others who hold them get new keyrings);
 * adding kinds or time gives the grantee a keyring with every kind now in scope.
 */
export function useEditShare(patient: Address) {
  const change = useSharingChange<{ kind: "narrow" | "extend" }>(patient);
  const { run } = change;
  const edit = useCallback(
    (grantee: Address, choice: GrantChoice) =>
      run(
        async ({ client, app, identity, own }) => {
          // Fresh from the chain: what the grantee holds now, and who else holds the keys.
          const [shares, directory] = await Promise.all([
            listPatientShares(client, app.consentAddress, patient),
            listDirectory(client, app.directoryAddress),
          ]);
          const share = shares.find((s) => getAddress(s.grantee) === getAddress(grantee));
          const entry = directory.find((e) => getAddress(e.address) === getAddress(grantee));
          if (share?.status !== "active") throw new Error("This share has ended, so it cannot be changed.");
          if (!entry)
            throw new Error("They are no longer in the directory, so this share cannot be changed.");
          const edit = await planShareEdit({
            chainId: app.chainId,
            consent: app.consentAddress,
            patient,
            identity,
            own: { keys: own.keys, archived: own.archived },
            holders: holdersOf(shares, directory),
            grantee: entry,
            held: share.categories,
            choice,
          });
          return { ...edit.plan, kind: edit.kind };
        },
        async (plan) => ({ kind: plan.kind }),
      ),
    [run, patient],
  );
  return { ...change, edit };
}
