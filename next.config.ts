import type { NextConfig } from "next";

/**
 * Headers of the API routes. Pages get theirs (with a per-request CSP nonce) from proxy.ts,
 * which does not match /api/: Next buffers the body of every request the proxy matches.
 */
const API_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Sessions, nonces and upload answers: never kept by a browser or a shared cache.
  { key: "Cache-Control", value: "no-store" },
  // JSON is never a document: nothing in it loads or runs, and no page may frame it.
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
  { key: "Referrer-Policy", value: "no-referrer" },
];

/**
 * The policy of the app's web workers (today only pdf.js's, which parses a writer's PDF). A worker
 * follows the policy of its own script's response, not the page's: this one may load only the
 * app's script chunks and compile WebAssembly (pdf.js turns a PDF's PostScript functions and its
 * JPEG 2000/JBIG2 decoders into wasm), and may not reach any host at all, so even a flaw in the
 * parser could not send a decrypted document anywhere.
 */
export const WORKER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The dev-command test runs `next dev` beside a developer's own; each needs its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Node-only packages used by route handlers; never bundled for the browser.
  serverExternalPackages: ["kubo-rpc-client", "onnxruntime-node"],
  async headers() {
    return [
      { source: "/api/:path*", headers: API_HEADERS },
      // Turbopack starts every `new Worker(new URL(...))` through this bootstrap script.
      {
        source: "/_next/static/chunks/:worker(turbopack-worker-.*)",
        headers: [{ key: "Content-Security-Policy", value: WORKER_POLICY }],
      },
    ];
  },
};

export default nextConfig;
