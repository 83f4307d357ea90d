"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import Link from "next/link";
import { WrongOriginBanner } from "./WrongOriginBanner";

export function AppHeader() {
  return (
    <>
      <WrongOriginBanner />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <nav className="flex items-center gap-6">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
              <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-brand-700" />
              CareKeys
            </Link>
            <Link href="/records" className="font-medium text-slate-700 hover:text-brand-900">
              Records
            </Link>
          </nav>
          <ConnectButton showBalance={false} chainStatus="icon" accountStatus="address" />
        </div>
      </header>
    </>
  );
}
