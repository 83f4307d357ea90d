"use client";
import type { ModelCard } from "@/lib/ai/card";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { DirectoryEntry } from "@/lib/sharing/directory";

/** A model's card as a patient reads it: what it is for, what it reads, its limits and identity. */
export function ModelCardView({ card, entry }: { card: ModelCard; entry: DirectoryEntry }) {
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
