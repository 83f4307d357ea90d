"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { consentCall } from "@/lib/sharing/calls";
import type { AccessRequest } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useTransactor } from "../../hooks/useTransactor";
import { patientRequestsKey } from "./usePatientRequests";

/** Declines a request in one transaction; a refused prompt changes nothing. */
export function useDenyRequest(patient: Address) {
  const { consentAddress } = useAppConfig();
  const queryClient = useQueryClient();
  const transactor = useTransactor();
  const { send } = transactor;
  const deny = useCallback(
    async (request: AccessRequest) => {
      const receipt = await send(consentCall(consentAddress, "denyRequest", [request.requestId]));
      if (receipt) await queryClient.invalidateQueries({ queryKey: patientRequestsKey(patient) });
      return receipt !== null;
    },
    [send, consentAddress, queryClient, patient],
  );
  return { ...transactor, deny, busy: transactor.status === "confirm" || transactor.status === "pending" };
}
