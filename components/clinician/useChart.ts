"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { Address, Hash } from "viem";
import { usePublicClient } from "wagmi";
import { describeError } from "@/lib/contracts/errors";
import type { IdentityKey } from "@/lib/crypto/identity";
import { type AnchoredRecord, listAnchoredRecords } from "@/lib/records/chain";
import {
  chartPurpose,
  inScopeByOthers,
  isActive,
  listSharedWithMe,
  readReceiptCall,
  recordsInScope,
} from "@/lib/sharing/chart";
import { openSharedKeyring } from "@/lib/sharing/grantKeyring";
import type { Share } from "@/lib/sharing/grants";
import { openSharedRecord, type SharedRecord } from "@/lib/sharing/openShared";
import { useAppConfig } from "../AppConfigContext";
import { recordsQueryKey } from "../hooks/useAnchoredRecords";
import { MERGE_MAX_BYTES, useRecordDecryption } from "../hooks/useRecordDecryption";
import { sharedWithMeKey } from "../hooks/useSharedWithMe";
import { useTransactor } from "../hooks/useTransactor";

/** The query keys of the shared keys and of each decrypted record: dropped from memory once the access ends. */
export const SHARED_KEYS = "shared-keys";
export const SHARED_RECORD = "shared-record";

/** Where one opening of a patient's chart stands. */
export type ChartStep =
  | { step: "closed" }
  | { step: "checking" }
  | { step: "receipt" }
  /** The receipt was refused or failed (its sentence is the transactor's error): nothing is shown. */
  | { step: "refused"; reason: string | null }
  | { step: "ended"; share: Share | null }
  /** Nothing of the shared kinds this clinician can open: there is nothing to read, so nothing to log. */
  | { step: "empty"; share: Share; byOthers: AnchoredRecord[] }
  /**
   * `records`: the records the receipt lists and the chart opens; `byOthers`: those of the shared
   * kinds someone else added (sealed for the patient alone), counted apart and never logged.
   */
  | { step: "open"; share: Share; records: AnchoredRecord[]; byOthers: AnchoredRecord[]; receipt: Hash };

/**
 * One opening of a patient's chart: re-reads the share and the patient's records from the chain,
 * sends ONE read receipt for exactly the records in scope this clinician can open (nothing is fetched or decrypted before it is
 * confirmed, and nothing at all if it is refused), then opens the latest keys the patient shared
 * and decrypts the records in scope on this device. A re-render never sends another receipt; only
 * `open()` does, once per call.
 */
export function useChart(input: { me: Address; patient: Address; identity: IdentityKey | null }) {
  const { me, patient, identity } = input;
  const config = useAppConfig();
  const client = usePublicClient({ chainId: config.chainId });
  const queryClient = useQueryClient();
  const transactor = useTransactor();
  const [state, setState] = useState<ChartStep>({ step: "closed" });
  const busy = useRef(false);

  const open = useCallback(async () => {
    if (busy.current || !client) return;
    busy.current = true;
    setState({ step: "checking" });
    try {
      const [shares, records] = await Promise.all([
        listSharedWithMe(client, config.consentAddress, me),
        listAnchoredRecords(client, config.consentAddress, patient),
      ]);
      queryClient.setQueryData(sharedWithMeKey(me), shares);
      queryClient.setQueryData(recordsQueryKey(patient), records);
      const share = shares.find((s) => s.patient === patient) ?? null;
      if (!share || !isActive(share)) return setState({ step: "ended", share });
      const inScope = recordsInScope(records, share);
      const byOthers = inScopeByOthers(records, share);
      const purpose = chartPurpose(share);
      if (inScope.length === 0 || !purpose) return setState({ step: "empty", share, byOthers });
      setState({ step: "receipt" });
      const receipt = await transactor.send(
        readReceiptCall(
          config.consentAddress,
          patient,
          inScope.map((r) => r.recordId),
          purpose,
        ),
      );
      setState(
        receipt
          ? { step: "open", share, records: inScope, byOthers, receipt: receipt.transactionHash }
          : { step: "refused", reason: null },
      );
    } catch (failure) {
      setState({ step: "refused", reason: describeError(failure) });
    } finally {
      busy.current = false;
    }
  }, [client, config.consentAddress, me, patient, queryClient, transactor.send]);

  const opened = state.step === "open" ? state : null;
  const keyringCid = opened?.share.keyringCid ?? null;
  const keys = useQuery({
    queryKey: [SHARED_KEYS, patient, me, keyringCid, identity?.publicKeyHex],
    enabled: Boolean(opened && identity),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: () => {
      if (!keyringCid) throw new Error("The patient has not shared any encryption keys with you yet.");
      return openSharedKeyring({
        gatewayUrl: config.ipfsGatewayUrl,
        chainId: config.chainId,
        patient,
        cid: keyringCid,
        me,
        identity: identity!,
      });
    },
  });

  const decrypted = useRecordDecryption<SharedRecord>(
    opened?.records,
    keys.data && identity
      ? {
          id: `shared:${patient}:${keyringCid}`,
          patient,
          cacheKey: (record) => [SHARED_RECORD, record.recordId, record.cid, keyringCid],
          open: (record) =>
            openSharedRecord(record, {
              gatewayUrl: config.ipfsGatewayUrl,
              chainId: config.chainId,
              consent: config.consentAddress,
              patient,
              identityPrivateKey: identity.privateKey,
              keys: keys.data,
              maxRecordBytes: config.maxRecordBytes,
              maxBytes: MERGE_MAX_BYTES,
            }),
        }
      : null,
  );

  return { state, open, transactor, keys, decrypted };
}
