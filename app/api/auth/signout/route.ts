import { authConfig, foreignOrigin } from "@/lib/auth/http";
import { clearedSessionCookie } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** POST /api/auth/signout: removes the session cookie from this browser. */
export async function POST(request: Request) {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const foreign = foreignOrigin(request, auth.config.APP_ORIGIN);
  if (foreign) return foreign;
  return Response.json(
    { signedOut: true },
    { headers: { "cache-control": "no-store", "set-cookie": clearedSessionCookie(auth.settings) } },
  );
}
