import type { Observation } from "@medplum/fhirtypes";
import type { Page } from "@playwright/test";
import { privateKeyToAccount } from "viem/accounts";
import { formatDay } from "../lib/clinical/dates";
import { DEFAULT_MAX_RECORD_BYTES } from "../lib/config/public";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { createIdentityKey } from "../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { listAnchoredRecords } from "../lib/records/chain";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { openSharedKeyring } from "../lib/sharing/grantKeyring";
import { expiresAtFor, listPatientShares } from "../lib/sharing/grants";
import { openSharedRecord } from "../lib/sharing/openShared";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { coordinates, gatewayServes, isPinned, transactions, walkShots } from "./support/story";
import { installTestWallet } from "./support/testWallet";

const RIVERA = "Dr. Maya Rivera, Riverside Clinic";
const CLINICIAN = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
const NOTE_TITLE = "Cholesterol follow-up";
const NOTE_TEXT = "Total cholesterol is above target. Repeat the lipid panel in 3 months; diet advice given.";

/** The patient's export: one visit, with lab results among vital signs, medicines and the rest. */
const bundle = syntheticPatientBundle({ seed: 77, visits: 1 });
const labValue = (name: string) => {
  const observation = bundle
    .entry!.map((e) => e.resource)
    .find((r): r is Observation => r?.resourceType === "Observation" && r.code.text === name)!;
  return `${observation.valueQuantity!.value} ${observation.valueQuantity!.unit}`;
};
const CHOLESTEROL = labValue("Total cholesterol");
const HDL = labValue("HDL cholesterol");

/** A lab result the patient adds after ending the share (a potassium test, new to this patient). */
const potassiumFile = {
  name: "potassium.json",
  mimeType: "application/json",
  buffer: Buffer.from(
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
      code: { coding: [{ system: "http://loinc.org", code: "2823-3" }], text: "Potassium" },
      effectiveDateTime: "2026-11-20T08:00:00Z",
      valueQuantity: { value: 4.1, unit: "mmol/L", system: "http://unitsofmeasure.org", code: "mmol/L" },
    }),
  ),
};

const labRecords = async (patient: `0x${string}`) =>
  (await listAnchoredRecords(chainClient(), coordinates().consent, patient)).filter(
    (r) => r.category === "labs",
  );
const receiptsBy = (patient: `0x${string}`) =>
  chainClient().getContractEvents({
    address: coordinates().consent,
    abi: consentRegistryAbi,
    eventName: "AccessLogged",
    args: { patient, grantee: CLINICIAN.address },
    fromBlock: 0n,
  });
const labValues = (page: Page) =>
  page.getByRole("region", { name: "Lab results", exact: true }).getByTestId("measurement");
const patientRow = (page: Page, patient: `0x${string}`) =>
  page.locator(`[data-testid="shared-patient"][data-patient="${patient}"]`);

/** Today on the chain's clock (other specs move it on): the day the app shows for what happens now. */
const chainDay = async () => formatDay(new Date(Number((await chainClient().getBlock()).timestamp) * 1000));

test("the whole sharing story, two people in two browsers: upload, share lab results for 30 days with notes allowed, the chart with one receipt, a note back, stop sharing, access ended, new keys for new records, re-encrypted history", async ({
  page,
  installWallet,
  browser,
}) => {
  test.setTimeout(240_000);
  const shot = walkShots();

  // ── The patient, new to CareKeys: a key, then their export from the clinic's portal.
  const patientWallet = await installWallet(await fundedNewAccount());
  const patient = patientWallet.address;
  await connectThroughModal(page, "Test Wallet");
  await shot(page, "patient", "home-after-sign-in");
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  await shot(page, "patient", "key-set-up");
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "my-clinic-export.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bundle)),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  await expect(labValues(page).filter({ hasText: "Total cholesterol" })).toContainText(CHOLESTEROL);
  await shot(page, "patient", "records-after-upload");
  const [firstLab] = await labRecords(patient);

  // ── The patient shares lab results with Dr. Rivera for 30 days, notes allowed: one transaction.
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
  await shot(page, "patient", "sharing-page");
  await page.getByLabel("Search the directory").fill("rivera");
  await shot(page, "patient", "directory-search");
  await page.getByRole("button", { name: `Choose ${RIVERA}` }).click();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await page.getByRole("radio", { name: "30 days" }).check();
  await page.getByRole("checkbox", { name: "They may add notes to my records" }).check();
  const chainNow = new Date(Number((await chainClient().getBlock()).timestamp) * 1000);
  const in30Days = formatDay(expiresAtFor("days30", chainNow));
  await expect(page.getByTestId("grant-summary")).toContainText(
    `Dr. Maya Rivera, Riverside Clinic (verified) can read your lab results and clinical notes for your treatment until ${in30Days}, and can add notes`,
  );
  await shot(page, "patient", "grant-form-filled");
  const beforeGrant = transactions(patientWallet);
  const grantPrompt = patientWallet.holdNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await grantPrompt.asked;
  await shot(page, "patient", "grant-wallet-asking");
  grantPrompt.release();
  await expect(page.getByText(`You are now sharing with ${RIVERA}`)).toBeVisible({ timeout: 30_000 });
  expect(transactions(patientWallet) - beforeGrant, "one transaction per grant").toBe(1);
  await shot(page, "patient", "grant-done");
  const share = page.getByRole("list", { name: "Your shares" }).getByRole("listitem", { name: RIVERA });
  await expect(share.getByTestId("share-status")).toHaveText("Active");
  await expect(share).toContainText("lab results");
  await expect(share).toContainText("May add notes to your records");
  const granted = (await listPatientShares(chainClient(), coordinates().consent, patient)).find(
    (s) => s.grantee === CLINICIAN.address,
  )!;
  expect(granted).toMatchObject({ status: "active", purposes: ["treatment"], write: true });
  expect(granted.categories).toContain("labs");
  expect(Math.abs(granted.expiresAt.getTime() - expiresAtFor("days30", chainNow).getTime())).toBeLessThan(
    120_000,
  );

  // ── The clinician, in another browser: the patient is listed; the chart opens with one receipt.
  const clinicianContext = await browser.newContext({ baseURL: coordinates().appUrl });
  try {
    const doctor = await clinicianContext.newPage();
    const clinicianWallet = await installTestWallet(doctor, {
      privateKey: DEV_ACCOUNTS.clinician.privateKey,
      chainId: coordinates().chainId,
      rpcUrl: coordinates().rpcUrl,
    });
    await connectThroughModal(doctor, "Test Wallet");
    await expect(doctor.getByRole("heading", { name: "Clinician home" })).toBeVisible();
    const row = patientRow(doctor, patient);
    await expect(row).toContainText("Lab results and clinical notes, for treatment");
    await expect(row).toContainText("Active");
    await shot(doctor, "clinician", "home-patient-listed");
    await row.getByRole("link", { name: "Open this patient's chart" }).click();
    await expect(doctor.getByRole("heading", { name: "Patient chart" })).toBeVisible();
    await shot(doctor, "clinician", "chart-before-unlock");
    await doctor.getByRole("button", { name: "Unlock my key" }).click();
    const beforeChart = transactions(clinicianWallet);
    const chartPrompt = clinicianWallet.holdNext("eth_sendTransaction");
    await doctor.getByRole("button", { name: "Open the chart (one transaction)" }).click();
    await chartPrompt.asked;
    await expect(doctor.getByText("Confirm the transaction in your wallet...")).toBeVisible();
    await shot(doctor, "clinician", "chart-wallet-asking");
    chartPrompt.release();
    await expect(doctor.getByText("Your access is recorded")).toBeVisible({ timeout: 30_000 });
    await expect(doctor.getByTestId("reading-done")).toBeAttached({ timeout: 30_000 });
    await expect(labValues(doctor).filter({ hasText: "Total cholesterol" })).toContainText(CHOLESTEROL);
    await expect(labValues(doctor).filter({ hasText: "HDL cholesterol" })).toContainText(HDL);
    // Lab results only: nothing of the patient's medicines, allergies or vital signs.
    await expect(doctor.getByText("Lisinopril")).toHaveCount(0);
    await expect(doctor.getByText("Penicillin")).toHaveCount(0);
    await expect(doctor.getByRole("region", { name: "Vital signs", exact: true })).toHaveCount(0);
    await shot(doctor, "clinician", "chart-open");
    expect(transactions(clinicianWallet) - beforeChart, "one receipt per chart opening").toBe(1);
    const receipts = await receiptsBy(patient);
    expect(receipts).toHaveLength(1);
    expect(receipts[0].args.recordIds).toEqual([firstLab.recordId]);
    // Looking closer at a value is not another opening: no second receipt.
    await labValues(doctor).filter({ hasText: "Total cholesterol" }).getByRole("button").click();
    await doctor.waitForTimeout(500);
    expect(transactions(clinicianWallet) - beforeChart).toBe(1);

    // ── The clinician writes a note (the patient allowed notes).
    await expect(
      doctor.getByText("Adding notes is not allowed"),
      "the patient ticked “They may add notes to my records”",
    ).toHaveCount(0);
    await doctor.getByRole("button", { name: "Add a note" }).click();
    await doctor.getByLabel("Title").fill(NOTE_TITLE);
    await doctor.getByLabel("Note", { exact: true }).fill(NOTE_TEXT);
    await shot(doctor, "clinician", "note-written");
    const beforeNote = transactions(clinicianWallet);
    await doctor.getByRole("button", { name: "Save the note (one transaction)" }).click();
    await expect(doctor.getByText(`Your note “${NOTE_TITLE}” is in the patient's records`)).toBeVisible({
      timeout: 30_000,
    });
    expect(transactions(clinicianWallet) - beforeNote).toBe(1);
    await shot(doctor, "clinician", "note-saved");

    // ── The patient reads the note in their records, with Dr. Rivera as its author.
    await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
    const documents = page.getByRole("region", { name: "Documents and images", exact: true });
    const note = documents.getByTestId("list-item").filter({ hasText: NOTE_TITLE });
    await expect(note).toContainText(NOTE_TEXT, { timeout: 30_000 });
    await expect(note).toContainText("By Dr. Maya Rivera");
    const noteFiles = page.getByRole("region", { name: "Files: clinical notes", exact: true });
    await noteFiles.getByRole("button", { name: new RegExp(NOTE_TITLE) }).click();
    await expect(noteFiles.getByTestId("record-author").first()).toContainText(
      /Added by Dr\. Maya Rivera.*\(clinician, verified\)/,
    );
    await shot(page, "patient", "records-with-note");

    // ── The patient sees that Dr. Rivera read their records, and the note, while the share is on
    // (the chart told the clinician "the patient sees this under My consents").
    await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
    await expect(share.getByTestId("share-status")).toHaveText("Active");
    await shot(page, "patient", "my-consents-before-stop");
    await expect(share).toContainText(`Opened by ${RIVERA} on ${await chainDay()}: 1 lab result`);
    await expect(share).toContainText(`Added by ${RIVERA} on ${await chainDay()}: 1 note`);

    // ── The patient stops sharing: one transaction; the receipt says what was read.
    await share.getByRole("button", { name: "Stop sharing" }).click();
    await expect(page.getByRole("heading", { name: `Stop sharing with ${RIVERA}?` })).toBeFocused();
    await shot(page, "patient", "stop-confirm");
    const beforeStop = transactions(patientWallet);
    const stopPrompt = patientWallet.holdNext("eth_sendTransaction");
    await page.getByRole("button", { name: "Stop sharing now" }).click();
    await stopPrompt.asked;
    await shot(page, "patient", "stop-wallet-asking");
    stopPrompt.release();
    const stopReceipt = page.getByTestId("stop-receipt");
    await expect(stopReceipt).toContainText(`Sharing with ${RIVERA} has stopped`, { timeout: 30_000 });
    await expect(stopReceipt).toContainText(
      `${RIVERA} opened your lab results once, on ${await chainDay()}, and added 1 note.`,
    );
    await expect(stopReceipt).toContainText("What was already read cannot be recalled");
    expect(transactions(patientWallet) - beforeStop, "one transaction per revocation").toBe(1);
    await expect(share.getByTestId("share-status")).toHaveText("Stopped");
    await shot(page, "patient", "stop-receipt");

    // ── The clinician: access ended, nothing shown, no way to open the chart.
    await doctor.reload();
    await expect(doctor.getByText("Your access to this patient's records has ended")).toBeVisible();
    await expect(doctor.getByText("The patient ended your access.")).toBeVisible();
    await expect(doctor.getByRole("button", { name: /Open the chart/ })).toHaveCount(0);
    await expect(doctor.getByText(CHOLESTEROL)).toHaveCount(0);
    await shot(doctor, "clinician", "chart-access-ended");
    await doctor.goto("/");
    await expect(patientRow(doctor, patient)).toContainText("Access ended (revoked)");
    await expect(
      patientRow(doctor, patient).getByRole("link", { name: "Open this patient's chart" }),
    ).toHaveCount(0);
    await shot(doctor, "clinician", "home-access-ended");
  } finally {
    await clinicianContext.close();
  }

  // ── The patient adds a new lab result.
  await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
  await page.getByLabel("Choose files").setInputFiles([potassiumFile]);
  await expect(
    page
      .getByRole("list", { name: "Files being added" })
      .getByRole("listitem", { name: "potassium.json" })
      .getByText("Added"),
  ).toBeVisible({ timeout: 30_000 });
  await expect(labValues(page).filter({ hasText: "Potassium" })).toContainText("4.1 mmol/L");
  await shot(page, "patient", "records-new-lab");

  // Outside the UI: Dr. Rivera's last keys open the first lab record, but not the new one.
  const doctorKey = await createIdentityKey((message) => CLINICIAN.signMessage({ message }), {
    origin: coordinates().appOrigin,
    chainId: coordinates().chainId,
    address: CLINICIAN.address,
  });
  const lastKeyring = (await listPatientShares(chainClient(), coordinates().consent, patient)).find(
    (s) => s.grantee === CLINICIAN.address,
  )!.keyringCid!;
  const doctorKeys = await openSharedKeyring({
    gatewayUrl: coordinates().ipfsGatewayUrl,
    chainId: coordinates().chainId,
    patient,
    cid: lastKeyring,
    me: CLINICIAN.address,
    identity: doctorKey,
  });
  const asDoctor = {
    gatewayUrl: coordinates().ipfsGatewayUrl,
    chainId: coordinates().chainId,
    consent: coordinates().consent,
    patient,
    identityPrivateKey: doctorKey.privateKey,
    maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
    keys: doctorKeys,
  };
  const labsAfterStop = await labRecords(patient);
  const newLab = labsAfterStop.find((r) => r.recordId !== firstLab.recordId)!;
  expect(labsAfterStop).toHaveLength(2);
  expect((await openSharedRecord(firstLab, asDoctor)).status).toBe("verified");
  expect((await openSharedRecord(newLab, asDoctor)).status).toBe("notShared");

  // ── The patient re-encrypts their older records: the old ciphertext is gone, the values still read.
  expect(await isPinned(firstLab.cid)).toBe(true);
  expect(await gatewayServes(firstLab.cid), "before: anyone can still fetch the old ciphertext").toBe(true);
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  const reencrypt = page.getByTestId("reencrypt-history");
  await expect(reencrypt).toContainText("Copies they already downloaded cannot be recalled");
  await shot(page, "patient", "reencrypt-offered");
  const beforeReencrypt = transactions(patientWallet);
  await reencrypt.getByRole("button", { name: "Re-encrypt older records" }).click();
  await expect(reencrypt.getByRole("status").filter({ hasText: "Done" })).toContainText(
    "1 record was encrypted again with new keys, and the old copies were removed from CareKeys' storage.",
    { timeout: 60_000 },
  );
  await shot(page, "patient", "reencrypt-done");
  expect(transactions(patientWallet) - beforeReencrypt).toBe(1);
  const labsAfterReencrypt = await labRecords(patient);
  const replacement = labsAfterReencrypt.find((r) => r.recordId !== newLab.recordId)!;
  expect(labsAfterReencrypt).toHaveLength(2);
  expect(replacement.recordId).not.toBe(firstLab.recordId);
  expect(await isPinned(firstLab.cid)).toBe(false);
  expect(await gatewayServes(firstLab.cid), "the old lab ciphertext is gone from the gateway").toBe(false);
  expect(await isPinned(replacement.cid)).toBe(true);
  expect((await openSharedRecord(replacement, asDoctor)).status).toBe("notShared");

  await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
  await expect(labValues(page).filter({ hasText: "Total cholesterol" })).toContainText(CHOLESTEROL, {
    timeout: 30_000,
  });
  await expect(labValues(page).filter({ hasText: "HDL cholesterol" })).toContainText(HDL);
  await expect(labValues(page).filter({ hasText: "Potassium" })).toContainText("4.1 mmol/L");
  await expect(page.getByRole("region", { name: "Documents and images", exact: true })).toContainText(
    NOTE_TITLE,
  );
  await shot(page, "patient", "records-after-reencrypt");
});
