import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SESSION_SECRET_MISSING } from "@/lib/auth/http";
import { newSession, sessionCookie } from "@/lib/auth/session";
import { signInThroughRoutes, verifyRequest } from "@/lib/auth/testing";
import { KEY_MESSAGE_REFUSED } from "@/lib/auth/verifySignIn";
import { keyMessage } from "@/lib/crypto/keyMessage";
import { startAnvil } from "@/lib/testing/anvil";
import { GET as nonceRoute } from "./nonce/route";
import { GET as sessionRoute } from "./session/route";
import { POST as signOutRoute } from "./signout/route";
import { POST as verifyRoute } from "./verify/route";

const ORIGIN = "http://127.0.0.1:23150";
const SECRET = "route-test-secret-0123456789abcdefghijklmnop";
const account = privateKeyToAccount(generatePrivateKey());

const signIn = () =>
  signInThroughRoutes({ account, origin: ORIGIN, chainId: 31337, getNonce: nonceRoute, verify: verifyRoute });
const session = (cookie?: string) =>
  sessionRoute(new Request(`${ORIGIN}/api/auth/session`, { headers: cookie ? { cookie } : {} }));
const signOut = (headers: Record<string, string> = {}) =>
  signOutRoute(
    new Request(`${ORIGIN}/api/auth/signout`, { method: "POST", headers: { origin: ORIGIN, ...headers } }),
  );

describe("the sign-in routes", () => {
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  beforeAll(async () => {
    chain = await startAnvil();
  });
  afterAll(() => chain?.stop());
  beforeEach(() => {
    Object.assign(process.env, { APP_ORIGIN: ORIGIN, SESSION_SECRET: SECRET, RPC_URL: chain.rpcUrl });
    delete process.env.SESSION_IDLE_MINUTES;
  });

  it("sign in with a nonce and a signed message, see the session, sign out", async () => {
    const nonce = await nonceRoute();
    expect(nonce.headers.get("cache-control")).toBe("no-store");
    expect((await nonce.json()).nonce).toMatch(/^[0-9a-f]{32}$/);

    const { cookie, response } = await signIn();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ address: account.address });
    expect(response.headers.get("set-cookie")).toMatch(
      /^carekeys-session=Fe26\.2\*[^;]+; Path=\/; Max-Age=1800; HttpOnly; SameSite=Strict$/,
    );

    const signedIn = await session(cookie);
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).address).toBe(account.address);
    // Reading the session is not activity: a page on another port could make the browser ask.
    expect(signedIn.headers.get("set-cookie")).toBeNull();

    const out = await signOut({ cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toBe(
      "carekeys-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict",
    );
    const none = await session();
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "You are not signed in." });
  });

  it("refuses a replayed sign-in (the same message and signature again)", async () => {
    const { message, signature } = await signIn();
    const replay = await verifyRoute(verifyRequest(ORIGIN, { message, signature }));
    expect(replay.status).toBe(401);
    expect(replay.headers.get("set-cookie")).toBeNull();
    expect((await replay.json()).error).toMatch(/already used/);
  });

  it("refuses the identity-key message with a sentence saying why, and starts no session", async () => {
    const message = keyMessage({ origin: ORIGIN, chainId: 31337, address: account.address }, 2);
    const response = await verifyRoute(
      verifyRequest(ORIGIN, { message, signature: await account.signMessage({ message }) }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toEqual({ error: KEY_MESSAGE_REFUSED });
  });

  it("refuses malformed bodies with 400, and requests from another origin with 403", async () => {
    const huge = { message: "x".repeat(70_000), signature: "0x00" };
    for (const body of [{}, { message: "x" }, { message: "x", signature: "not hex" }, "just text", huge]) {
      const response = await verifyRoute(verifyRequest(ORIGIN, body));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/^Send the sign-in message and its signature/);
    }
    const { nonce } = await (await nonceRoute()).json();
    const foreign = await verifyRoute(
      verifyRequest(ORIGIN, { message: nonce, signature: "0x00" }, { origin: "http://127.0.0.1:9999" }),
    );
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error).toMatch(/came from http:\/\/127\.0\.0\.1:9999/);
    expect((await signOut({ origin: "http://evil.example" })).status).toBe(403);
  });

  it("ends a session idle for longer than SESSION_IDLE_MINUTES, and removes its cookie", async () => {
    process.env.SESSION_IDLE_MINUTES = "5";
    const settings = { secret: SECRET, idleMs: 5 * 60_000, maxMs: 12 * 3_600_000, secure: false };
    const now = Date.now();
    const idle = { ...newSession(account.address, now - 20 * 60_000), lastSeenAt: now - 6 * 60_000 };
    const cookie = (await sessionCookie(idle, settings, now)).split(";")[0];
    const response = await session(cookie);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: "Your sign-in ended after 5 minutes without activity.",
    });
    expect(response.headers.get("set-cookie")).toMatch(/^carekeys-session=; Path=\/; Max-Age=0;/);
  });

  it("answers 503 naming SESSION_SECRET on every route when it is not set", async () => {
    delete process.env.SESSION_SECRET;
    const { message, signature } = { message: "x", signature: "0x00" };
    for (const response of [
      await nonceRoute(),
      await verifyRoute(verifyRequest(ORIGIN, { message, signature })),
      await session(),
      await signOut(),
    ]) {
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: SESSION_SECRET_MISSING });
    }
    process.env.SESSION_SECRET = "too short";
    const short = await nonceRoute();
    expect(short.status).toBe(503);
    expect((await short.json()).error).toMatch(/SESSION_SECRET: must be at least 32 characters/);
  });
});
