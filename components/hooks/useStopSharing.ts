"use client";

import { useCallback } from "react";
import type { Address } from "viem";
import { listDirectory } from "@/lib/sharing/directory";
import { type Exposure, exposureOf } from "@/lib/sharing/exposure";
import { listPatientShares, type Share } from "@/lib/sharing/grants";
import { holdersOf, planRevocation } from "@/lib/sharing/revocation";
import { planRevokeAll } from "@/lib/sharing/revokeAll";
import { withUnconfirmed } from "@/lib/sharing/unconfirmed";
import { type ChangeContext, useSharingChange } from "./useSharingChange";
import { useUnconfirmedKeyrings } from "./useUnconfirmedKeyrings";

/** The receipt after stopping: per party, what it logged reading (null if it could not be read now). */
export type StopReceipt = { parties: { grantee: Address; exposure: Exposure | null }[] };

/**
 * Stops sharing with one party (or everyone): the grant ends, every kind of record it held
 * gets new keys, and the remaining holders get keyrings with them — in ONE transaction, after
 * the keyrings are stored. Then the honest receipt: what the party logged reading.
 */
export function useStopSharing(patient: Address) {
  const change = useSharingChange<StopReceipt>(patient);
  const { run } = change;
  const unconfirmed = useUnconfirmedKeyrings(patient);

  const receiptFor = useCallback(
    async ({ client, app }: ChangeContext, grantees: readonly Address[]): Promise<StopReceipt> => ({
      parties: await Promise.all(
        grantees.map(async (grantee) => ({
          grantee,
          // The grant has ended whatever happens here: a receipt that cannot be read now says so.
          exposure: await exposureOf(client, {
            consent: app.consentAddress,
            gatewayUrl: app.ipfsGatewayUrl,
            chainId: app.chainId,
            patient,
            grantee,
          }).catch(() => null),
        })),
      ),
    }),
    [patient],
  );

  const stop = useCallback(
    (share: Share) =>
      run(
        async ({ client, app, identity, own }) => {
          // Fresh from the chain: the keyrings go to whoever holds keys at this moment.
          const [shares, directory] = await Promise.all([
            listPatientShares(client, app.consentAddress, patient),
            listDirectory(client, app.directoryAddress),
          ]);
          return planRevocation({
            chainId: app.chainId,
            consent: app.consentAddress,
            patient,
            identity,
            own: { keys: own.keys, archived: own.archived },
            holders: holdersOf(shares, directory),
            // Every kind it was ever given: an earlier, wider grant's keys may still be current.
            change: { kind: "revoke", grantee: share.grantee, held: share.everShared },
          });
        },
        (_, context) => receiptFor(context, [share.grantee]),
      ),
    [run, patient, receiptFor],
  );

  const stopAll = useCallback(() => {
    let ended: Address[] = [];
    return run(
      async ({ client, app, identity, own }) => {
        // With keyrings named in transactions that never confirmed: their kinds get new keys too.
        const shares = withUnconfirmed(
          patient,
          await listPatientShares(client, app.consentAddress, patient),
          unconfirmed.list(),
        );
        ended = shares.filter((s) => s.status === "active" || s.status === "suspended").map((s) => s.grantee);
        return planRevokeAll({
          chainId: app.chainId,
          consent: app.consentAddress,
          patient,
          identity,
          own: { keys: own.keys, archived: own.archived },
          shares,
        });
      },
      (_, context) => {
        unconfirmed.remove(unconfirmed.list().map((g) => g.cid)); // every kind has new keys now
        return receiptFor(context, ended);
      },
    );
  }, [run, patient, receiptFor, unconfirmed]);

  return { ...change, stop, stopAll };
}
