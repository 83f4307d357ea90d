import { expect, test } from "@playwright/test";
import { stackEnv } from "./support/stackEnv";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

for (const path of [
  "/",
  "/records",
  "/sharing",
  "/insights",
  "/patients/0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
]) {
  test(`${path} carries a nonce-based CSP and the security headers, and still hydrates under them`, async ({
    page,
  }) => {
    const { rpcUrl } = stackEnv();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const policy = directives(headers["content-security-policy"] ?? "");
    const nonce = policy.get("script-src")?.find((source) => source.startsWith("'nonce-"));
    expect(nonce, "a script nonce").toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
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
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("microphone=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["strict-transport-security"], "no HSTS on plain http").toBeUndefined();

    // Next.js put the response's nonce on every script of the HTML (the scripts those load are
    // trusted through 'strict-dynamic'), and each response has a fresh one.
    const again = await page.request.get(path);
    const againNonce = /'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1];
    expect(`'nonce-${againNonce}'`).not.toBe(nonce);
    const scriptTags = (await again.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${againNonce}"`);

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

test("API responses are never sniffed, cached or framed, and do not pass through the page proxy", async ({
  request,
}) => {
  const response = await request.get("/api/auth/nonce");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("nonce-");
});
