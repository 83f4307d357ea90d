"use client";

import { type Address, isAddressEqual } from "viem";
import type { Share } from "@/lib/sharing/grants";
import { AccountGate } from "../AccountGate";
import { useAppConfig } from "../AppConfigContext";
import { useShares } from "../hooks/useShares";
import { Card, Notice } from "../Notice";
import { PatientKeyGate } from "../PatientKeyGate";
import { VerifiedBadge } from "../sharing/VerifiedBadge";
import { AllowForm } from "./AllowForm";
import { ModelCardView } from "./ModelCardView";
import { OnDeviceRun } from "./OnDeviceRun";
import { Allowed, StopOnly } from "./RunModel";
import { type RegisteredModel, useModels } from "./useModels";

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
