"use client";

import Link from "next/link";
import type { Address, Hex } from "viem";
import { keyFingerprint } from "@/lib/crypto/identity";
import { Card } from "./Notice";

export function KeyReadyCard({ address, publicKey }: { address: Address; publicKey: Hex }) {
  return (
    <Card title="Your encryption key is set up">
      <p>
        Your wallet can recreate your key whenever you need it, on any device, by signing the same message
        again. Keep your wallet safe: if you lose it, you lose access to your encrypted records.
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Key fingerprint</dt>
        <dd className="font-mono" data-testid="key-fingerprint">
          {keyFingerprint(publicKey)}
        </dd>
        <dt className="text-slate-500">Account</dt>
        <dd className="font-mono break-all">{address}</dd>
      </dl>
      <Link
        className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        href="/records"
      >
        Open your records
      </Link>
      <p className="text-sm text-slate-500">
        Good to know: the blockchain is public. Anyone can see that this account has a CareKeys key, and later
        whom you share with and when, but never what your records say.
      </p>
    </Card>
  );
}
