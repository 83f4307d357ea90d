"use client";

import { AccountGate } from "./AccountGate";
import { AccountHome } from "./AccountHome";

/** Decides what the person sees first: connect, switch network, or their own home. */
export function HomeScreen() {
  return <AccountGate>{(address) => <AccountHome address={address} />}</AccountGate>;
}
