import type { APIResponse } from "@playwright/test";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { watchCspViolations } from "./support/csp";
import { connectThroughModal, expect, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

const PAGES = [
  "/",
  "/records",
  "/sharing",
  "/insights",
  "/patients/0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
];

/** The headers every response of the app carries (next.config.ts), whether or not the proxy ran. */
function expectStaticHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], `nosniff on ${where}`).toBe("nosniff");
  expect(headers["referrer-policy"], `Referrer-Policy on ${where}`).toBe("no-referrer");
  expect(headers["permissions-policy"], `Permissions-Policy on ${where}`).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-frame-options"], `X-Frame-Options on ${where}`).toBe("DENY");
  expect(headers["strict-transport-security"], "no HSTS on plain http").toBeUndefined();
}

/** Checks a page response's policy and security headers; returns the policy's script nonce. */
function expectPageHeaders(response: APIResponse | { headers(): Record<string, string> }, where: string) {
  const { rpcUrl } = stackEnv();
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"] ?? "");
  const nonce = policy.get("script-src")?.find((source) => source.startsWith("'nonce-"));
  expect(nonce, `a script nonce on ${where}`).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  expect(policy.get("connect-src")).toEqual(
    expect.arrayContaining([
      "'self'",
      new URL(rpcUrl).origin,
      `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`,
    ]),
  );
  expect(policy.get("connect-src")?.join(" ")).not.toContain("walletconnect");
  expectStaticHeaders(headers, where);
  return nonce as string;
}

/** Every `<script>` of an HTML page carries the page's nonce (Next.js put it there from the CSP). */
function expectScriptsCarry(html: string, nonce: string) {
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce.slice("'nonce-".length, -1)}"`);
}

for (const path of PAGES) {
  test(`${path} carries a nonce-based CSP and the security headers, and still hydrates under them`, async ({
    page,
  }) => {
    const violations = await watchCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const nonce = expectPageHeaders(response!, path);

    // Next.js put the response's nonce on every script of the HTML (the scripts those load are
    // trusted through 'strict-dynamic'), and each response has a fresh one.
    const again = await page.request.get(path);
    const againNonce = expectPageHeaders(again, path);
    expect(againNonce).not.toBe(nonce);
    expectScriptsCarry(await again.text(), againNonce);

    // Hydrated: RainbowKit's button opens its dialog (its inline theme style is allowed).
    await page.getByRole("button", { name: "Connect wallet" }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    const accent = await page
      .locator("[data-rk]")
      .first()
      .evaluate((root) => getComputedStyle(root).getPropertyValue("--rk-colors-accentColor"));
    expect(accent.trim(), "RainbowKit's inline theme style applied").not.toBe("");
    expect(violations).toEqual([]);
  });
}

/** Headers with which browsers and Next's router ask for a page ahead of a navigation. */
const PREFETCHES: Record<string, Record<string, string>> = {
  "Purpose: prefetch": { purpose: "prefetch" },
  "Sec-Purpose: prefetch": { "sec-purpose": "prefetch" },
  "Sec-Purpose: prefetch;prerender": { "sec-purpose": "prefetch;prerender", purpose: "prefetch" },
  "Next-Router-Prefetch: 1": { "next-router-prefetch": "1" },
  "a router prefetch (RSC: 1, Next-Router-Prefetch: 1)": { rsc: "1", "next-router-prefetch": "1" },
  "a router navigation (RSC: 1)": { rsc: "1" },
};

// Regression (attack 6, finding 4): the proxy's matcher skipped requests with `Purpose: prefetch`
// or `Next-Router-Prefetch`, so the full page went out with no CSP and none of the other headers,
// and a document prefetched by the browser can become the next page.
for (const path of [...PAGES, "/no-such-page"]) {
  test(`${path} fetched as a prefetch still carries the CSP and the security headers`, async ({
    request,
  }) => {
    for (const [name, headers] of Object.entries(PREFETCHES)) {
      const response = await request.get(path, { headers });
      const where = `${path} with ${name}`;
      expect(response.status(), where).toBe(path === "/no-such-page" ? 404 : 200);
      const nonce = expectPageHeaders(response, where);
      if ((response.headers()["content-type"] ?? "").startsWith("text/html")) {
        expectScriptsCarry(await response.text(), nonce);
      }
    }
  });
}

test("the security headers come with what the proxy does not handle: static files and API routes", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const chunk = /<script[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk, "a script chunk of the page").toBeTruthy();
  for (const path of [chunk!, "/_next/static/no-such-file.js", "/robots.txt", "/api/auth/nonce"]) {
    const response = await request.get(path);
    expectStaticHeaders(response.headers(), path);
  }
});

// Client-side navigation fetches each page's payload (and prefetches the links in view) through
// the proxy, each with its own nonce: the page loaded first must keep working under its policy.
test("moving between pages by their links stays in the page, keeps the unlocked key, and breaks no CSP", async ({
  page,
  installWallet,
}) => {
  const violations = await watchCspViolations(page);
  const routerRequests: { url: string; policy: string | undefined }[] = [];
  page.on("response", (response) => {
    if (response.request().headers().rsc === "1") {
      routerRequests.push({ url: response.url(), policy: response.headers()["content-security-policy"] });
    }
  });
  await installWallet(DEV_ACCOUNTS.patient.privateKey);
  await connectThroughModal(page, "Test Wallet");
  const heading = (name: string) => page.getByRole("heading", { level: 1, name, exact: true });
  await expect(heading("Your CareKeys")).toBeVisible();
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Records", exact: true }).click();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await expect(heading("Your records")).toBeVisible();
  // Each page opens in the same document: the key unlocked once stays unlocked (a reload would
  // lock it again), and the app goes on working after every step.
  for (const [link, path, title] of [
    ["Sharing", "/sharing", "Sharing"],
    ["AI insights", "/insights", "AI insights"],
    ["CareKeys", "/", "Your CareKeys"],
    ["Records", "/records", "Your records"],
  ]) {
    await nav.getByRole("link", { name: link, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(heading(title)).toBeVisible();
    expect(await page.evaluate(() => "sameDocument" in window), `${path} opened without a reload`).toBe(true);
  }
  await expect(page.getByTestId("file-row").first()).toBeVisible();

  expect(routerRequests.length, "the router fetched the pages' payloads").toBeGreaterThan(0);
  for (const { url, policy } of routerRequests) expect(policy, url).toMatch(/script-src 'nonce-/);
  expect(violations).toEqual([]);
});

test("API responses are never sniffed, cached or framed, and do not pass through the page proxy", async ({
  request,
}) => {
  const response = await request.get("/api/auth/nonce");
  const headers = response.headers();
  expectStaticHeaders(headers, "/api/auth/nonce");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("nonce-");
});
