"use client";

import { useMemo, useState } from "react";
import { type Address, isAddressEqual } from "viem";
import { categoriesOf, type ModelCard } from "@/lib/ai/card";
import type { Answers, InputRecord } from "@/lib/ai/inputs";
import { type OnDeviceResult, runOnDevice } from "@/lib/ai/onDevice";
import { percentText } from "@/lib/ai/percent";
import { fetchVerified } from "@/lib/ipfs/car";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { useAppConfig } from "../AppConfigContext";
import { useAnchoredRecords } from "../hooks/useAnchoredRecords";
import { useDecryptedRecords } from "../hooks/useDecryptedRecords";
import { Notice, PrimaryButton } from "../Notice";

/** "Run on this device": offered for a model whose card allows it. */
export function OnDeviceRun({
  patient,
  entry,
  card,
}: {
  patient: Address;
  entry: DirectoryEntry;
  card: ModelCard;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-4">
      <p className="text-sm text-slate-700">
        Or run it on this device: it runs in this browser tab, on your records decrypted here. Nothing is sent
        anywhere, no permission is given and nothing is recorded; the result is shown here only.
      </p>
      {open ? (
        <DeviceRunner patient={patient} entry={entry} card={card} />
      ) : (
        <button
          type="button"
          className="rounded-lg border border-slate-300 px-4 py-2 text-slate-800 hover:bg-slate-50"
          onClick={() => setOpen(true)}
        >
          Run on this device
        </button>
      )}
    </div>
  );
}

function DeviceRunner({
  patient,
  entry,
  card,
}: {
  patient: Address;
  entry: DirectoryEntry;
  card: ModelCard;
}) {
  const app = useAppConfig();
  const anchored = useAnchoredRecords(patient);
  const kinds = categoriesOf(card);
  const own = useMemo(
    () =>
      anchored.data?.filter(
        (r) => r.category && kinds.includes(r.category) && isAddressEqual(r.author, patient),
      ),
    [anchored.data, kinds, patient],
  );
  const decrypted = useDecryptedRecords(patient, own);
  const [answers, setAnswers] = useState<Answers>({});
  const [state, setState] = useState<
    | { step: "idle" }
    | { step: "running" }
    | { step: "done"; result: OnDeviceResult }
    | { step: "error"; message: string }
  >({ step: "idle" });
  const ready = own !== undefined && decrypted.done >= decrypted.total;

  const run = async () => {
    setState({ step: "running" });
    try {
      const records: InputRecord[] = decrypted.read.flatMap((r) =>
        r.kind === "fhir" ? [{ name: r.source.name, resources: r.resources }] : [],
      );
      const artifact = await fetchVerified(app.ipfsGatewayUrl, entry.artifactCid!);
      setState({
        step: "done",
        result: await runOnDevice({ card, artifact, records, answers, asOf: new Date() }),
      });
    } catch (error) {
      setState({ step: "error", message: `The model could not run here: ${(error as Error).message}` });
    }
  };

  const result = state.step === "done" ? state.result : null;
  const questions = result && !result.inputs.ok ? result.inputs.problems.filter((p) => p.kind === "ask") : [];
  const others = result && !result.inputs.ok ? result.inputs.problems.filter((p) => p.kind !== "ask") : [];
  return (
    <div className="space-y-3" data-testid="on-device">
      {!ready ? (
        <p className="text-sm text-slate-600">
          Decrypting your records on this device ({decrypted.done} of {decrypted.total || "…"})…
        </p>
      ) : (
        <PrimaryButton disabled={state.step === "running"} onClick={() => void run()}>
          {state.step === "running" ? "Running on this device…" : "Compute on this device"}
        </PrimaryButton>
      )}
      {state.step === "error" && <Notice tone="error">{state.message}</Notice>}
      {others.length > 0 && (
        <Notice tone="warning" title="It cannot give you a result">
          <ul className="list-disc pl-5">
            {others.map((p) => (
              <li key={p.name}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {questions.map((q) => (
        <fieldset key={q.name} className="text-sm">
          <legend>{q.message}</legend>
          {(q.name === "female" ? ["Female", "Male"] : ["Yes", "No"]).map((label, i) => (
            <label key={label} className="mr-4">
              <input
                type="radio"
                name={`device-${q.name}`}
                checked={answers[q.name] === (i === 0 ? 1 : 0)}
                onChange={() => setAnswers((all) => ({ ...all, [q.name]: i === 0 ? 1 : 0 }))}
              />{" "}
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      {result?.risk !== undefined && result.inputs.ok && (
        <div role="status" className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <p className="text-sm text-emerald-900">{card.output.label} (computed on this device)</p>
          <p className="text-3xl font-bold text-emerald-950">{percentText(result.risk)}</p>
          <ul className="text-sm">
            {result.inputs.inputs.map((i) => (
              <li key={i.name}>
                {i.label}: {i.text} — {i.from}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">Nothing was sent or recorded. This is not a diagnosis.</p>
        </div>
      )}
    </div>
  );
}
