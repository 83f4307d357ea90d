"use client";

import { useState } from "react";
import type { Address } from "viem";
import { CATEGORY_LABEL, type Category, type Purpose } from "@/lib/consent/codes";
import { CLINICIAN_PURPOSE_LABEL } from "@/lib/sharing/chart";
import { CLINICIAN_CATEGORIES, inCategoryOrder } from "@/lib/sharing/consentView";
import { EXPIRY_PRESET_LABEL } from "@/lib/sharing/grants";
import { REQUEST_DURATION_SECONDS, REQUEST_DURATIONS, type RequestDuration } from "@/lib/sharing/requests";
import { MAX_NOTE_CHARACTERS } from "@/lib/sharing/sealedNote";
import { Notice, PrimaryButton } from "../../Notice";
import { RequestProgress } from "./RequestProgress";
import { useRequestAccess } from "./useRequestAccess";

/** What a clinician may ask for: every kind a patient can share with a clinician, except AI results. */
const ASKABLE = CLINICIAN_CATEGORIES.filter((c) => c !== "aiResults");
const PURPOSES = ["treatment", "emergency", "research"] as const satisfies readonly Purpose[];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const box = "h-4 w-4 rounded border-slate-400";
const field = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2";

/** "Ask a patient for access": the patient's address, the scope, how long, and a reason sealed for them. */
export function AskForAccess({ me, patient: prefill = "" }: { me: Address; patient?: string }) {
  const request = useRequestAccess(me);
  const [patient, setPatient] = useState(prefill);
  const [categories, setCategories] = useState<Category[]>([]);
  const [purposes, setPurposes] = useState<Purpose[]>(["treatment"]);
  const [duration, setDuration] = useState<RequestDuration>("days30");
  const [write, setWrite] = useState(false);
  const [reason, setReason] = useState("");
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const done = request.step === "done";
  const tooLong = reason.trim().length > MAX_NOTE_CHARACTERS;
  const ready =
    patient.trim() !== "" && categories.length > 0 && purposes.length > 0 && reason.trim() !== "" && !tooLong;

  const startOver = () => {
    request.reset();
    setPatient("");
    setCategories([]);
    setReason("");
    setWrite(false);
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
        <fieldset>
          <legend className="font-medium text-slate-900">Which records</legend>
          <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            {ASKABLE.map((category) => (
              <label key={category} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className={box}
                  checked={categories.includes(category)}
                  onChange={(event) => setCategories(toggle(categories, category, event.target.checked))}
                />
                {capitalised(CATEGORY_LABEL[category])}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-slate-900">For what</legend>
          <div className="mt-2 space-y-1">
            {PURPOSES.map((purpose) => (
              <label key={purpose} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className={box}
                  checked={purposes.includes(purpose)}
                  onChange={(event) => setPurposes(toggle(purposes, purpose, event.target.checked))}
                />
                {capitalised(CLINICIAN_PURPOSE_LABEL[purpose])}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium text-slate-900">For how long, once approved</legend>
          <div className="mt-2 space-y-1">
            {REQUEST_DURATIONS.map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="request-duration"
                  className="h-4 w-4"
                  checked={duration === option}
                  onChange={() => setDuration(option)}
                />
                {EXPIRY_PRESET_LABEL[option]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className={box}
            checked={write}
            onChange={(event) => setWrite(event.target.checked)}
          />
          I also want to add notes to their records
        </label>
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
      {done ? (
        <>
          <Notice tone="success" title="Your request was sent">
            The patient will see it on their Sharing page. Their answer appears under “Your requests”.
          </Notice>
          <PrimaryButton onClick={startOver}>Ask another patient</PrimaryButton>
        </>
      ) : (
        <PrimaryButton
          disabled={!ready || request.busy}
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
