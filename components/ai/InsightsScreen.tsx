"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { type Address, isAddressEqual } from "viem";
import { bandOf, categoriesOf, type ModelCard } from "@/lib/ai/card";
import type { Answers, InputProblem } from "@/lib/ai/inputs";
import { formatClinicalDate, formatDay } from "@/lib/clinical/dates";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { listInWords, type Share, UNTIL_REVOKED } from "@/lib/sharing/grants";
import { AccountGate } from "../AccountGate";
import { useAppConfig } from "../AppConfigContext";
import { useGrantAccess } from "../hooks/useGrantAccess";
import { useShares } from "../hooks/useShares";
import { useStopSharing } from "../hooks/useStopSharing";
import { Card, Notice, PrimaryButton } from "../Notice";
import { PatientKeyGate } from "../PatientKeyGate";
import { VerifiedBadge } from "../sharing/VerifiedBadge";
import { OnDeviceRun } from "./OnDeviceRun";
import { type RegisteredModel, useModels } from "./useModels";
import { useRunModel } from "./useRunModel";

/** "AI insights": the registered models, the patient's consent to each, running one, its result. */
export function InsightsScreen() {
  return (
    <AccountGate>
      {(address) => (
        <PatientKeyGate
          patient={address}
          forParticipants={{
            title: "This page is for patients",
            text: "Patients choose here which AI models may run on their records.",
          }}
          setUpFirst="Allowing a model gives it keys to some of your records, so your own key comes first. Set it up on your home page."
          unlock={{
            title: "Unlock your records to use AI insights",
            why: "Allowing a model needs it to give the model the keys to the records it reads.",
          }}
        >
          <Insights patient={address} />
        </PatientKeyGate>
      )}
    </AccountGate>
  );
}

function Insights({ patient }: { patient: Address }) {
  const models = useModels();
  const shares = useShares(patient);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">AI insights</h1>
      <p className="text-slate-700">
        A model runs on your records only if you allow it, for the kinds of record it needs. You, or a
        clinician you share all those kinds with for your treatment, can then run it. Every run is recorded on
        the blockchain with the records it read, and its result is added to your records (encrypted for you;
        shown also to the clinician who asked for it).
      </p>
      {models.isPending && <p className="text-slate-600">Looking for registered models…</p>}
      {models.isError && (
        <Notice tone="error" title="The models could not be listed">
          The blockchain did not answer. Reload the page in a moment.
        </Notice>
      )}
      {models.data?.length === 0 && <p className="text-slate-600">No AI model is registered yet.</p>}
      {models.data?.map((model) => (
        <ModelSection
          key={model.entry.address}
          patient={patient}
          model={model}
          share={shares.data?.find((s) => isAddressEqual(s.grantee, model.entry.address))}
          copies={
            model.entry.verified
              ? undefined
              : models.data?.find(
                  (other) =>
                    other.entry.verified &&
                    other.entry.name.trim().toLowerCase() === model.entry.name.trim().toLowerCase(),
                )?.entry.name
          }
        />
      ))}
    </div>
  );
}

function ModelSection({
  patient,
  model,
  share,
  copies,
}: {
  patient: Address;
  model: RegisteredModel;
  share?: Share;
  /** A verified model whose name this unverified one repeats. */
  copies?: string;
}) {
  const { entry } = model;
  const { modelRunners } = useAppConfig();
  const runHere = modelRunners.some((address) => isAddressEqual(address, entry.address));
  if (!model.card) {
    return (
      <Card title={entry.name}>
        <Notice tone="warning">{model.problem}</Notice>
      </Card>
    );
  }
  const card = model.card;
  const allowed = share?.status === "active" && share.purposes.includes("aiInference");
  return (
    <section
      aria-label={entry.name}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 className="text-xl font-semibold text-slate-900">
        <bdi>{entry.name}</bdi> <VerifiedBadge verified={entry.verified} />
      </h2>
      {copies && (
        <Notice tone="warning" title="Not the model it is named after">
          A verified model is registered under the same name. This entry is a different account that no
          verifier has checked.
        </Notice>
      )}
      <ModelCardView card={card} entry={entry} />
      {!runHere ? (
        <Notice tone="info">
          This CareKeys server does not run this model, so it cannot run on your records here, and you are not
          asked to give it any keys.
        </Notice>
      ) : allowed ? (
        <Allowed patient={patient} entry={entry} card={card} share={share} />
      ) : (
        <AllowForm patient={patient} entry={entry} card={card} share={share} />
      )}
      {!runHere && share?.status === "active" && <StopOnly patient={patient} share={share} />}
      {card.runsOnDevice && <OnDeviceRun patient={patient} entry={entry} card={card} />}
    </section>
  );
}

function ModelCardView({ card, entry }: { card: ModelCard; entry: DirectoryEntry }) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>{card.intendedUse}</p>
      <details>
        <summary className="cursor-pointer font-medium text-brand-800">
          What it reads, its limits, and its identity
        </summary>
        <div className="mt-2 space-y-2">
          <p>It reads:</p>
          <ul className="list-disc pl-6">
            {card.inputs.map((input) => (
              <li key={input.name}>
                {input.label} (from your {CATEGORY_LABEL[input.category]}
                {input.range ? `; made for ${input.range[0]}–${input.range[1]}` : ""})
              </li>
            ))}
          </ul>
          <p>Limitations:</p>
          <ul className="list-disc pl-6">
            {card.limitations.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p>Source: {card.reference}</p>
          <p className="break-all text-xs text-slate-500">
            Version {entry.modelVersion ?? card.version}; model file {entry.artifactCid}; model card{" "}
            {entry.profileCid}. A new version is a new model: it needs your permission again.
          </p>
        </div>
      </details>
    </div>
  );
}

function AllowForm({
  patient,
  entry,
  card,
  share,
}: {
  patient: Address;
  entry: DirectoryEntry;
  card: ModelCard;
  share?: Share;
}) {
  const { grant, step, error, busy } = useGrantAccess(patient);
  const [once, setOnce] = useState(false);
  const kinds = listInWords(categoriesOf(card).map((c) => CATEGORY_LABEL[c]));
  const name = useId();
  const previously =
    share?.status === "used"
      ? "You allowed it once, and it has run."
      : share && share.status !== "active"
        ? "Your earlier permission has ended."
        : share?.status === "active"
          ? "You allowed it for other purposes, not to run on your records."
          : null;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void grant(entry, {
          categories: categoriesOf(card),
          purposes: ["aiInference"],
          expiresAt: UNTIL_REVOKED,
          oneShot: once,
          allowUnverified: !entry.verified,
        });
      }}
    >
      {previously && <p className="text-sm text-slate-600">{previously}</p>}
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium text-slate-900">Allow it to run on your {kinds}?</legend>
        <label className="flex gap-2">
          <input type="radio" name={name} checked={!once} onChange={() => setOnce(false)} />
          Each time I press Run, until I stop it
        </label>
        <label className="flex gap-2">
          <input type="radio" name={name} checked={once} onChange={() => setOnce(true)} />
          Once: my permission ends with its first run
        </label>
      </fieldset>
      {!entry.verified && (
        <Notice tone="warning">
          No CareKeys verifier has checked this model. Allow it only if you know who runs it.
        </Notice>
      )}
      <p className="text-sm text-slate-600">
        It gets the keys to your {kinds} (not other kinds), for running this model only, not for training
        models.
      </p>
      <PrimaryButton type="submit" disabled={busy}>
        {busy
          ? step === "transaction"
            ? "Confirm in your wallet…"
            : "Preparing…"
          : "Allow (one transaction)"}
      </PrimaryButton>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}

function Allowed({
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

function StopOnly({ patient, share }: { patient: Address; share: Share }) {
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
