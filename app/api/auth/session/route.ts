import { authConfig, requireSession } from "@/lib/auth/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/auth/session: the signed-in account `{ address }`, or 401. Read-only: it does not
 * count as activity, because any page on another port of the same host can make a browser send
 * this GET with the cookie (cookies are not port-bound), and so could keep an idle session alive.
 * Only actions (an upload) refresh the last-seen time.
 */
export async function GET(request: Request) {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const signedIn = await requireSession(
    request,
    auth,
    (reason) => `${reason[0].toUpperCase()}${reason.slice(1)}.`,
  );
  if (signedIn instanceof Response) return signedIn;
  const { address, signedInAt } = signedIn.session;
  return Response.json(
    { address, signedInAt: new Date(signedInAt).toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
}
