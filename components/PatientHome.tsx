"use client";

import type { Address } from "viem";
import { describeError } from "@/lib/contracts/errors";
import { usePatientKey } from "./hooks/usePatientKey";
import { KeyReadyCard } from "./KeyReadyCard";
import { KeySetupCard } from "./KeySetupCard";
import { Notice } from "./Notice";

export function PatientHome({ address }: { address: Address }) {
  const patientKey = usePatientKey(address);
  if (patientKey.isPending) return <p className="text-slate-500">Checking your encryption key...</p>;
  if (patientKey.error) {
    return (
      <Notice tone="error" title="CareKeys could not check your encryption key">
        {describeError(patientKey.error)}
      </Notice>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Your CareKeys</h1>
      {patientKey.key ? <KeyReadyCard address={address} publicKey={patientKey.key} /> : <KeySetupCard />}
    </div>
  );
}
