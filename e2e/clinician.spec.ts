import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { type Address, createWalletClient, type Hex, hexToBytes, http, publicActions } from "viem";
import { privateKeyToAccount, privateKeyToAddress } from "viem/accounts";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { acceptCar } from "../lib/ipfs/acceptCar";
import { ipfsClient } from "../lib/ipfs/client";
import { listAnchoredRecords } from "../lib/records/chain";
import { sendSharingCall } from "../lib/sharing/calls";
import { formatDate } from "../lib/sharing/chart";
import { expiresAtFor, UNTIL_REVOKED } from "../lib/sharing/grants";
import { planRequest } from "../lib/sharing/requests";
import { stackPatient } from "../lib/sharing/stackPatient";
import { localChain } from "../lib/wallet/localAccountWallet";
import {
  chainClient,
  connectThroughModal,
  expect,
  fundedNewAccount,
  newPatient,
  patientKeyOnChain,
  test,
} from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";
import type { TestWallet } from "./support/testWallet";

const CLINICIAN = privateKeyToAddress(DEV_ACCOUNTS.clinician.privateKey);

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

/** A lab export with one result, as a clinic would send it. */
const labFile = (
  name: string,
  test: { loinc: string; text: string; value: number; unit: string; date: string },
) => ({
  name,
  bytes: new TextEncoder().encode(
    JSON.stringify({
      resourceType: "Bundle",
      type: "collection",
      entry: [
        {
          resource: {
            resourceType: "Observation",
            status: "final",
            category: [
              {
                coding: [
                  {
                    system: "http://terminology.hl7.org/CodeSystem/observation-category",
                    code: "laboratory",
                  },
                ],
              },
            ],
            code: { coding: [{ system: "http://loinc.org", code: test.loinc }], text: test.text },
            effectiveDateTime: test.date,
            valueQuantity: {
              value: test.value,
              unit: test.unit,
              system: "http://unitsofmeasure.org",
              code: test.unit,
            },
          },
        },
      ],
    }),
  ),
});

const CHOLESTEROL = {
  loinc: "2093-3",
  text: "Total cholesterol",
  value: 213,
  unit: "mg/dL",
  date: "2026-04-02",
};
const GLUCOSE = { loinc: "2345-7", text: "Glucose", value: 97, unit: "mg/dL", date: "2026-05-10" };

/** A new patient who added a lab result and shared lab results with the demo clinician, from Node. */
async function patientSharingLabs(expiresAt: Date) {
  const patient = await stackPatient(coordinates(), await fundedNewAccount());
  const recordIds = await patient.addFiles([labFile("lab-cholesterol.json", CHOLESTEROL)]);
  // A medication the clinician was not given: never in the receipt, never shown.
  await patient.addFiles([
    {
      name: "medications.json",
      bytes: new TextEncoder().encode(
        JSON.stringify({
          resourceType: "MedicationStatement",
          status: "active",
          subject: { reference: "Patient/example" },
          medicationCodeableConcept: { text: "Warfarin 5 mg" },
        }),
      ),
    },
  ]);
  await patient.grant(CLINICIAN, { categories: ["labs"], purposes: ["treatment"], expiresAt });
  return { patient, recordIds };
}

async function signInAsClinician(page: Page, installWallet: (key: Hex) => Promise<TestWallet>) {
  const wallet = await installWallet(DEV_ACCOUNTS.clinician.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  return wallet;
}

/** WCAG 2.1 A/AA problems axe finds on the page as it is (as e2e/accessibility.spec.ts checks). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

const patientRow = (page: Page, patient: Address) =>
  page.locator(`[data-testid="shared-patient"][data-patient="${patient}"]`);

const receiptsOf = (patient: Address) =>
  chainClient().getContractEvents({
    address: process.env.E2E_CONSENT as Address,
    abi: consentRegistryAbi,
    eventName: "AccessLogged",
    args: { patient, grantee: CLINICIAN },
    fromBlock: 0n,
  });

const labValues = (page: Page) =>
  page.getByRole("region", { name: "Lab results", exact: true }).getByTestId("measurement");

async function openChart(page: Page, patient: Address) {
  await patientRow(page, patient).getByRole("link", { name: "Open this patient's chart" }).click();
  await expect(page.getByRole("heading", { name: "Patient chart" })).toBeVisible();
  await page.getByRole("button", { name: "Unlock my key" }).click();
}

test("a patient's share: listed, the chart sends one receipt and shows the lab values; after the revocation and a new lab record, access ended and nothing shown", async ({
  page,
  installWallet,
}) => {
  const { patient, recordIds } = await patientSharingLabs(UNTIL_REVOKED);
  const wallet = await signInAsClinician(page, installWallet);

  const row = patientRow(page, patient.address);
  // A patient without a Directory entry is listed as such, with the short address, among the active.
  await expect(row.getByTestId("patient-name")).toHaveText("Unnamed patient");
  await expect(row).toContainText(`${patient.address.slice(0, 6)}…${patient.address.slice(-4)}`);
  await expect(
    page.getByRole("region", { name: /^Active \(\d+\)$/ }).locator(`[data-patient="${patient.address}"]`),
  ).toBeVisible();
  await expect(row).toContainText("Lab results, for treatment");
  await expect(row).toContainText("Until the patient revokes it");
  await expect(row).toContainText("Active");
  expect(await violations(page)).toEqual([]);

  expect(await receiptsOf(patient.address)).toHaveLength(0);
  const anchored = await listAnchoredRecords(chainClient(), coordinates().consent, patient.address);
  const cids = anchored.map((r) => r.cid);
  const labCids = anchored.filter((r) => recordIds.includes(r.recordId)).map((r) => r.cid);
  const fetched: string[] = [];
  page.on("request", (request) => {
    const cid = cids.find((c) => request.url().includes(c));
    if (cid) fetched.push(cid);
  });
  await openChart(page, patient.address);
  // The clinician declines the receipt in the wallet: nothing is fetched or shown.
  wallet.rejectNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Open the chart (one transaction)" }).click();
  const declined = page.getByRole("alert").filter({ hasText: "The chart was not opened" });
  await expect(declined).toContainText("You declined the request in your wallet.");
  await expect(declined).toContainText("Nothing from the patient's records was shown.");
  await expect(page.getByRole("region", { name: "Lab results", exact: true })).toHaveCount(0);
  expect(await receiptsOf(patient.address)).toHaveLength(0);
  expect(fetched).toEqual([]);

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("Your access is recorded")).toBeVisible();
  // The button that opened the chart is gone: the keyboard goes on from the notice that replaced it.
  await expect(page.getByTestId("chart-opened")).toBeFocused();
  // One file (of one value here), counted as what it is; the patient's side named as it is.
  await expect(page.getByTestId("chart-opened")).toContainText(
    "You opened 1 file of lab results for treatment. The patient sees this under My consents.",
  );
  await expect(page.getByTestId("reading-done")).toHaveText("The file is read.");
  const cholesterol = labValues(page).filter({ hasText: "Total cholesterol" });
  await expect(cholesterol.getByRole("button")).toContainText("213 mg/dL");
  await expect(page.getByText("Warfarin")).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  // Only the shared record was fetched: the medication's ciphertext never left the gateway.
  expect([...new Set(fetched)]).toEqual(labCids);

  // One receipt, by this clinician, for the lab record only, for treatment (purpose 0).
  const receipts = await receiptsOf(patient.address);
  expect(receipts).toHaveLength(1);
  expect(receipts[0].args.recordIds).toEqual(recordIds);
  expect(receipts[0].args.purpose).toBe(0);
  // Re-renders and opening a lab table send nothing more.
  await cholesterol.getByRole("button").click();
  await page.waitForTimeout(500);
  expect(await receiptsOf(patient.address)).toHaveLength(1);

  // The patient revokes (the lab key rotates) while the chart is open. Regression (walk #4): the
  // open chart went on saying "Active" and showing the values. Without a reload, it notices.
  await patient.revoke(CLINICIAN);
  const endedOn = formatDate(new Date(Number((await chainClient().getBlock()).timestamp) * 1000));
  await expect(page.getByText("Your access to this patient's records has ended")).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText("213 mg/dL")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Lab results", exact: true })).toHaveCount(0);
  // Regression (walk #3): past tense only, with when it ended, and no permission in the present tense.
  await expect(page.getByTestId("share-expiry")).toHaveText(
    `Ended on ${endedOn}: the patient stopped sharing`,
  );
  await expect(page.getByText(/you may add/)).toHaveCount(0);
  await expect(page.getByText("Active", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask this patient again" })).toBeVisible();

  // A lab result sealed with the new key after the revocation.
  await patient.addFiles([labFile("lab-glucose.json", GLUCOSE)]);
  await page.reload();
  await expect(page.getByText("Your access to this patient's records has ended")).toBeVisible();
  await expect(page.getByText("The patient ended your access.")).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await expect(page.getByRole("button", { name: /Open the chart/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Lab results", exact: true })).toHaveCount(0);
  await expect(page.getByText("213 mg/dL")).toHaveCount(0);
  await expect(page.getByText("Glucose")).toHaveCount(0);
  expect(await receiptsOf(patient.address)).toHaveLength(1);

  await page.goto("/");
  await expect(patientRow(page, patient.address)).toContainText("Access ended (revoked)");
  await expect(patientRow(page, patient.address).getByTestId("share-expiry")).toHaveText(
    `Ended on ${endedOn}: the patient stopped sharing`,
  );
  await expect(patientRow(page, patient.address)).not.toContainText("Until the patient revokes it");
  // Listed under its own heading, apart from the active shares, and found by its address.
  const ended = page.getByRole("region", { name: /^Access ended \(\d+\)$/ });
  await expect(ended.locator(`[data-patient="${patient.address}"]`)).toBeVisible();
  await page.getByLabel("Find a patient by name or address").fill(patient.address.slice(2, 12));
  await expect(page.getByTestId("shared-patient")).toHaveCount(1);
  await expect(ended.locator(`[data-patient="${patient.address}"]`)).toBeVisible();
  await expect(
    patientRow(page, patient.address).getByRole("link", { name: "Open this patient's chart" }),
  ).toHaveCount(0);

  // Regression (walk #7): the ended row was a dead end. "Ask this patient again" opens the request
  // form with the patient's address filled in, and the keyboard is on the form.
  await patientRow(page, patient.address).getByRole("link", { name: "Ask this patient again" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?ask=${patient.address}`));
  await expect(page.getByTestId("ask-form")).toBeFocused();
  await expect(page.getByLabel("Patient's account address")).toHaveValue(patient.address);
  expect(await violations(page)).toEqual([]);
});

test("an expired share ends access: access ended, no receipt, nothing decrypted", async ({
  page,
  installWallet,
}) => {
  const now = new Date(Number((await chainClient().getBlock()).timestamp) * 1000);
  const { patient } = await patientSharingLabs(expiresAtFor("thisVisit", now));
  await signInAsClinician(page, installWallet);
  await expect(patientRow(page, patient.address)).toContainText("Active");

  // A day and a bit later, by the chain's clock.
  const rpc = (method: string, params: unknown[]) =>
    fetch(stackEnv().rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
  await rpc("evm_increaseTime", [25 * 3600]);
  await rpc("evm_mine", []);

  await page.goto(`/patients/${patient.address}`);
  await expect(page.getByText("Your access to this patient's records has ended")).toBeVisible();
  await expect(page.getByText(/The patient's consent expired on/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Open the chart/ })).toHaveCount(0);
  await expect(page.getByText("213 mg/dL")).toHaveCount(0);
  expect(await receiptsOf(patient.address)).toHaveLength(0);
  await page.goto("/");
  await expect(patientRow(page, patient.address)).toContainText("Access ended (expired)");
  const expiry = patientRow(page, patient.address).getByTestId("share-expiry");
  await expect(expiry).toHaveText(/^Ran out on \d{1,2} \w{3} \d{4}$/);
});

test("a chart address that is not an address says so", async ({ page }) => {
  await page.goto("/patients/not-an-address");
  await expect(page.getByRole("heading", { name: "This patient's chart cannot be found" })).toBeVisible();
  await expect(page.getByText("is not a patient's account address")).toBeVisible();
});

test("a clinician's request shows on the patient's open page without a reload (the header's badge)", async ({
  page,
  installWallet,
}) => {
  const { wallet } = await newPatient(page, installWallet);
  await expect(page.getByTestId("header-requests-badge")).toHaveCount(0);

  // The demo clinician asks for access from Node, as the app would (reason sealed, stored, one transaction).
  const stack = coordinates();
  const clinician = createWalletClient({
    account: privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey),
    chain: localChain(stack.chainId, stack.rpcUrl),
    transport: http(stack.rpcUrl),
  }).extend(publicActions);
  const plan = await planRequest({
    chainId: stack.chainId,
    consent: stack.consent,
    requester: CLINICIAN,
    patient: wallet.address,
    patientKey: hexToBytes(await patientKeyOnChain(wallet.address)),
    choice: {
      categories: ["labs"],
      purposes: ["treatment"],
      durationSeconds: 86_400,
      write: false,
      reason: "Your GP asked me to review your cholesterol.",
    },
  });
  const ipfs = ipfsClient(stack.ipfsApiUrl);
  for (const car of plan.uploads) await acceptCar(Buffer.concat(car.parts), car.cid.toString(), ipfs);
  await sendSharingCall(clinician, plan.call);

  // No reload, no navigation: the badge appears while the page stays open.
  await expect(page.getByTestId("header-requests-badge")).toContainText("1", { timeout: 15_000 });
  await expect(page.getByTestId("header-requests-badge")).toContainText("request waiting");
});

// Walk 6 #10: the chart's header said "Unnamed patient" while the line below, from the patient's
// own records, said "Alex Morgan · born 12 Apr 1979"; and the chart had no search. Walk 7: then it
// said "No name in the CareKeys directory", as if patients were listed there.
test("the chart names the patient by where each name comes from, and searches the shared records", async ({
  page,
  installWallet,
}) => {
  const patient = await stackPatient(coordinates(), await fundedNewAccount());
  const observation = (test: typeof CHOLESTEROL) =>
    JSON.parse(new TextDecoder().decode(labFile("x.json", test).bytes)).entry[0];
  await patient.addFiles([
    {
      name: "portal-export.json",
      bytes: new TextEncoder().encode(
        JSON.stringify({
          resourceType: "Bundle",
          type: "collection",
          entry: [
            {
              resource: {
                resourceType: "Patient",
                name: [{ given: ["Alex"], family: "Morgan" }],
                birthDate: "1979-04-12",
              },
            },
            observation(CHOLESTEROL),
            observation(GLUCOSE),
          ],
        }),
      ),
    },
  ]);
  await patient.grant(CLINICIAN, {
    categories: ["labs", "demographics"],
    purposes: ["treatment"],
    expiresAt: UNTIL_REVOKED,
  });
  await signInAsClinician(page, installWallet);
  await openChart(page, patient.address);
  // Walk 7: patients are not in the Directory (it lists providers and AI models), so the header
  // names the account by its short address, the full one in a tooltip and on the line below.
  const short = `${patient.address.slice(0, 6)}…${patient.address.slice(-4)}`;
  await expect(page.getByTestId("patient-name")).toHaveText(`Patient ${short}`);
  await expect(page.getByTestId("patient-name")).toHaveAttribute("title", patient.address);
  await expect(page.getByTestId("patient-address")).toHaveText(`Full address: ${patient.address}`);
  await expect(page.getByText("No name in the CareKeys directory")).toHaveCount(0);
  await expect(page.getByText("Unnamed patient")).toHaveCount(0);
  await page.getByRole("button", { name: "Open the chart (one transaction)" }).click();
  await expect(page.getByTestId("reading-done")).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId("patient-summary")).toHaveText(
    "Name in the records: Alex Morgan · born 12 Apr 1979",
  );

  // The same search as the patient's own page: it narrows the chart, and says when nothing matches.
  await expect(labValues(page)).toHaveCount(2);
  const search = page.getByRole("searchbox", { name: "Search this patient's records" });
  await search.fill("glucose");
  await expect(labValues(page)).toHaveCount(1);
  await expect(labValues(page).first()).toContainText("97 mg/dL");
  await expect(labValues(page).first().getByTestId("measurement-value")).toBeVisible(); // opened
  await search.fill("warfarin");
  await expect(page.getByRole("status").filter({ hasText: "No records match “warfarin”" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lab results", exact: true })).toHaveCount(0);
  await search.fill("");
  await expect(labValues(page)).toHaveCount(2);
  expect(await violations(page)).toEqual([]);
});
