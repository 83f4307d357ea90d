import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { connectThroughModal, expect, test } from "./support/fixtures";

/** WCAG 2.1 A/AA problems axe can find on the page as it is (dialogs closed). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

test("the welcome page has no WCAG 2.1 AA violations axe can detect", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your health records, under your keys" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the demo patient's records, opened, have no WCAG 2.1 AA violations axe can detect", async ({
  page,
  installWallet,
}) => {
  await installWallet(DEV_ACCOUNTS.patient.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.goto("/records");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const labs = page.getByRole("region", { name: "Files: lab results", exact: true });
  await labs.getByRole("button").first().click();
  await expect(labs.getByTestId("integrity")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("the clinician home has no WCAG 2.1 AA violations axe can detect", async ({ page, installWallet }) => {
  await installWallet(DEV_ACCOUNTS.clinician.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// Walk #9: at 390 px the patient's header overflowed (the page scrolled sideways, the account
// button covered "Sharing").
test("on a phone (390 px) the patient's header fits: no sideways scrolling, every link visible", async ({
  page,
  installWallet,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await installWallet(DEV_ACCOUNTS.patient.privateKey);
  await connectThroughModal(page, "Test Wallet");
  for (const path of ["/records", "/sharing"]) {
    await page.goto(path);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: /^Sharing/ })).toBeVisible();
    await expect(banner.getByRole("link", { name: "Records" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Nothing in the header lies on top of a link.
    const sharing = (await banner.getByRole("link", { name: /^Sharing/ }).boundingBox())!;
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("a")?.textContent ?? "",
      { x: sharing.x + sharing.width - 2, y: sharing.y + sharing.height / 2 },
    );
    expect(hit).toMatch(/^Sharing/);
  }
});

// Walk #7: a clinician's header led to "Records", a patients-only page.
test("a clinician's header leads to their patients, not to a patients-only Records page", async ({
  page,
  installWallet,
}) => {
  await installWallet(DEV_ACCOUNTS.clinician.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Records" })).toHaveCount(0);
  await expect(banner.getByRole("link", { name: /^Sharing/ })).toHaveCount(0);
  await banner.getByRole("link", { name: "Patients" }).click();
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
});
