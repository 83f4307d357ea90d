"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { type AccessRequest, planDeclineAll } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useTransactor } from "../../hooks/useTransactor";
import { patientRequestsKey } from "./usePatientRequests";

/** Declines many requests in one transaction (all or none); a refused prompt changes nothing. */
export function useDeclineAll(patient: Address) {
  const { consentAddress } = useAppConfig();
  const queryClient = useQueryClient();
  const transactor = useTransactor();
  const { send } = transactor;
  const declineAll = useCallback(
    async (requests: readonly AccessRequest[]) => {
      const call = planDeclineAll(consentAddress, requests);
      if (!call) return false;
      const receipt = await send(call);
      if (receipt) await queryClient.invalidateQueries({ queryKey: patientRequestsKey(patient) });
      return receipt !== null;
    },
    [send, consentAddress, queryClient, patient],
  );
  return {
    ...transactor,
    declineAll,
    busy: transactor.status === "confirm" || transactor.status === "pending",
  };
}
