"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { type GrantChoice, planGrant } from "@/lib/sharing/grantKeyring";
import type { AccessRequest } from "@/lib/sharing/requests";
import { useSharingChange } from "../../hooks/useSharingChange";
import { patientRequestsKey } from "./usePatientRequests";

/**
 * Approves a request as a grant the patient may have narrowed: the requester's keyring (the keys of
 * the approved kinds only) is stored, then ONE `approveRequest` transaction, as any grant.
 */
export function useApproveRequest(patient: Address) {
  const change = useSharingChange<{ requestId: bigint }>(patient);
  const queryClient = useQueryClient();
  const { run } = change;
  const approve = useCallback(
    (request: AccessRequest, choice: GrantChoice) =>
      run(
        ({ app, identity, own }) => {
          if (!request.requesterEntry) throw new Error("This requester is no longer in the directory.");
          return planGrant({
            chainId: app.chainId,
            consent: app.consentAddress,
            patient,
            identity,
            own: { keys: own.keys, archived: own.archived },
            grantee: request.requesterEntry,
            choice,
            requestId: request.requestId,
          });
        },
        async () => {
          await queryClient.invalidateQueries({ queryKey: patientRequestsKey(patient) });
          return { requestId: request.requestId };
        },
      ),
    [run, patient, queryClient],
  );
  return { ...change, approve };
}
