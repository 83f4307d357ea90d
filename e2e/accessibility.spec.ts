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
