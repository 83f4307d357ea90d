import type { Hex, LocalAccount } from "viem";
import { signInMessage } from "./message";

/**
 * For tests of route handlers: signs in as `account` through the nonce and verify handlers,
 * as the app does, and returns the `Cookie` header value of the session (and what was sent).
 */
export async function signInThroughRoutes(options: {
  account: LocalAccount;
  origin: string;
  chainId: number;
  getNonce: () => Promise<Response>;
  verify: (request: Request) => Promise<Response>;
}): Promise<{ cookie: string; message: string; signature: Hex; response: Response }> {
  const { nonce } = (await (await options.getNonce()).json()) as { nonce: string };
  const message = signInMessage({
    origin: options.origin,
    address: options.account.address,
    chainId: options.chainId,
    nonce,
    issuedAt: new Date(),
  });
  const signature = await options.account.signMessage({ message });
  const response = await options.verify(verifyRequest(options.origin, { message, signature }));
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  return { cookie, message, signature, response };
}

/** A `POST /api/auth/verify` request as the app's page sends it. */
export function verifyRequest(origin: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/api/auth/verify`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body: JSON.stringify(body),
  });
}
