import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { type Address, getAddress, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { consentReader } from "../lib/consent/consent";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { describeTerms, expiresAtFor, listPatientShares } from "../lib/sharing/grants";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import type { TestWallet } from "./support/testWallet";

const RIVERA = "Dr. Maya Rivera, Riverside Clinic";
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const consent = () => process.env.E2E_CONSENT as Address;
const transactions = (wallet: TestWallet) =>
  wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
const shareOnChain = async (patient: Address) =>
  (await listPatientShares(chainClient(), consent(), patient)).find((s) => s.grantee === clinician);
const chainNow = async () => new Date(Number((await chainClient().getBlock()).timestamp) * 1000);

/** The events of the transaction that emitted the patient's latest AccessGranted. */
async function lastGrantTransaction(patient: Address) {
  const granted = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "AccessGranted",
    args: { patient },
    fromBlock: 0n,
  });
  const hash: Hex = granted.at(-1)!.transactionHash;
  const published = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "KeyringPublished",
    args: { patient },
    fromBlock: 0n,
  });
  return {
    hash,
    published: published.filter((e) => e.transactionHash === hash).map((e) => getAddress(e.args.grantee!)),
  };
}

async function patientWithRecordsOnSharingPage(page: Page) {
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-31.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 31, visits: 2 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
}

test("a patient narrows a share (one kind taken away rotates, in one transaction; a refused prompt changes nothing), then extends it", async ({
  page,
  installWallet,
}) => {
  const wallet = await installWallet(await fundedNewAccount());
  const patient = wallet.address;
  await patientWithRecordsOnSharingPage(page);

  // Share lab results and medications for 30 days.
  await page.getByLabel("Search the directory").fill("rivera");
  await page.getByRole("button", { name: `Choose ${RIVERA}` }).click();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await page.getByRole("checkbox", { name: "Medications" }).check();
  await page.getByRole("radio", { name: "30 days" }).check();
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(`You are now sharing with ${RIVERA}`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Done" }).click();
  const granted = await shareOnChain(patient);
  expect(granted).toMatchObject({ status: "active", categories: ["labs", "medications"] });

  // Narrow: medications taken away, this visit only. The summary of the new terms comes first.
  const item = page.getByRole("list", { name: "Your shares" }).getByRole("listitem", { name: RIVERA });
  await item.getByRole("button", { name: `Change what you share with ${RIVERA}` }).click();
  await expect(page.getByRole("heading", { name: `Change what you share with ${RIVERA}` })).toBeFocused();
  await expect(item.getByRole("checkbox", { name: "Medications" })).toBeChecked();
  await expect(item.getByTestId("grant-summary")).toContainText("Nothing has changed yet.");
  await item.getByRole("checkbox", { name: "Medications" }).uncheck();
  await item.getByRole("radio", { name: "This visit (24 hours)" }).check();
  const narrowed = describeTerms(
    { name: RIVERA, verified: true },
    { categories: ["labs"], purposes: ["treatment"], expiresAt: expiresAtFor("thisVisit", await chainNow()) },
    { timeZone: "UTC" },
  );
  await expect(item.getByTestId("grant-summary")).toContainText(`${narrowed}.`);
  await expect(item.getByTestId("grant-summary")).toContainText(
    "They will no longer see your medications: medications you add from now on are encrypted with new keys they do not get.",
  );

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  wallet.rejectNext("eth_sendTransaction");
  await item.getByRole("button", { name: "Save the change" }).click();
  await expect(item.getByRole("alert")).toContainText("You declined the request in your wallet");
  expect(await shareOnChain(patient)).toMatchObject({
    categories: ["labs", "medications"],
    status: "active",
  });

  const before = transactions(wallet);
  await item.getByRole("button", { name: "Try again" }).click();
  await expect(item.getByText(`Your share with ${RIVERA} is changed`)).toBeVisible({ timeout: 30_000 });
  expect(transactions(wallet) - before).toBe(1);
  const afterNarrow = await shareOnChain(patient);
  expect(afterNarrow).toMatchObject({ status: "active", categories: ["labs"] });
  expect(afterNarrow!.expiresAt.getTime()).toBeLessThan(granted!.expiresAt.getTime());
  // The grant and the patient's own new keyring (medications rotated) in the same transaction.
  expect((await lastGrantTransaction(patient)).published).toEqual([patient]);
  const reader = consentReader(chainClient(), consent());
  expect(await reader.canAccess(patient, clinician, "medications", "treatment")).toBe(false);
  await item.getByRole("button", { name: "Done" }).click();
  await expect(item).not.toContainText("medications");

  // Extend: medications back, for a year. No key rotates: the grant alone, one transaction.
  await item.getByRole("button", { name: `Change what you share with ${RIVERA}` }).click();
  await item.getByRole("checkbox", { name: "Medications" }).check();
  await item.getByRole("radio", { name: "1 year" }).check();
  await expect(item.getByTestId("grant-summary")).not.toContainText("no longer see");
  const beforeExtend = transactions(wallet);
  await item.getByRole("button", { name: "Save the change" }).click();
  await expect(item.getByText(`Your share with ${RIVERA} is changed`)).toBeVisible({ timeout: 30_000 });
  // Walk #10: focus moves to the success notice that replaced the button.
  await expect(
    item.getByRole("status").filter({ hasText: `Your share with ${RIVERA} is changed` }),
  ).toBeFocused();
  expect(transactions(wallet) - beforeExtend).toBe(1);
  const extended = await shareOnChain(patient);
  expect(extended).toMatchObject({ status: "active", categories: ["labs", "medications"] });
  expect(extended!.expiresAt.getTime()).toBeGreaterThan(granted!.expiresAt.getTime());
  expect((await lastGrantTransaction(patient)).published).toEqual([]);
  expect(await reader.canAccess(patient, clinician, "medications", "treatment")).toBe(true);
});
