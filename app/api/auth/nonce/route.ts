import { authConfig } from "@/lib/auth/http";
import { issueNonce, processNonceStore } from "@/lib/auth/nonceStore";

export const dynamic = "force-dynamic";

/** GET /api/auth/nonce: a fresh single-use nonce for a sign-in message, valid for 10 minutes. */
export async function GET() {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const nonce = await issueNonce(processNonceStore(), Date.now());
  return Response.json({ nonce }, { headers: { "cache-control": "no-store" } });
}
