import { type NextRequest, NextResponse } from "next/server";
import { loadServerConfig, type ServerConfig } from "@/lib/config/server";

/**
 * Hosts WalletConnect-based wallets talk to (relay, RPC, explorer, Verify's frame). Allowed only
 * when a WalletConnect project id is configured; otherwise the page talks to no other host.
 */
const WALLETCONNECT = {
  connect: [
    "https://*.walletconnect.com",
    "https://*.walletconnect.org",
    "wss://*.walletconnect.com",
    "wss://*.walletconnect.org",
    "https://*.web3modal.org",
    "https://*.web3modal.com",
  ],
  frame: ["https://verify.walletconnect.com", "https://verify.walletconnect.org"],
};

/**
 * The page policy. Scripts run only with this response's nonce (and what they load:
 * 'strict-dynamic'); styles come from our own files, plus inline ones because RainbowKit injects
 * its theme as a `<style>` without a nonce (so no nonce or hash may sit in style-src, or the
 * browser would ignore 'unsafe-inline'). Requests go only to the app, the chain's RPC and the IPFS
 * gateway (WalletConnect's hosts only when configured). Decrypted images are shown from `blob:`
 * URLs; PDFs are drawn onto canvases by pdf.js, whose worker is a script of this origin
 * (worker-src 'self': no `blob:` worker; its image decoders compile inside that worker, which its
 * own response's policy governs, see next.config.ts). 'wasm-unsafe-eval' lets a page compile
 * WebAssembly (not evaluate JavaScript): "Run on this device" on AI insights runs the model with
 * onnxruntime-web in the page, and a page's policy stays the one of the first page loaded, so it
 * is on every page. Nothing is framed, and `<object>`/`<embed>` never load anything.
 */
function contentSecurityPolicy(nonce: string, config: ServerConfig, development: boolean): string {
  const walletConnect = config.public.walletConnectProjectId !== null;
  const connect = new Set([
    "'self'",
    config.APP_ORIGIN,
    new URL(config.public.rpcUrl).origin,
    new URL(config.public.ipfsGatewayUrl).origin,
    ...(walletConnect ? WALLETCONNECT.connect : []),
  ]);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build reconstructs server stacks with eval; production never evals.
    "script-src": [
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'wasm-unsafe-eval'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": [...connect],
    "frame-src": walletConnect ? WALLETCONNECT.frame : ["'none'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh nonce per request: 128 random bits, base64. */
const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");

/**
 * Sets the Content-Security-Policy (and HSTS behind https) on every page; the other security
 * headers come from next.config.ts, for every path. Next.js reads the nonce from the request's
 * CSP header and puts it on its own scripts, which is why pages render per request (the root
 * layout is `force-dynamic`). API routes are not matched (see `config`): their headers come from
 * next.config.ts.
 */
export function proxy(request: NextRequest) {
  const config = loadServerConfig();
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, config, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("Content-Security-Policy", policy);
  if (new URL(config.APP_ORIGIN).protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Not /api/ (Next buffers, and truncates past 10 MB, the body of every request the proxy
  // matches: uploads must not pass through it), nor the build's static files. Prefetches ARE
  // matched (unlike Next's CSP guide, which skips them so they can be cached): a browser's
  // `Purpose: prefetch` or a router prefetch got the full page with no CSP at all, and a
  // prefetched document can become the next page. Pages render per request anyway, and a
  // prefetch's own nonce costs nothing: the scripts a navigation loads are trusted through
  // 'strict-dynamic', not through the nonce of the first page.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
