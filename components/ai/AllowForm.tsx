"use client";

import { useId, useState } from "react";
import type { Address } from "viem";
import { categoriesOf, type ModelCard } from "@/lib/ai/card";
import { CATEGORY_LABEL } from "@/lib/consent/codes";
import type { DirectoryEntry } from "@/lib/sharing/directory";
import { listInWords, type Share, UNTIL_REVOKED } from "@/lib/sharing/grants";
import { useGrantAccess } from "../hooks/useGrantAccess";
import { Notice, PrimaryButton } from "../Notice";

/** Allowing a model to run on the kinds of record its card needs: each time until stopped, or once. */
export function AllowForm({
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
