"use client";

import { useState } from "react";
import type { Address } from "viem";
import { CLINICIAN_PURPOSE_LABEL, parsePatientAddress } from "@/lib/sharing/chart";
import { CLINICIAN_CATEGORIES, inCategoryOrder } from "@/lib/sharing/consentView";
import { EXPIRY_PRESET_LABEL } from "@/lib/sharing/grants";
import {
  describeMyPendingRequest,
  pendingRequestTo,
  REQUEST_DURATION_SECONDS,
  REQUEST_DURATIONS,
  type RequestDuration,
} from "@/lib/sharing/requests";
import { MAX_NOTE_CHARACTERS } from "@/lib/sharing/sealedNote";
import { Notice, PrimaryButton } from "../../Notice";
import { CLINICIAN_PURPOSES, TermsPicker, type TermsValue } from "../../sharing/TermsPicker";
import { RequestProgress } from "./RequestProgress";
import { useMyRequests } from "./useMyRequests";
import { useRequestAccess } from "./useRequestAccess";
import { WithdrawButton } from "./WithdrawButton";

/** What a clinician may ask for: every kind a patient can share with a clinician, except AI results. */
const ASKABLE = CLINICIAN_CATEGORIES.filter((c) => c !== "aiResults");
const NOTHING_PICKED: TermsValue = {
  categories: [],
  purposes: ["treatment"],
  expiry: "days30",
  write: false,
};
const field = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

/** "Ask a patient for access": the patient's address, the scope, how long, and a reason sealed for them. */
export function AskForAccess({ me, patient: prefill = "" }: { me: Address; patient?: string }) {
  const request = useRequestAccess(me);
  const [patient, setPatient] = useState(prefill);
  const [picked, setPicked] = useState<TermsValue>(NOTHING_PICKED);
  const { categories, purposes, write } = picked;
  const duration = picked.expiry as RequestDuration;
  const [reason, setReason] = useState("");
  const done = request.step === "done";
  // The contract keeps one pending request per patient: show it and offer Withdraw instead.
  const mine = useMyRequests(me);
  const typed = parsePatientAddress(patient);
  const waiting = !done && "address" in typed ? pendingRequestTo(mine.data ?? [], typed.address) : null;
  const tooLong = reason.trim().length > MAX_NOTE_CHARACTERS;
  const ready =
    patient.trim() !== "" && categories.length > 0 && purposes.length > 0 && reason.trim() !== "" && !tooLong;

  const startOver = () => {
    request.reset();
    setPatient("");
    setPicked(NOTHING_PICKED);
    setReason("");
  };

  return (
    <section
      aria-labelledby="ask-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 text-slate-700 shadow-sm"
    >
      <h2 id="ask-heading" className="text-xl font-semibold text-slate-900">
        Ask a patient for access
      </h2>
      <p>
        The patient sees your request with your reason and can approve it, approve less, or decline. Your
        reason is encrypted so that only the patient can read it.
      </p>
      <fieldset disabled={request.busy || done} className="space-y-5">
        <label className="block">
          <span className="font-medium text-slate-900">Patient's account address</span>
          <input
            value={patient}
            onChange={(event) => setPatient(event.target.value)}
            placeholder="0x..."
            autoComplete="off"
            spellCheck={false}
            className={`${field} font-mono`}
          />
        </label>
        <TermsPicker
          name="request"
          options={{
            categories: ASKABLE,
            purposes: CLINICIAN_PURPOSES,
            purposeLabel: CLINICIAN_PURPOSE_LABEL,
            expiryLegend: "For how long, once approved",
            expiries: REQUEST_DURATIONS.map((option) => ({ id: option, label: EXPIRY_PRESET_LABEL[option] })),
            writeLabel: "I also want to add notes to their records",
          }}
          value={picked}
          onChange={setPicked}
        />
        <label className="block">
          <span className="font-medium text-slate-900">Your reason</span>
          <span className="block text-sm text-slate-600">
            Why you need these records. Only the patient can read it.
          </span>
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={4}
            aria-describedby="reason-count"
            className={field}
          />
          <span id="reason-count" className={`text-sm ${tooLong ? "text-red-800" : "text-slate-600"}`}>
            {reason.trim().length} of {MAX_NOTE_CHARACTERS} characters
          </span>
        </label>
      </fieldset>
      <RequestProgress step={request.step} transaction={request.transaction} />
      {request.error && (
        <Notice tone="error" title="The request was not sent">
          {request.error}
        </Notice>
      )}
      {waiting && (
        <Notice tone="info" title="You already asked this patient">
          <p data-testid="pending-request">
            {describeMyPendingRequest(waiting)} You can send a new request once they answer it, or withdraw
            this one now.
          </p>
          <WithdrawButton me={me} request={waiting} />
        </Notice>
      )}
      {done ? (
        <>
          <Notice tone="success" title="Your request was sent">
            The patient will see it on their Sharing page. Their answer appears under “Your requests”.
          </Notice>
          <PrimaryButton onClick={startOver}>Ask another patient</PrimaryButton>
        </>
      ) : (
        <PrimaryButton
          disabled={!ready || request.busy || waiting !== null}
          onClick={() =>
            void request.ask(patient, {
              categories: inCategoryOrder(categories),
              purposes,
              durationSeconds: REQUEST_DURATION_SECONDS[duration],
              write,
              reason,
            })
          }
        >
          {request.busy ? "Sending..." : request.error ? "Try again" : "Send request"}
        </PrimaryButton>
      )}
    </section>
  );
}
