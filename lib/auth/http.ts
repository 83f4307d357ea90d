import { type Address, createPublicClient, http } from "viem";
import { loadServerConfig, type ServerConfig } from "../config/server";
import { BodyTooLarge, readBounded } from "../ipfs/bounded";
import { localChain } from "../wallet/localAccountWallet";
import {
  clearedSessionCookie,
  readSession,
  type SessionData,
  type SessionSettings,
  type SessionState,
  sessionCookie,
} from "./session";

/**
 * What the route handlers share: answers as JSON `{ error: "<sentence>" }`, the configuration
 * check (no `SESSION_SECRET`, no sign-in: 503 naming it), the origin check for requests that
 * change something, and the session check that also refreshes the session's last-seen time.
 * Web-standard Request and Response only, so route tests call the handlers directly.
 */

export const SESSION_SECRET_MISSING =
  "Sign-in is not available: this server has no SESSION_SECRET (at least 32 random characters) in its environment.";

export function errorResponse(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store", ...headers } });
}

export type AuthConfig = { config: ServerConfig; settings: SessionSettings };

/** The configuration with the session settings, or the 503 answer that says what is missing. */
export function authConfig(): AuthConfig | Response {
  let config: ServerConfig;
  try {
    config = loadServerConfig();
  } catch (error) {
    return errorResponse(503, error instanceof Error ? error.message : String(error));
  }
  if (!config.SESSION_SECRET) return errorResponse(503, SESSION_SECRET_MISSING);
  return {
    config,
    settings: {
      secret: config.SESSION_SECRET,
      idleMs: config.SESSION_IDLE_MINUTES * 60_000,
      maxMs: config.SESSION_MAX_HOURS * 3_600_000,
      secure: new URL(config.APP_ORIGIN).protocol === "https:",
    },
  };
}

/**
 * Refuses a request that changes something when a page of another origin sent it. The cookie's
 * SameSite=Strict already keeps other sites out, but another port or subdomain of the same
 * site (same-site, cross-origin) would still send it.
 */
export function foreignOrigin(request: Request, appOrigin: string): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null || origin === appOrigin) return null;
  return errorResponse(
    403,
    `This request came from ${origin}; CareKeys accepts it only from its own pages at ${appOrigin}.`,
  );
}

/**
 * The request's JSON body, or null when it is not JSON or longer than `maxBytes` (it stops
 * reading there, whatever the request declared).
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(request.body, maxBytes, request.headers.get("content-length"));
  } catch (error) {
    if (error instanceof BodyTooLarge) return null;
    throw error;
  }
  if (bytes.length === 0) return null;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** A public client on the deployment's chain, to check contract wallets' signatures. */
export function chainClient(config: ServerConfig) {
  return createPublicClient({
    chain: localChain(config.CHAIN_ID, config.RPC_URL),
    transport: http(config.RPC_URL),
  });
}

export type SignedIn = {
  session: SessionData;
  /** Adds the refreshed cookie (last seen: now) to the answer. */
  touch: (response: Response) => Promise<Response>;
};

/**
 * The request's active session, or the 401 answer (`refusal` then the reason), which also
 * removes a cookie that has ended.
 */
export async function requireSession(
  request: Request,
  { settings }: AuthConfig,
  refusal: (reason: string) => string,
  now = Date.now(),
): Promise<SignedIn | Response> {
  const state = await readSession(request.headers.get("cookie"), settings, now);
  if (state.status !== "active") {
    const clear: Record<string, string> =
      state.status === "none" ? {} : { "set-cookie": clearedSessionCookie(settings) };
    return errorResponse(401, refusal(endedBecause(state, settings)), clear);
  }
  const session = { ...state.session, lastSeenAt: now };
  return {
    session,
    touch: async (response) => {
      response.headers.append("set-cookie", await sessionCookie(session, settings, now));
      return response;
    },
  };
}

function endedBecause(state: Exclude<SessionState, { status: "active" }>, settings: SessionSettings): string {
  switch (state.status) {
    case "none":
      return "you are not signed in";
    case "invalid":
      return "your sign-in is not valid on this server any more";
    case "idle":
      return `your sign-in ended after ${formatMinutes(settings.idleMs)} without activity`;
    case "expired":
      return `your sign-in ended ${formatHours(settings.maxMs)} after you signed in`;
  }
}

const formatMinutes = (ms: number) => plural(Math.round(ms / 60_000), "minute");
const formatHours = (ms: number) => plural(Math.round((ms / 3_600_000) * 10) / 10, "hour");
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * The one way into a route that acts for a person: configuration present, a same-origin request,
 * a signed-in session (`signIn` words the 401), then `act` for that address; the session's
 * last-seen time is refreshed on the answer.
 */
export async function signedInAction(
  request: Request,
  signIn: (reason: string) => string,
  act: (config: ServerConfig, address: Address) => Promise<Response>,
): Promise<Response> {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const foreign = foreignOrigin(request, auth.config.APP_ORIGIN);
  if (foreign) return foreign;
  const signedIn = await requireSession(request, auth, signIn);
  if (signedIn instanceof Response) return signedIn;
  return signedIn.touch(await act(auth.config, signedIn.session.address));
}
