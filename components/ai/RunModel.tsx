"use client";

import Link from "next/link";
import { useState } from "react";
import type { Address } from "viem";
import { bandOf, type ModelCard } from "@/lib/ai/card";
import type { Answers, InputProblem } from "@/lib/ai/inputs";
import { formatClinicalDate, formatDay } from "@/lib/clinical/dates";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { type Share, UNTIL_REVOKED } from "@/lib/sharing/grants";
import { useStopSharing } from "../hooks/useStopSharing";
import { Notice, PrimaryButton } from "../Notice";
import { useRunModel } from "./useRunModel";

/** A model the patient allowed: Run (through this server's runner), its questions, its result, and stopping it. */
export function Allowed({
  patient,
  entry,
  card,
  share,
}: {
  patient: Address;
  entry: DirectoryEntry;
  card: ModelCard;
  share: Share;
}) {
  const stopping = useStopSharing(patient);
  const { state, run, reset } = useRunModel(entry.address);
  const [answers, setAnswers] = useState<Answers>({});
  const questions = state.status === "refused" ? state.problems.filter((p) => p.kind === "ask") : [];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {share.oneShot
          ? "You allowed it to run once."
          : share.expiresAt.getTime() >= UNTIL_REVOKED.getTime()
            ? "You allowed it to run on your records until you stop it."
            : `You allowed it to run on your records until ${formatDay(share.expiresAt)}.`}
      </p>
      <div className="flex flex-wrap gap-3">
        <PrimaryButton
          disabled={state.status === "running" || questions.length > 0}
          onClick={() => void run(answers)}
        >
          {state.status === "running" ? "Running…" : "Run"}
        </PrimaryButton>
        <button
          type="button"
          className="rounded-lg border border-slate-300 px-4 py-2 text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          disabled={stopping.busy}
          onClick={() => {
            reset();
            void stopping.stop(share);
          }}
        >
          Stop allowing it
        </button>
      </div>
      {stopping.error && <Notice tone="error">{stopping.error}</Notice>}
      {state.status === "running" && (
        <Notice tone="info" title="Running">
          Checking your permission on the blockchain, reading the records it needs, computing, then saving the
          result and the record of this run (one transaction by the model).
        </Notice>
      )}
      {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      {state.status === "refused" && (
        <Refused
          message={state.message}
          problems={state.problems}
          questions={questions}
          answers={answers}
          onAnswer={(name, value) => setAnswers((all) => ({ ...all, [name]: value }))}
          onRun={() => void run(answers)}
          card={card}
        />
      )}
      {state.status === "done" && <Result result={state.result} card={card} />}
    </div>
  );
}

export function StopOnly({ patient, share }: { patient: Address; share: Share }) {
  const stopping = useStopSharing(patient);
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">You allowed it earlier.</p>
      <button
        type="button"
        className="rounded-lg border border-slate-300 px-4 py-2 text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        disabled={stopping.busy}
        onClick={() => void stopping.stop(share)}
      >
        Stop allowing it
      </button>
      {stopping.error && <Notice tone="error">{stopping.error}</Notice>}
    </div>
  );
}

function Refused(props: {
  message: string;
  problems: InputProblem[];
  questions: InputProblem[];
  answers: Answers;
  onAnswer: (name: string, value: 0 | 1) => void;
  onRun: () => void;
  card: ModelCard;
}) {
  const others = props.problems.filter((p) => p.kind !== "ask");
  if (props.problems.length === 0) return <Notice tone="error">{props.message}</Notice>;
  return (
    <div className="space-y-3">
      {others.length > 0 && (
        <Notice tone="warning" title="It cannot give you a result">
          <ul className="list-disc pl-5">
            {others.map((p) => (
              <li key={p.name}>{p.message}</li>
            ))}
          </ul>
          Nothing was recorded: no records were read.
        </Notice>
      )}
      {props.questions.length > 0 && (
        <fieldset className="space-y-2 rounded-lg border border-slate-200 p-4 text-sm">
          <legend className="font-medium text-slate-900">It needs an answer from you</legend>
          {props.questions.map((q) => {
            const input = props.card.inputs.find((i) => i.name === q.name);
            const [yes, no] = q.name === "female" ? ["Female", "Male"] : ["Yes", "No"];
            return (
              <div key={q.name}>
                <p>{q.message}</p>
                <p className="font-medium">{input?.label}</p>
                <label className="mr-4">
                  <input
                    type="radio"
                    name={q.name}
                    checked={props.answers[q.name] === 1}
                    onChange={() => props.onAnswer(q.name, 1)}
                  />{" "}
                  {yes}
                </label>
                <label>
                  <input
                    type="radio"
                    name={q.name}
                    checked={props.answers[q.name] === 0}
                    onChange={() => props.onAnswer(q.name, 0)}
                  />{" "}
                  {no}
                </label>
              </div>
            );
          })}
          <PrimaryButton
            disabled={props.questions.some((q) => props.answers[q.name] === undefined)}
            onClick={props.onRun}
          >
            Run with my answers
          </PrimaryButton>
        </fieldset>
      )}
    </div>
  );
}

function Result({
  result,
  card,
}: {
  result: NonNullable<Extract<ReturnType<typeof useRunModel>["state"], { status: "done" }>>["result"];
  card: ModelCard;
}) {
  return (
    <div className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4" role="status">
      <p className="text-sm text-emerald-900">{card.output.label}</p>
      <p className="text-3xl font-bold text-emerald-950">{result.text}</p>
      <p className="text-sm text-slate-800">
        Of 100 people with these values, about {Math.max(1, Math.round(result.risk * 100))} would have it
        within 10 years.
        {bandOf(card, result.risk) ? ` The guideline calls this ${bandOf(card, result.risk)}.` : ""}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="text-left font-medium text-slate-900">What it used</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              Input
            </th>
            <th scope="col" className="pr-3">
              Value
            </th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {result.inputs.map((i) => (
            <tr key={i.name} className="align-top">
              <th scope="row" className="pr-3 font-normal">
                {i.label}
              </th>
              <td className="pr-3">{i.text}</td>
              <td>
                {i.from}
                {i.date && !i.from.includes(formatClinicalDate(i.date))
                  ? ` (${formatClinicalDate(i.date)})`
                  : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-700">
        Run by <bdi>{result.model.name}</bdi>, version {result.model.version}. It read your{" "}
        {result.receipt.byCategory
          .map((c) => `${CATEGORY_LABEL[c.category]} (${c.records} ${c.records === 1 ? "file" : "files"})`)
          .join(", ")}
        . The record of this run is on the blockchain (transaction{" "}
        <span className="break-all font-mono text-xs">{result.receipt.transactionHash}</span>): see it with
        every other read under{" "}
        <Link href="/sharing" className="text-brand-800 underline">
          My consents
        </Link>
        . The result is saved in your records under AI results.
      </p>
      <p className="text-xs text-slate-600">
        This is an estimate from the model's published equations, not a diagnosis: discuss it with a
        clinician.
      </p>
    </div>
  );
}
