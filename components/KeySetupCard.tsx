"use client";

import { type KeySetupStep, useSetUpEncryptionKey } from "./hooks/useSetUpEncryptionKey";
import { Card, Notice, PrimaryButton } from "./Notice";

const STEPS: { id: KeySetupStep; label: string }[] = [
  { id: "sign-1", label: "Sign the key message in your wallet" },
  { id: "sign-2", label: "Sign it once more, to check your wallet gives the same key every time" },
  { id: "register", label: "Publish your public key (one transaction)" },
];

export function KeySetupCard() {
  const setup = useSetUpEncryptionKey();
  const busy = setup.step === "sign-1" || setup.step === "sign-2" || setup.step === "register";
  const current = STEPS.findIndex((s) => s.id === setup.step);
  return (
    <Card title="Set up your encryption key">
      <p>
        Your records are encrypted on this device with a key made from your wallet's signature. Nobody else,
        not even CareKeys, can make this key. Only its public half is published, so that the people you choose
        can share with you.
      </p>
      <ol className="space-y-1 text-sm">
        {STEPS.map((s, index) => {
          const done = setup.step === "done" || (current > index && setup.step !== "error");
          const active = s.id === setup.step;
          return (
            <li
              key={s.id}
              className={active ? "font-semibold text-brand-900" : done ? "text-emerald-700" : ""}
            >
              {done ? "✓" : `${index + 1}.`} {s.label}
              {active &&
                setup.step === "register" &&
                setup.transactionStatus === "pending" &&
                " (waiting for the network)"}
            </li>
          );
        })}
      </ol>
      {setup.error && (
        <Notice tone="error" title="Your key was not set up">
          {setup.error}
        </Notice>
      )}
      <PrimaryButton disabled={busy} onClick={() => void setup.start()}>
        {busy ? "Check your wallet..." : setup.step === "error" ? "Try again" : "Set up your encryption key"}
      </PrimaryButton>
    </Card>
  );
}
