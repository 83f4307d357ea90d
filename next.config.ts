import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The dev-command test runs `next dev` beside a developer's own; each needs its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Node-only packages used by route handlers; never bundled for the browser.
  serverExternalPackages: ["kubo-rpc-client"],
};

export default nextConfig;
