"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { type AccessRequest, planDeclineAll, stillOpen } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useTransactor } from "../../hooks/useTransactor";
import { patientRequestsKey } from "./usePatientRequests";

/** Declines many requests in one transaction (all or none); a refused prompt changes nothing. */
export function useDeclineAll(patient: Address) {
  const { consentAddress, chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const queryClient = useQueryClient();
  const transactor = useTransactor();
  const { send } = transactor;
  const declineAll = useCallback(
    async (requests: readonly AccessRequest[]) => {
      // Only those still open now (one withdrawn or sent again since the list was read would make
      // the whole transaction fail), at most DECLINE_BATCH at a time.
      const open = client ? await stillOpen(client, consentAddress, requests) : requests;
      const call = planDeclineAll(consentAddress, open);
      if (!call) return false;
      const receipt = await send(call);
      if (receipt) await queryClient.invalidateQueries({ queryKey: patientRequestsKey(patient) });
      return receipt !== null;
    },
    [send, consentAddress, queryClient, patient, client],
  );
  return {
    ...transactor,
    declineAll,
    busy: transactor.status === "confirm" || transactor.status === "pending",
  };
}
