"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Address } from "viem";
import { consentCall } from "@/lib/sharing/calls";
import type { AccessRequest } from "@/lib/sharing/requests";
import { useAppConfig } from "../../AppConfigContext";
import { useTransactor } from "../../hooks/useTransactor";
import { myRequestsKey } from "./useMyRequests";

/** The clinician takes back a pending request in one transaction; a refused prompt changes nothing. */
export function useWithdrawRequest(me: Address) {
  const { consentAddress } = useAppConfig();
  const queryClient = useQueryClient();
  const transactor = useTransactor();
  const { send } = transactor;
  const withdraw = useCallback(
    async (request: AccessRequest) => {
      const receipt = await send(consentCall(consentAddress, "withdrawRequest", [request.requestId]));
      if (receipt) await queryClient.invalidateQueries({ queryKey: myRequestsKey(me) });
      return receipt !== null;
    },
    [send, consentAddress, queryClient, me],
  );
  return {
    ...transactor,
    withdraw,
    busy: transactor.status === "confirm" || transactor.status === "pending",
  };
}
