import { authConfig, requireSession } from "@/lib/auth/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/auth/session: the signed-in account `{ address }`, or 401. The app asks on each
 * load and when its window regains focus, so this counts as activity and refreshes the
 * session's last-seen time.
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
  return signedIn.touch(
    Response.json(
      { address, signedInAt: new Date(signedInAt).toISOString() },
      { headers: { "cache-control": "no-store" } },
    ),
  );
}
