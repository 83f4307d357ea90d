import { sealData, unsealData } from "iron-session";
import { type Address, getAddress, isAddress } from "viem";
import { z } from "zod";

/**
 * The sign-in session: a cookie sealed with iron-session (AES-256-CBC + HMAC-SHA256 under
 * `SESSION_SECRET`), so the server keeps no session state and the browser can neither read
 * nor change it. HttpOnly (scripts cannot read it), SameSite=Strict (no other site's page can
 * send it), Secure on https. It ends after `idleMs` without use or `maxMs` after sign-in,
 * whichever comes first; both are checked here (the seal's own expiry, `maxMs` after it was
 * written, is only a second guard).
 *
 * Stateless means a copied cookie stays valid until one of those limits; signing out removes
 * it from this browser only.
 */

export type SessionData = {
  address: Address;
  /** Milliseconds since the epoch. */
  signedInAt: number;
  lastSeenAt: number;
};

export type SessionSettings = {
  /** At least 32 characters. */
  secret: string;
  idleMs: number;
  maxMs: number;
  /** Cookie with `Secure` (and the `__Host-` name prefix): the app is served over https. */
  secure: boolean;
};

export type SessionState =
  | { status: "active"; session: SessionData }
  | { status: "none" | "invalid" | "idle" | "expired" };

const sealed = z.object({
  address: z.string().refine((value) => isAddress(value), "not an address"),
  signedInAt: z.number().int().nonnegative(),
  lastSeenAt: z.number().int().nonnegative(),
});

export function sessionCookieName(settings: Pick<SessionSettings, "secure">): string {
  return settings.secure ? "__Host-carekeys-session" : "carekeys-session";
}

/** A new session for `address`, signed in at `now`. */
export function newSession(address: Address, now: number): SessionData {
  return { address: getAddress(address), signedInAt: now, lastSeenAt: now };
}

/** The session from a request's `Cookie` header, checked against the clock `now`. */
export async function readSession(
  cookieHeader: string | null,
  settings: SessionSettings,
  now: number,
): Promise<SessionState> {
  const seal = cookieValue(cookieHeader, sessionCookieName(settings));
  if (!seal) return { status: "none" };
  const data = await unsealData(seal, { password: settings.secret, ttl: sealTtlSeconds(settings) }).catch(
    () => null, // a cookie that is not a seal at all
  );
  const parsed = sealed.safeParse(data);
  if (!parsed.success) return { status: "invalid" };
  const session = { ...parsed.data, address: getAddress(parsed.data.address) };
  if (now - session.signedInAt >= settings.maxMs || session.signedInAt > now + 60_000)
    return { status: "expired" };
  if (now - session.lastSeenAt >= settings.idleMs) return { status: "idle" };
  return { status: "active", session };
}

/** The `Set-Cookie` header value that stores `session` (seen at `now`). */
export async function sessionCookie(session: SessionData, settings: SessionSettings, now: number) {
  const seal = await sealData(session, { password: settings.secret, ttl: sealTtlSeconds(settings) });
  const remaining = Math.min(settings.idleMs, session.signedInAt + settings.maxMs - now);
  return serialize(settings, seal, Math.max(0, Math.floor(remaining / 1000)));
}

/** The `Set-Cookie` header value that removes the session cookie. */
export function clearedSessionCookie(settings: SessionSettings): string {
  return serialize(settings, "", 0);
}

function serialize(settings: SessionSettings, value: string, maxAgeSeconds: number): string {
  return [
    `${sessionCookieName(settings)}=${value}`,
    "Path=/",
    `Max-Age=${maxAgeSeconds}`,
    "HttpOnly",
    "SameSite=Strict",
    ...(settings.secure ? ["Secure"] : []),
  ].join("; ");
}

function sealTtlSeconds(settings: SessionSettings): number {
  return Math.ceil(settings.maxMs / 1000);
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}
