import { privateKeyToAddress } from "viem/accounts";
import { describe, expect, it } from "vitest";
import {
  clearedSessionCookie,
  newSession,
  readSession,
  type SessionSettings,
  sessionCookie,
  sessionCookieName,
} from "./session";

const settings: SessionSettings = {
  secret: "a-test-secret-that-is-at-least-32-characters",
  idleMs: 30 * 60_000,
  maxMs: 12 * 3_600_000,
  secure: false,
};
const address = privateKeyToAddress("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const t0 = Date.now();
const minutes = (n: number) => n * 60_000;

/** The Cookie request header a browser sends back for a Set-Cookie value. */
const asCookie = (setCookie: string) => setCookie.split(";")[0];

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Strict, on every path, and lives as long as the idle limit", async () => {
    const value = await sessionCookie(newSession(address, t0), settings, t0);
    expect(value).toMatch(/^carekeys-session=Fe26\.2\*/);
    expect(value.split("; ").slice(1)).toEqual(["Path=/", "Max-Age=1800", "HttpOnly", "SameSite=Strict"]);
    expect(value).not.toContain(address.slice(2, 10)); // sealed: the content is not readable
  });

  it("is Secure, with the __Host- prefix, when the app is served over https", async () => {
    const https = { ...settings, secure: true };
    const value = await sessionCookie(newSession(address, t0), https, t0);
    expect(sessionCookieName(https)).toBe("__Host-carekeys-session");
    expect(value).toMatch(/^__Host-carekeys-session=.*; Secure$/);
    expect(clearedSessionCookie(https)).toBe(
      "__Host-carekeys-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure",
    );
  });

  it("reads back the account, sign-in time and last-seen time", async () => {
    const session = newSession(address, t0);
    const cookie = asCookie(await sessionCookie(session, settings, t0));
    expect(await readSession(`other=1; ${cookie}`, settings, t0 + minutes(5))).toEqual({
      status: "active",
      session,
    });
    expect(await readSession(null, settings, t0)).toEqual({ status: "none" });
    expect(await readSession("other=1", settings, t0)).toEqual({ status: "none" });
  });

  it("is refused when changed, sealed under another secret, or not a seal at all", async () => {
    const cookie = asCookie(await sessionCookie(newSession(address, t0), settings, t0));
    const flipped = cookie.slice(0, -10) + (cookie.at(-10) === "A" ? "B" : "A") + cookie.slice(-9);
    expect(await readSession(flipped, settings, t0)).toEqual({ status: "invalid" });
    const otherSecret = { ...settings, secret: "another-secret-that-is-at-least-32-chars" };
    expect(await readSession(cookie, otherSecret, t0)).toEqual({ status: "invalid" });
    expect(await readSession("carekeys-session=hello", settings, t0)).toEqual({ status: "invalid" });
  });

  it("ends after the idle limit without use, and a use in between moves that limit", async () => {
    const session = newSession(address, t0);
    const cookie = asCookie(await sessionCookie(session, settings, t0));
    expect((await readSession(cookie, settings, t0 + minutes(29))).status).toBe("active");
    expect(await readSession(cookie, settings, t0 + minutes(30))).toEqual({ status: "idle" });

    const touched = asCookie(await sessionCookie({ ...session, lastSeenAt: t0 + minutes(29) }, settings, t0));
    expect((await readSession(touched, settings, t0 + minutes(58))).status).toBe("active");
    expect((await readSession(touched, settings, t0 + minutes(59))).status).toBe("idle");
  });

  it("ends at the absolute limit after sign-in, however active, and the cookie never outlives it", async () => {
    const lastSeen = t0 + settings.maxMs - minutes(1);
    const cookie = await sessionCookie(
      { ...newSession(address, t0), lastSeenAt: lastSeen },
      settings,
      lastSeen,
    );
    expect(cookie).toContain("Max-Age=60;");
    expect((await readSession(asCookie(cookie), settings, lastSeen)).status).toBe("active");
    expect(await readSession(asCookie(cookie), settings, t0 + settings.maxMs)).toEqual({ status: "expired" });
  });

  it("uses the configured limits", async () => {
    const short = { ...settings, idleMs: 5_000, maxMs: 60_000 };
    const cookie = asCookie(await sessionCookie(newSession(address, t0), short, t0));
    expect((await readSession(cookie, short, t0 + 4_999)).status).toBe("active");
    expect((await readSession(cookie, short, t0 + 5_000)).status).toBe("idle");
  });
});
