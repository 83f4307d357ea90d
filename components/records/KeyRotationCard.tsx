"use client";

import { useState } from "react";
import type { Address } from "viem";
import { keyFingerprint } from "@/lib/crypto/identity";
import { type RotationStep, useRotateIdentityKey } from "../hooks/useRotateIdentityKey";
import { useIdentityKey } from "../IdentityKeyContext";
import { Card, Notice, PrimaryButton } from "../Notice";

const STEPS: { id: RotationStep; label: string }[] = [
  { id: "sign-1", label: "Sign the new key message in your wallet" },
  { id: "sign-2", label: "Sign it once more, to check your wallet gives the same key every time" },
  { id: "keyring", label: "Re-encrypt your record keys for the new key and save them (one transaction)" },
  { id: "register", label: "Publish your new public key (one transaction)" },
];

const BUSY: RotationStep[] = ["sign-1", "sign-2", "keyring", "register"];

/**
 * The patient's encryption key: its fingerprint, and replacing it with a new one (after a
 * confirmation). Asks to act when the key predates keys bound to this site, or a replacement is
 * half done.
 */
export function KeyRotationCard({ patient }: { patient: Address }) {
  const { key, state } = useIdentityKey();
  const rotation = useRotateIdentityKey(patient);
  const [confirming, setConfirming] = useState(false);
  if (!key) return null;
  const busy = BUSY.includes(rotation.step);
  const current = STEPS.findIndex((s) => s.id === rotation.step);
  const mustAct = state === "legacy" || state === "unfinishedRotation";
  const title =
    state === "legacy"
      ? "Upgrade your encryption key"
      : state === "unfinishedRotation"
        ? "Finish replacing your encryption key"
        : "Your encryption key";
  const start = () => {
    setConfirming(false);
    void rotation.rotate();
  };
  return (
    <Card title={title}>
      {state === "legacy" && (
        <Notice tone="warning" title="Your key was made before keys were tied to this site">
          Any website that got one signature of the old key message could recreate it. Replace it now: your
          records stay readable, and the old key stops being used.
        </Notice>
      )}
      {state === "unfinishedRotation" && rotation.step !== "done" && (
        <Notice tone="warning" title="Your new key is not published yet">
          Your records already use your new key. Publish it so that the people you share with can find it (one
          transaction).
        </Notice>
      )}
      <p className="text-sm">
        Key fingerprint{" "}
        <span className="font-mono" data-testid="unlocked-key-fingerprint">
          {keyFingerprint(key.publicKeyHex)}
        </span>
        . Replace your key if you think someone else got a signature of your key message (for example, you
        signed it on another website). Your records stay readable and the people you share with keep their
        access.
      </p>
      {busy && (
        <ol className="space-y-1 text-sm">
          {STEPS.map((s, index) => (
            <li
              key={s.id}
              className={
                s.id === rotation.step
                  ? "font-semibold text-brand-900"
                  : index < current
                    ? "text-emerald-700"
                    : ""
              }
            >
              {index < current ? "✓" : `${index + 1}.`} {s.label}
            </li>
          ))}
        </ol>
      )}
      {rotation.step === "done" && <Notice tone="success" title="Your encryption key was replaced" />}
      {rotation.error && (
        <Notice tone="error" title="Your key was not replaced">
          {rotation.error}
        </Notice>
      )}
      {confirming && !mustAct ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            Your wallet will ask for two signatures and two transactions. Keep your wallet: the new key is
            made from it, like the old one.
          </p>
          <div className="flex gap-3">
            <PrimaryButton onClick={start}>Yes, replace my key</PrimaryButton>
            <button
              type="button"
              className="font-medium text-brand-700 underline"
              onClick={() => setConfirming(false)}
            >
              Keep my current key
            </button>
          </div>
        </div>
      ) : (
        <PrimaryButton disabled={busy} onClick={() => (mustAct ? start() : setConfirming(true))}>
          {busy
            ? "Check your wallet..."
            : state === "unfinishedRotation"
              ? "Publish my new key"
              : state === "legacy"
                ? "Upgrade my key"
                : "Replace my encryption key"}
        </PrimaryButton>
      )}
    </Card>
  );
}
