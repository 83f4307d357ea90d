import type { NextConfig } from "next";

/** Every browser feature the app does not use, off for this origin and any frame in it. */
const PERMISSIONS_POLICY = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "hid",
  "bluetooth",
  "midi",
  "accelerometer",
  "gyroscope",
  "magnetometer",
  "display-capture",
  "browsing-topics",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/**
 * Headers of every response of the app (pages, API routes, static files, 404s), whether or not
 * proxy.ts ran for it: nothing is sniffed into another type, no URL leaks as a referrer, no
 * browser feature the app does not use is on, and nothing is framed (also for browsers that do
 * not read the CSP's frame-ancestors). Pages add their per-request CSP (proxy.ts).
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * Headers of the API routes, besides {@link SECURITY_HEADERS}. Pages get their CSP (with a
 * per-request nonce) from proxy.ts, which does not match /api/: Next buffers the body of every
 * request the proxy matches.
 */
const API_HEADERS = [
  // Sessions, nonces and upload answers: never kept by a browser or a shared cache.
  { key: "Cache-Control", value: "no-store" },
  // JSON is never a document: nothing in it loads or runs, and no page may frame it.
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
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
      { source: "/:path*", headers: SECURITY_HEADERS },
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
