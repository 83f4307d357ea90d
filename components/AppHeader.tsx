"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import Link from "next/link";
import { useAccount } from "wagmi";
import { pendingRequests } from "@/lib/sharing/requests";
import { PARTICIPANT_KIND, useParticipant } from "./hooks/useParticipant";
import { usePatientRequests } from "./sharing/requests/usePatientRequests";
import { WrongOriginBanner } from "./WrongOriginBanner";

export function AppHeader() {
  const { address } = useAccount();
  const participant = useParticipant(address);
  // Sharing is the patient's: a clinician's or model's account has no records to share.
  const isPatient = !participant.data || participant.data.kind === PARTICIPANT_KIND.None;
  const isProvider = participant.data?.kind === PARTICIPANT_KIND.Provider;
  const requests = usePatientRequests(address, { enabled: isPatient });
  const waiting = pendingRequests(requests.data ?? []).length;
  return (
    <>
      <WrongOriginBanner />
      <header className="border-b border-slate-200 bg-white">
        {/* Wraps on a phone (390 px) rather than scrolling sideways; the account button shrinks to an icon. */}
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <nav aria-label="Main" className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 sm:gap-x-6">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
              <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-brand-700" />
              CareKeys
            </Link>
            {isPatient ? (
              <Link href="/records" className="font-medium text-slate-700 hover:text-brand-900">
                Records
              </Link>
            ) : (
              isProvider && (
                // A clinician's place is their home: the patients who shared with them.
                <Link href="/" className="font-medium text-slate-700 hover:text-brand-900">
                  Patients
                </Link>
              )
            )}
            {isPatient && (
              <Link href="/sharing" className="font-medium text-slate-700 hover:text-brand-900">
                Sharing
                {waiting > 0 && (
                  <span
                    data-testid="header-requests-badge"
                    className="ml-1 rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white"
                  >
                    {waiting}
                    <span className="sr-only"> {waiting === 1 ? "request" : "requests"} waiting</span>
                  </span>
                )}
              </Link>
            )}
            {isPatient && (
              <Link href="/insights" className="font-medium text-slate-700 hover:text-brand-900">
                AI insights
              </Link>
            )}
          </nav>
          <div className="ml-auto shrink-0">
            <ConnectButton
              showBalance={false}
              chainStatus="icon"
              accountStatus={{ smallScreen: "avatar", largeScreen: "address" }}
            />
          </div>
        </div>
      </header>
    </>
  );
}
