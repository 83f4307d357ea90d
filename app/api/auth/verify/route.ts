import { z } from "zod";
import { authConfig, chainClient, errorResponse, foreignOrigin, readJson } from "@/lib/auth/http";
import { processNonceStore } from "@/lib/auth/nonceStore";
import { newSession, sessionCookie } from "@/lib/auth/session";
import { SignInRefused, verifySignIn } from "@/lib/auth/verifySignIn";

export const dynamic = "force-dynamic";

/** Larger than any sign-in message and contract-wallet (ERC-6492) signature. */
const MAX_BODY_BYTES = 64 * 1024;

const body = z.object({
  message: z.string().min(1).max(4096),
  signature: z
    .string()
    .regex(/^0x(?:[0-9a-fA-F]{2})+$/)
    .max(MAX_BODY_BYTES)
    .transform((value) => value as `0x${string}`),
});

/**
 * POST /api/auth/verify { message, signature }: checks a Sign-In with Ethereum message
 * (lib/auth/verifySignIn.ts) and starts a session: the sealed, HttpOnly session cookie.
 */
export async function POST(request: Request) {
  const auth = authConfig();
  if (auth instanceof Response) return auth;
  const { config, settings } = auth;
  const foreign = foreignOrigin(request, config.APP_ORIGIN);
  if (foreign) return foreign;
  const parsed = body.safeParse(await readJson(request, MAX_BODY_BYTES));
  if (!parsed.success)
    return errorResponse(400, "Send the sign-in message and its signature as JSON: { message, signature }.");

  const now = new Date();
  try {
    const { address } = await verifySignIn({
      ...parsed.data,
      expectedOrigin: config.APP_ORIGIN,
      chainId: config.CHAIN_ID,
      nonceStore: processNonceStore(),
      publicClient: chainClient(config),
      now,
    });
    const session = newSession(address, now.getTime());
    return Response.json(
      { address },
      {
        headers: {
          "cache-control": "no-store",
          "set-cookie": await sessionCookie(session, settings, now.getTime()),
        },
      },
    );
  } catch (error) {
    if (error instanceof SignInRefused) return errorResponse(error.status, error.message);
    throw error;
  }
}
