import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node-only packages used by route handlers; never bundled for the browser.
  serverExternalPackages: ["kubo-rpc-client"],
};

export default nextConfig;
