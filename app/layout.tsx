import "@rainbow-me/rainbowkit/styles.css";
import "./globals.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/AppHeader";
import { Providers } from "@/components/Providers";
import { loadServerConfig } from "@/lib/config/server";

export const metadata: Metadata = {
  title: "CareKeys: your health records, your keys",
  description:
    "Encrypted health records that you control: share with clinicians and AI models on your terms.",
};

// The configuration is read per request, so one build serves any chain and IPFS node.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const config = loadServerConfig().public;
  const requestHeaders = await headers();
  const cookie = requestHeaders.get("cookie");
  return (
    <html lang="en">
      <head>
        {/* zod probes `new Function` at load to choose its JIT; the CSP (proxy.ts) forbids eval, so
            the probe would be reported as a violation: tell zod not to try. */}
        <script
          nonce={requestHeaders.get("x-nonce") ?? undefined}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant, no input
          dangerouslySetInnerHTML={{ __html: "globalThis.__zod_globalConfig={jitless:true}" }}
        />
      </head>
      <body>
        <Providers config={config} cookie={cookie}>
          <AppHeader />
          <main className="mx-auto max-w-4xl px-4 py-8">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
