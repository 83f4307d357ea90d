import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Address, Hex } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { listAnchoredRecords } from "../lib/records/chain";
import { ownKeyringCid } from "../lib/records/ownKeyring";
import type { GrantChoice } from "../lib/sharing/grantKeyring";
import { UNTIL_REVOKED } from "../lib/sharing/grants";
import { stackPatient } from "../lib/sharing/stackPatient";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";
import { installTestWallet, type TestWallet } from "./support/testWallet";

const CLINICIAN = privateKeyToAddress(DEV_ACCOUNTS.clinician.privateKey);
const NOTE_TITLE = "Follow-up visit";
const NOTE_TEXT = "Blood pressure 128/82 — better than in March. Keep ramipril 5 mg; review in 3 months.";

const coordinates = () => {
  const env = stackEnv();
  return {
    ...env,
    appOrigin: new URL(env.appUrl).origin,
    consent: process.env.E2E_CONSENT as Address,
    ipfsApiUrl: `http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`,
    ipfsGatewayUrl: `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`,
  };
};

/** One lab result, so the chart has something to open. */
const labFile = {
  name: "lab-cholesterol.json",
  bytes: new TextEncoder().encode(
    JSON.stringify({
      resourceType: "Observation",
      status: "final",
      category: [
        {
          coding: [
            { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" },
          ],
        },
      ],
      code: { coding: [{ system: "http://loinc.org", code: "2093-3" }], text: "Total cholesterol" },
      effectiveDateTime: "2026-04-02",
      valueQuantity: { value: 213, unit: "mg/dL", system: "http://unitsofmeasure.org", code: "mg/dL" },
    }),
  ),
};

/** A new patient (from Node) with a lab result, sharing with the demo clinician. */
async function patientSharing(choice: Partial<GrantChoice>) {
  const privateKey = await fundedNewAccount();
  const patient = await stackPatient(coordinates(), privateKey);
  await patient.addFiles([labFile]);
  await patient.grant(CLINICIAN, {
    categories: ["labs"],
    purposes: ["treatment"],
    expiresAt: UNTIL_REVOKED,
    ...choice,
  });
  return { patient, privateKey };
}

async function signInAsClinician(page: Page, installWallet: (key: Hex) => Promise<TestWallet>) {
  const wallet = await installWallet(DEV_ACCOUNTS.clinician.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  return wallet;
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

const notesBy = async (patient: Address, author: Address) =>
  (await listAnchoredRecords(chainClient(), coordinates().consent, patient)).filter(
    (r) => r.author === author,
  );

test("a clinician with write access adds a note: anchored by the clinician, read by the patient in Documents with the clinician as author; the patient's keys are unchanged", async ({
  page,
  installWallet,
  browser,
}) => {
  const { patient, privateKey } = await patientSharing({ categories: ["notes", "labs"], write: true });
  const keyringBefore = await ownKeyringCid(chainClient(), coordinates().consent, patient.address);
  expect(keyringBefore).not.toBeNull();

  const wallet = await signInAsClinician(page, installWallet);
  const sent: Buffer[] = [];
  page.on("request", (request) => {
    const body = request.postDataBuffer();
    if (body) sent.push(body);
  });
  await page.goto(`/patients/${patient.address}`);
  await expect(page.getByRole("heading", { name: "Patient chart" })).toBeVisible();
  await page.getByRole("button", { name: "Unlock my key" }).click();
  await page.getByRole("button", { name: "Open the chart (one transaction)" }).click();
  await expect(page.getByText("Your access is recorded")).toBeVisible();

  await page.getByRole("button", { name: "Add a note" }).click();
  await page.getByLabel("Title").fill(NOTE_TITLE);
  await page.getByLabel("Note", { exact: true }).fill(NOTE_TEXT);
  expect(await violations(page)).toEqual([]);

  // The clinician declines the transaction: nothing is anchored, the text stays, trying again works.
  wallet.rejectNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Save the note (one transaction)" }).click();
  const declined = page.getByRole("alert").filter({ hasText: "The note was not saved" });
  await expect(declined).toContainText("You declined the request in your wallet.");
  expect(await notesBy(patient.address, CLINICIAN)).toHaveLength(0);
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue(NOTE_TEXT);

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(`Your note “${NOTE_TITLE}” is in the patient's records`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add another note" })).toBeVisible();
  // The form that had the focus closed: the keyboard goes on from the notice that says it worked.
  await expect(page.getByTestId("note-saved")).toBeFocused();

  // On chain: one notes record, anchored by the clinician; the patient's keyring is the same one.
  const notes = await notesBy(patient.address, CLINICIAN);
  expect(notes).toHaveLength(1);
  expect(notes[0].category).toBe("notes");
  expect(await ownKeyringCid(chainClient(), coordinates().consent, patient.address)).toBe(keyringBefore);
  // The words never left the clinician's browser in the clear (uploads, RPC, sign-in: nothing).
  expect(sent.length).toBeGreaterThan(0);
  for (const body of sent) expect(body.includes(Buffer.from("ramipril"))).toBe(false);

  // Opening the chart again: the note is counted apart (sealed for the patient), not as a record
  // "added after your access ended", and nothing is reported as damaged.
  await page.reload();
  await page.getByRole("button", { name: "Unlock my key" }).click();
  await page.getByRole("button", { name: "Open the chart (one transaction)" }).click();
  await expect(page.getByTestId("reading-done")).toBeAttached();
  await expect(
    page.getByText("1 record added by someone other than the patient (a clinician's note, an AI result)"),
  ).toBeVisible();
  await expect(page.getByTestId("added-by-others")).toContainText("Added by you.");
  // The receipt of this opening names exactly what the clinician could open: the lab result, not
  // the note (sealed for the patient alone), so the patient's history stays true.
  const receipts = await chainClient().getContractEvents({
    address: coordinates().consent,
    abi: consentRegistryAbi,
    eventName: "AccessLogged",
    args: { patient: patient.address, grantee: CLINICIAN },
    fromBlock: 0n,
  });
  expect(receipts).toHaveLength(2);
  const labs = (await listAnchoredRecords(chainClient(), coordinates().consent, patient.address)).filter(
    (r) => r.author === patient.address,
  );
  expect(receipts[1].args.recordIds).toEqual(labs.map((r) => r.recordId));
  expect(receipts[1].args.recordIds).not.toContain(notes[0].recordId);
  await expect(page.getByText("Some records cannot be opened")).toHaveCount(0);
  await expect(page.getByText(/could not be read/)).toHaveCount(0);

  // The patient, in their own browser, reads it with the clinician as author.
  const context = await browser.newContext({ baseURL: stackEnv().appUrl });
  try {
    const patientPage = await context.newPage();
    await installTestWallet(patientPage, {
      privateKey,
      chainId: stackEnv().chainId,
      rpcUrl: stackEnv().rpcUrl,
    });
    await connectThroughModal(patientPage, "Test Wallet");
    await patientPage.goto("/records");
    await patientPage.getByRole("button", { name: "Unlock my records" }).click();
    const documents = patientPage.getByRole("region", { name: "Documents and images", exact: true });
    const item = documents.getByTestId("list-item").filter({ hasText: NOTE_TITLE });
    await expect(item).toContainText(NOTE_TEXT);
    await expect(item).toContainText("Progress note");
    await expect(item).toContainText("By Dr. Maya Rivera");
    // Named by the Directory (name, role, verified), not by the author's address.
    await expect(item).toContainText(
      `${NOTE_TITLE} (added by Dr. Maya Rivera, Riverside Clinic (clinician, verified), not by the patient)`,
    );
    await expect(item).not.toContainText(CLINICIAN.slice(0, 6));
    const files = patientPage.getByRole("region", { name: "Files: clinical notes", exact: true });
    await files.getByRole("button", { name: new RegExp(NOTE_TITLE) }).click();
    await expect(files.getByTestId("record-author").first()).toContainText(
      /Added by Dr\. Maya Rivera.*\(clinician, verified\)/,
    );
    await expect(files.getByTestId("integrity")).toContainText("Verified");
  } finally {
    await context.close();
  }
  expect(await ownKeyringCid(chainClient(), coordinates().consent, patient.address)).toBe(keyringBefore);
});

test("a clinician without write access sees no 'Add a note', only that notes are not allowed", async ({
  page,
  installWallet,
}) => {
  const { patient } = await patientSharing({ categories: ["notes", "labs"], write: false });
  await signInAsClinician(page, installWallet);
  await page.goto(`/patients/${patient.address}`);
  await expect(page.getByRole("heading", { name: "Patient chart" })).toBeVisible();
  await expect(page.getByText("Adding notes is not allowed")).toBeVisible();
  await expect(page.getByText("The patient has not allowed you to add notes")).toBeVisible();
  await expect(page.getByRole("button", { name: /Add a note|Add another note/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Save the note/ })).toHaveCount(0);
});

// Regression (walk #4): the patient stopped sharing while the clinician wrote a note. Saving failed
// with "You are not allowed to add records of this kind for this patient." and a "Try again" that
// could not work, while the chart still showed the lab values.
test("the patient stops sharing while a note is being saved: the chart says access ended and hides the values, the note says why it was not saved, keeps the text, offers to copy it and no retry", async ({
  page,
  installWallet,
  context,
}) => {
  const { patient } = await patientSharing({ categories: ["notes", "labs"], write: true });
  const wallet = await signInAsClinician(page, installWallet);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/patients/${patient.address}`);
  await page.getByRole("button", { name: "Unlock my key" }).click();
  await page.getByRole("button", { name: "Open the chart (one transaction)" }).click();
  await expect(page.getByTestId("reading-done")).toBeAttached();
  await expect(page.getByText("213 mg/dL")).toBeVisible();

  await page.getByRole("button", { name: "Add a note" }).click();
  await page.getByLabel("Title").fill(NOTE_TITLE);
  await page.getByLabel("Note", { exact: true }).fill(NOTE_TEXT);
  // The wallet is asked to send the note; while the clinician reads the prompt, the patient stops sharing.
  const prompt = wallet.holdNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Save the note (one transaction)" }).click();
  await prompt.asked;
  await patient.revoke(CLINICIAN);
  prompt.release();

  const notSaved = page.getByRole("alert").filter({ hasText: "The note was not saved" });
  await expect(notSaved).toContainText(
    "The patient ended your access, so the note was not saved. Your text is still here.",
    { timeout: 15_000 },
  );
  await expect(page.getByText("You are not allowed to add records")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Save the note/ })).toHaveCount(0);
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue(NOTE_TEXT);
  await expect(page.getByLabel("Title")).toHaveValue(NOTE_TITLE);
  // The chart noticed too: access ended, nothing decrypted shown.
  await expect(page.getByText("Your access to this patient's records has ended")).toBeVisible();
  await expect(page.getByText("213 mg/dL")).toHaveCount(0);
  await expect(page.getByTestId("share-expiry")).toContainText("the patient stopped sharing");
  expect(await notesBy(patient.address, CLINICIAN)).toHaveLength(0);

  await page.getByRole("button", { name: "Copy the note's text" }).click();
  await expect(page.getByText("Copied. Paste it wherever you keep notes.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${NOTE_TITLE}\n\n${NOTE_TEXT}`);
  expect(await violations(page)).toEqual([]);
});
