"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Address, PublicClient } from "viem";
import { usePublicClient } from "wagmi";
import type { PublicConfig } from "@/lib/config/public";
import { describeError } from "@/lib/contracts/errors";
import type { ContractCall } from "@/lib/contracts/sendCall";
import type { IdentityKey } from "@/lib/crypto/identity";
import type { Car } from "@/lib/ipfs/car";
import { type OwnKeyring, ownKeyringCid } from "@/lib/records/ownKeyring";
import { type SharingStep, uploadThenSend } from "@/lib/sharing/steps";
import { givenBy } from "@/lib/sharing/unconfirmed";
import { useAppConfig } from "../AppConfigContext";
import { useIdentityKey } from "../IdentityKeyContext";
import { keyringKey, loadKeyringFor, ownKeyringQueryKey } from "./useOwnKeyring";
import { sharesQueryKey } from "./useShares";
import { useTransactor } from "./useTransactor";
import { useUnconfirmedKeyrings } from "./useUnconfirmedKeyrings";
import { useUploadSteps } from "./useUploadSteps";

/** What preparing a change gets: the patient's keyring as the chain has it now, and their key. */
export type ChangeContext = {
  client: PublicClient;
  app: PublicConfig;
  identity: IdentityKey;
  own: OwnKeyring;
};

/**
 * The one path of a sharing change (grant, stop sharing): prepare the plan on this device from
 * the patient's latest keyring, store its encrypted keys, send its ONE transaction through
 * {@link useTransactor}, then refresh what changed (the patient's own keyring has new
 * generations; the shares list). A failure at any step leaves nothing half-done on chain and a
 * state from which the person can simply try again.
 */
export function useSharingChange<Result>(patient: Address) {
  const app = useAppConfig();
  const client = usePublicClient({ chainId: app.chainId });
  const { key } = useIdentityKey();
  const queryClient = useQueryClient();
  const { upload } = useUploadSteps(patient);
  const { send, reset: resetTransaction, status, error: transactionError, wasSent } = useTransactor();
  const unconfirmed = useUnconfirmedKeyrings(patient);
  const [step, setStep] = useState<SharingStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const run = useCallback(
    async <Plan extends { uploads: readonly Car[]; call: ContractCall }>(
      prepare: (context: ChangeContext) => Promise<Plan>,
      after: (plan: Plan, context: ChangeContext) => Promise<Result>,
    ): Promise<Result | null> => {
      setError(null);
      setResult(null);
      resetTransaction();
      try {
        if (!key || !client) throw new Error("Unlock your records first.");
        setStep("preparing");
        // The keyring announced last on chain; the copy this page holds only if it is that one.
        const latest = await ownKeyringCid(client, app.consentAddress, patient);
        const cached = queryClient.getQueryData<OwnKeyring>(keyringKey(patient, key));
        const own =
          cached && cached.cid === latest ? cached : await loadKeyringFor(client, app, patient, key);
        const context = { client, app, identity: key, own };
        const plan = await prepare(context);
        // A grant's keyring is named in its transaction: remembered until the transaction confirms,
        // or forgotten if it never left this device (see lib/sharing/unconfirmed).
        const given = givenBy(plan as { terms?: Parameters<typeof givenBy>[0]["terms"] });
        const cids = given.map((g) => g.cid);
        unconfirmed.add(given);
        let receipt: Awaited<ReturnType<typeof send>>;
        try {
          receipt = await uploadThenSend(plan, { upload, send, onStep: setStep });
        } catch (failure) {
          unconfirmed.remove(cids); // nothing was sent
          throw failure;
        }
        if (receipt || !wasSent()) unconfirmed.remove(cids);
        if (!receipt) {
          setStep(null);
          return null; // the transactor holds the sentence (refused, or failed: nothing changed)
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ownKeyringQueryKey(patient) }),
          queryClient.invalidateQueries({ queryKey: sharesQueryKey(patient) }),
        ]);
        const done = await after(plan, context);
        setResult(done);
        setStep("done");
        return done;
      } catch (failure) {
        setError(describeError(failure));
        setStep(null);
        return null;
      }
    },
    [key, client, app, patient, queryClient, upload, send, resetTransaction, unconfirmed, wasSent],
  );

  const reset = useCallback(() => {
    setStep(null);
    setError(null);
    setResult(null);
    resetTransaction();
  }, [resetTransaction]);

  return {
    run,
    reset,
    step,
    /** The transaction's own progress: waiting for the wallet, then for the network. */
    transaction: status,
    error: error ?? transactionError,
    result,
    busy: step !== null && step !== "done",
  };
}
