"use client";

import { useQuery } from "@tanstack/react-query";
import { type Address, getAddress } from "viem";

export const SIGN_IN_SESSION_KEY = ["carekeys", "sign-in session"] as const;

export type SignInSession = { address: Address } | null;

/** Who the server says is signed in (its session cookie), or null. */
async function fetchSignInSession(): Promise<SignInSession> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`The sign-in could not be checked (HTTP ${response.status}).`);
  const { address } = (await response.json()) as { address: string };
  return { address: getAddress(address) };
}

/**
 * The server's sign-in session, asked on load and when the window regains focus (so a session
 * that ended while the person was away shows as signed out). Refetched after sign-in and
 * sign-out by the authentication adapter, and after an upload is refused for want of one.
 */
export function useSignInSession() {
  return useQuery({
    queryKey: SIGN_IN_SESSION_KEY,
    queryFn: fetchSignInSession,
    staleTime: 60_000,
    retry: false,
  });
}
