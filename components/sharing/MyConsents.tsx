"use client";

import { useState } from "react";
import { type Address, getAddress } from "viem";
import { CATEGORY_LABEL, PURPOSE_LABEL } from "@/lib/consent/codes";
import { inCategoryOrder, untilInWords } from "@/lib/sharing/consentView";
import { listInWords, SHARE_STATUS_LABEL, type Share } from "@/lib/sharing/grants";
import { useDirectory } from "../hooks/useDirectory";
import { useOwnKeyring } from "../hooks/useOwnKeyring";
import { useShares } from "../hooks/useShares";
import { useStopSharing } from "../hooks/useStopSharing";
import { Card, Notice } from "../Notice";
import { ConfirmStop } from "./ConfirmStop";
import { EditShare } from "./EditShare";
import { ReencryptHistory } from "./ReencryptHistory";
import { EndedOn, ShareHistory } from "./ShareHistory";
import { StopReceiptView } from "./StopReceiptView";
import { VerifiedBadge } from "./VerifiedBadge";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every share the patient ever gave, where it stands, and "Stop sharing" for the active ones. */
export function MyConsents({ patient }: { patient: Address }) {
  const shares = useShares(patient);
  const directory = useDirectory();
  const stopping = useStopSharing(patient);
  const own = useOwnKeyring(patient);
  // A kind of record with a second key generation had keys taken back (or the key replaced).
  const rotated = [...(own.data?.keys.values() ?? [])].some((generations) => generations.size > 1);
  const [confirming, setConfirming] = useState<Share | "everyone" | null>(null);
  const [editing, setEditing] = useState<Address | null>(null);
  const entryOf = (address: Address) =>
    directory.data?.find((e) => getAddress(e.address) === getAddress(address));
  const nameOf = (address: Address) => entryOf(address)?.name ?? address;
  const active = (shares.data ?? []).filter((share) => share.status === "active");

  const confirm = async () => {
    if (!confirming) return;
    const done = await (confirming === "everyone" ? stopping.stopAll() : stopping.stop(confirming));
    if (done) setConfirming(null);
  };

  return (
    <Card title="My consents">
      {stopping.result && !confirming && (
        <StopReceiptView
          patient={patient}
          receipt={stopping.result}
          nameOf={nameOf}
          onDismiss={stopping.reset}
        />
      )}
      {shares.error ? (
        <Notice tone="error" title="Your shares could not be listed">
          {shares.error.message}
        </Notice>
      ) : shares.isPending ? (
        <p className="text-slate-500">Loading your shares...</p>
      ) : shares.data.length === 0 ? (
        <p>You have not shared your records with anyone.</p>
      ) : (
        <ul aria-label="Your shares" className="space-y-3">
          {shares.data.map((share) => {
            const entry = entryOf(share.grantee);
            const name = nameOf(share.grantee);
            const thisOne =
              confirming !== null && confirming !== "everyone" && confirming.grantee === share.grantee;
            return (
              <li key={share.grantee} aria-label={name} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="font-medium text-slate-900">
                    <bdi>{name}</bdi> {entry && <VerifiedBadge verified={entry.verified} />}
                  </p>
                  <span
                    data-testid="share-status"
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${share.status === "active" ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
                  >
                    {SHARE_STATUS_LABEL[share.status]}
                  </span>
                </div>
                {share.status === "active" ? (
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-500">Records</dt>
                    <dd>{listInWords(inCategoryOrder(share.categories).map((c) => CATEGORY_LABEL[c]))}</dd>
                    <dt className="text-slate-500">For</dt>
                    <dd>{listInWords(share.purposes.map((p) => PURPOSE_LABEL[p]))}</dd>
                    <dt className="text-slate-500">Lasts</dt>
                    <dd>{untilInWords(share.expiresAt)}</dd>
                    <dt className="text-slate-500">Notes</dt>
                    <dd>{share.write ? "May add notes to your records" : "May not add to your records"}</dd>
                  </dl>
                ) : (
                  // Ended: in the past tense, with no permission that reads as still running.
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-500">{share.status === "suspended" ? "Now" : "Ended"}</dt>
                    <dd data-testid="share-ended">
                      <EndedOn share={share} />
                    </dd>
                    <dt className="text-slate-500">Shared</dt>
                    <dd>
                      {capitalized(
                        listInWords(inCategoryOrder(share.categories).map((c) => CATEGORY_LABEL[c])),
                      )}
                      , for {listInWords(share.purposes.map((p) => PURPOSE_LABEL[p]))}
                      {share.write ? "; they could add notes" : ""}
                    </dd>
                  </dl>
                )}
                <ShareHistory share={share} who={name} />
                {share.status === "active" && editing === share.grantee && entry && (
                  <EditShare
                    patient={patient}
                    share={share}
                    grantee={entry}
                    onClose={() => setEditing(null)}
                  />
                )}
                {share.status === "active" &&
                  editing !== share.grantee &&
                  (thisOne ? (
                    <ConfirmStop
                      who={name}
                      stopping={stopping}
                      onConfirm={confirm}
                      onCancel={() => setConfirming(null)}
                    />
                  ) : (
                    <div className="mt-3 flex flex-wrap gap-2">
                      {entry && (
                        <button
                          type="button"
                          disabled={stopping.busy}
                          onClick={() => {
                            setConfirming(null);
                            setEditing(share.grantee);
                          }}
                          className="rounded-lg border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                        >
                          Change<span className="sr-only"> what you share with {name}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        disabled={stopping.busy}
                        onClick={() => {
                          stopping.reset();
                          setEditing(null);
                          setConfirming(share);
                        }}
                        className="rounded-lg border border-red-300 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
                      >
                        Stop sharing
                      </button>
                    </div>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {active.length > 1 &&
        (confirming === "everyone" ? (
          <ConfirmStop
            who={null}
            stopping={stopping}
            onConfirm={confirm}
            onCancel={() => setConfirming(null)}
          />
        ) : (
          <button
            type="button"
            disabled={stopping.busy}
            onClick={() => {
              stopping.reset();
              setConfirming("everyone");
            }}
            className="rounded-lg border border-red-300 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50"
          >
            Stop sharing with everyone
          </button>
        ))}
      {rotated && !(stopping.result && !confirming) && <ReencryptHistory patient={patient} />}
    </Card>
  );
}
