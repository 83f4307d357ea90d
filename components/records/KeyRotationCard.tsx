"use client";

import type { Address } from "viem";
import { keyFingerprint } from "@/lib/crypto/identity";
import { type RotationStep, useRotateIdentityKey } from "../hooks/useRotateIdentityKey";
import { useIdentityKey } from "../IdentityKeyContext";
import { Card, Notice, PrimaryButton } from "../Notice";

const STEPS: { id: RotationStep; label: string }[] = [
  { id: "sign-1", label: "Sign the new key message in your wallet" },
  { id: "sign-2", label: "Sign it once more, to check your wallet gives the same key every time" },
  { id: "keyring", label: "Re-encrypt your record keys for the new key and publish them (one transaction)" },
  { id: "register", label: "Publish your new public key (one transaction)" },
];

const BUSY: RotationStep[] = ["sign-1", "sign-2", "keyring", "register"];

/**
 * The patient's encryption key: its fingerprint, and replacing it with a new one. Shown as a
 * request to act when the key predates keys bound to this site, or a replacement is half done.
 */
export function KeyRotationCard({ patient }: { patient: Address }) {
  const { key, state } = useIdentityKey();
  const rotation = useRotateIdentityKey(patient);
  if (!key) return null;
  const busy = BUSY.includes(rotation.step);
  const current = STEPS.findIndex((s) => s.id === rotation.step);
  const title =
    state === "legacy"
      ? "Upgrade your encryption key"
      : state === "unfinishedRotation"
        ? "Finish replacing your encryption key"
        : "Your encryption key";
  return (
    <Card title={title}>
      {state === "legacy" && (
        <Notice tone="warning" title="Your key was made before keys were tied to this site">
          Any website that got one signature of the old key message could recreate it. Replace it now: your
          records stay readable, and the old key stops being used.
        </Notice>
      )}
      {state === "unfinishedRotation" && (
        <Notice tone="warning" title="Your new key is not published yet">
          Your records already use your new key. Publish it in the directory so that people you share with can
          find it (one transaction).
        </Notice>
      )}
      <p className="text-sm">
        Key fingerprint{" "}
        <span className="font-mono" data-testid="unlocked-key-fingerprint">
          {keyFingerprint(key.publicKeyHex)}
        </span>{" "}
        (key version {key.version}). Replace it if you think someone else got a signature of your key message.
        Your records stay readable; the people you share with keep their access.
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
      <PrimaryButton disabled={busy} onClick={() => void rotation.rotate()}>
        {busy
          ? "Check your wallet..."
          : state === "unfinishedRotation"
            ? "Publish my new key"
            : state === "legacy"
              ? "Upgrade my key"
              : "Replace my encryption key"}
      </PrimaryButton>
    </Card>
  );
}
