import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { type Address, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount, privateKeyToAddress } from "viem/accounts";
import { consentReader } from "../lib/consent/consent";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated";
import { sendCall } from "../lib/contracts/sendCall";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { groupPendingRequests, listPatientRequests } from "../lib/sharing/requests";
import { localChain } from "../lib/wallet/localAccountWallet";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";
import { installTestWallet, type TestWallet } from "./support/testWallet";

const CLINICIAN = privateKeyToAddress(DEV_ACCOUNTS.clinician.privateKey);
const RIVERA = "Dr. Maya Rivera, Riverside Clinic";
const consent = () => process.env.E2E_CONSENT as Address;
const REASON =
  "Follow-up of the raised cholesterol from your April tests, before Tuesday's cardiology visit.";

const transactions = (wallet: TestWallet) =>
  wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;

/** Everything the page sends to the upload route from now on. */
function uploadBodies(page: Page) {
  const bodies: Buffer[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/ipfs/upload")) bodies.push(request.postDataBuffer() ?? Buffer.alloc(0));
  });
  return bodies;
}

/** A new patient who set up their key and added a FHIR file (lab results and medications among it). */
async function newPatientWithRecords(page: Page) {
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
}

/** The patient goes to the Sharing page from the header (the key stays unlocked, requests are read anew). */
async function toSharing(page: Page) {
  await page.getByRole("banner").getByRole("link", { name: "Records" }).click();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Sharing/ })
    .click();
  await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
}

/** The clinician asks `patient` for access from their home. */
async function ask(
  page: Page,
  patient: string,
  request: { categories: string[]; reason: string; duration?: string },
) {
  const form = page.getByRole("region", { name: "Ask a patient for access" });
  await form.getByLabel("Patient's account address").fill(patient);
  for (const category of request.categories) await form.getByRole("checkbox", { name: category }).check();
  if (request.duration) await form.getByRole("radio", { name: request.duration }).check();
  await form.getByLabel("Your reason").fill(request.reason);
  await form.getByRole("button", { name: "Send request" }).click();
  return form;
}

/** WCAG 2.1 A/AA problems axe finds on the page (or the part `within`), as e2e/accessibility.spec.ts checks. */
async function violations(page: Page, within?: string) {
  const axe = new AxeBuilder({ page });
  if (within) axe.include(within);
  const results = await axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** Gas of the transaction that emitted the patient's latest `eventName`. */
async function gasOf(
  eventName: "AccessRequested" | "AccessRequestApproved" | "AccessRequestDenied",
  patient: Address,
) {
  const events = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName,
    args: { patient },
    fromBlock: 0n,
  });
  return (await chainClient().getTransactionReceipt({ hash: events.at(-1)!.transactionHash })).gasUsed;
}

const myRequest = (page: Page, patient: Address) =>
  page.locator(`[data-testid="my-request"][data-patient="${patient}"]`);

test("a clinician asks for lab results and medications with a reason; the patient reads it, approves lab results only; a second request is denied", async ({
  page,
  browser,
  installWallet,
}) => {
  test.setTimeout(180_000);
  // The patient, in this browser context.
  const patientWallet = await installWallet(await fundedNewAccount());
  const patient = patientWallet.address as Address;
  await newPatientWithRecords(page);

  // The demo clinician, in a second browser context with its own wallet.
  const clinicianContext = await browser.newContext();
  const doctor = await clinicianContext.newPage();
  const { chainId, rpcUrl } = stackEnv();
  const clinicianWallet = await installTestWallet(doctor, {
    privateKey: DEV_ACCOUNTS.clinician.privateKey as Hex,
    chainId,
    rpcUrl,
  });
  await connectThroughModal(doctor, "Test Wallet");
  await expect(doctor.getByRole("heading", { name: "Clinician home" })).toBeVisible();

  // A mistyped address is refused with a sentence, before anything is sealed or sent.
  const sent = uploadBodies(doctor);
  let form = await ask(doctor, "0x1234", { categories: ["Lab results"], reason: REASON });
  await expect(form.getByRole("alert")).toContainText("is not a patient's account address");
  expect(sent).toHaveLength(0);
  expect(transactions(clinicianWallet)).toBe(0);

  // The request: lab results and medications, for 30 days, with a reason.
  await form.getByLabel("Patient's account address").fill(patient);
  await form.getByRole("checkbox", { name: "Medications" }).check();
  await form.getByRole("button", { name: "Try again" }).click();
  await expect(form.getByText("Your request was sent")).toBeVisible({ timeout: 30_000 });
  expect(transactions(clinicianWallet)).toBe(1);
  // Only the sealed note left the browser: the reason's words are in no upload.
  expect(sent).toHaveLength(1);
  expect(sent[0].toString("latin1")).not.toContain("cholesterol");
  console.log(
    `request: reason uploaded as ${sent[0].length} bytes, ${await gasOf("AccessRequested", patient)} gas`,
  );
  expect(await violations(doctor)).toEqual([]);
  await expect(myRequest(doctor, patient).getByTestId("request-status")).toHaveText(
    "Waiting for the patient",
  );
  const [onChain] = await listPatientRequests(
    chainClient(),
    { consent: consent(), directory: stackEnv().directory },
    patient,
  );
  expect(onChain).toMatchObject({ status: "pending", categories: ["labs", "medications"], write: false });

  // The patient sees the badge, the request in plain words and the reason.
  await toSharing(page);
  await expect(page.getByTestId("header-requests-badge")).toHaveText("1 request waiting");
  await expect(page.getByTestId("requests-badge")).toContainText("1");
  const item = page.getByRole("listitem", { name: `Request from ${RIVERA}` });
  await expect(item).toContainText(
    `${RIVERA} (verified) asks to read your lab results and medications for your treatment, for 30 days.`,
  );
  await expect(item.getByText("Verified", { exact: true })).toBeVisible();
  await expect(item).toContainText(CLINICIAN);
  await expect(item.getByTestId("request-reason")).toHaveText(REASON);

  // Approved narrowed to lab results only, in one transaction.
  await item.getByRole("button", { name: "Approve..." }).click();
  await expect(item.getByRole("heading", { name: `Approve ${RIVERA}'s request` })).toBeFocused();
  await expect(item.getByRole("checkbox", { name: "Medications" })).toBeChecked();
  // The Requests section (the directory list below it has its own checks in e2e/sharing.spec.ts).
  expect(await violations(page, 'section[aria-labelledby="requests-heading"]')).toEqual([]);
  await item.getByRole("checkbox", { name: "Medications" }).uncheck();
  await expect(item.getByTestId("approve-summary")).toContainText(
    `${RIVERA} (verified) can read your lab results for your treatment until`,
  );
  const before = transactions(patientWallet);
  await item.getByRole("button", { name: "Approve and share" }).click();
  await expect(page.getByText("You approved the request.")).toBeVisible({ timeout: 30_000 });
  expect(transactions(patientWallet) - before).toBe(1);
  console.log(`approve (narrowed): ${await gasOf("AccessRequestApproved", patient)} gas`);
  await expect(page.getByTestId("requests-badge")).toHaveCount(0);
  await expect(page.getByTestId("header-requests-badge")).toHaveCount(0);
  const grant = await consentReader(chainClient(), consent()).grantOf(patient, CLINICIAN);
  expect(grant).toMatchObject({
    status: "active",
    categories: ["labs"],
    purposes: ["treatment"],
    write: false,
  });
  expect(
    await consentReader(chainClient(), consent()).canAccess(patient, CLINICIAN, "medications", "treatment"),
  ).toBe(false);

  // The clinician sees "approved", with the way to the chart.
  await doctor.getByRole("button", { name: "Check for answers" }).click();
  await expect(myRequest(doctor, patient).getByTestId("request-status")).toHaveText("Approved");
  await expect(
    myRequest(doctor, patient).getByRole("link", { name: "Open this patient's chart" }),
  ).toHaveAttribute("href", `/patients/${patient}`);

  // A second request (notes too) is denied in one transaction.
  await form.getByRole("button", { name: "Ask another patient" }).click();
  form = await ask(doctor, patient, {
    categories: ["Clinical notes"],
    reason: "I would like to add my visit summary to your records.",
    duration: "This visit (24 hours)",
  });
  await expect(form.getByText("Your request was sent")).toBeVisible({ timeout: 30_000 });
  await toSharing(page);
  const second = page.getByRole("listitem", { name: `Request from ${RIVERA}` });
  await expect(second).toContainText("asks to read your clinical notes for your treatment, for 24 hours");
  await expect(second.getByTestId("request-reason")).toHaveText(
    "I would like to add my visit summary to your records.",
  );
  // A refused prompt changes nothing: the request still waits.
  patientWallet.rejectNext("eth_sendTransaction");
  await second.getByRole("button", { name: "Deny" }).click();
  await expect(second.getByRole("alert")).toContainText("You declined the request in your wallet");
  await expect(page.getByTestId("requests-badge")).toContainText("1");
  const beforeDeny = transactions(patientWallet);
  await second.getByRole("button", { name: "Deny" }).click();
  await expect(page.getByText(`You denied ${RIVERA}'s request. Nothing was shared.`)).toBeVisible({
    timeout: 30_000,
  });
  expect(transactions(patientWallet) - beforeDeny).toBe(1);
  console.log(`deny: ${await gasOf("AccessRequestDenied", patient)} gas`);
  await page.getByText("Earlier requests (2)").click();
  await expect(page.getByTestId("earlier-request-status")).toHaveText([
    "You denied it",
    "You approved it (you may have approved less than asked)",
  ]);
  expect((await consentReader(chainClient(), consent()).grantOf(patient, CLINICIAN)).categories).toEqual([
    "labs",
  ]);

  await doctor.getByRole("button", { name: "Check for answers" }).click();
  await expect(myRequest(doctor, patient).getByTestId("request-status")).toHaveText(["Denied", "Approved"]);
  await clinicianContext.close();
});

/** The demo clinician, signed in in a second browser context with its own wallet. */
async function clinicianAt(browser: Browser) {
  const context = await browser.newContext();
  const doctor = await context.newPage();
  const { chainId, rpcUrl } = stackEnv();
  const wallet = await installTestWallet(doctor, {
    privateKey: DEV_ACCOUNTS.clinician.privateKey as Hex,
    chainId,
    rpcUrl,
  });
  await connectThroughModal(doctor, "Test Wallet");
  await expect(doctor.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  return { context, doctor, wallet };
}

/**
 * `count` strangers register in the Directory (no verifier checks them) and each asks `patient`
 * for access, all naming the same reason CID (one they did not write: reusing a CID is free).
 */
async function strangersAsk(patient: Address, count: number, reasonCid: Hex) {
  const { chainId, rpcUrl, directory } = stackEnv();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const wallet = createWalletClient({
        account: privateKeyToAccount(await fundedNewAccount()),
        chain: localChain(chainId, rpcUrl),
        transport: http(rpcUrl),
      }).extend(publicActions);
      await sendCall(wallet, {
        address: directory,
        abi: directoryAbi,
        functionName: "registerProvider",
        args: [
          `Pop-up Clinic ${i + 1}`,
          `0x${"11".repeat(32)}`,
          "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
        ],
      });
      await sendCall(wallet, {
        address: consent(),
        abi: consentRegistryAbi,
        functionName: "requestAccess",
        args: [patient, 1 << 3, 1, 86400, false, reasonCid],
      });
    }),
  );
}

test("one pending request per clinician: asking again offers Withdraw; strangers' requests are set apart, shown ten at a time and declined in one transaction", async ({
  page,
  browser,
  installWallet,
}) => {
  test.setTimeout(240_000);
  const patientWallet = await installWallet(await fundedNewAccount());
  const patient = patientWallet.address as Address;
  await newPatientWithRecords(page);
  const { context, doctor, wallet: clinicianWallet } = await clinicianAt(browser);

  const form = await ask(doctor, patient, { categories: ["Lab results"], reason: REASON });
  await expect(form.getByText("Your request was sent")).toBeVisible({ timeout: 30_000 });

  // Asking the same patient again shows the pending request and offers Withdraw, not a
  // transaction that would revert.
  await form.getByRole("button", { name: "Ask another patient" }).click();
  await form.getByLabel("Patient's account address").fill(patient);
  const waiting = form.getByTestId("pending-request");
  await expect(waiting).toContainText(
    "Your request to read their lab results for treatment, for 30 days, is waiting for their answer",
  );
  await form.getByRole("checkbox", { name: "Lab results" }).check();
  await form.getByRole("checkbox", { name: "Medications" }).check();
  await form.getByLabel("Your reason").fill("Also your medicines, please.");
  await expect(form.getByRole("button", { name: "Send request" })).toBeDisabled();
  const reader = consentReader(chainClient(), consent());
  const open = await reader.openRequestOf(CLINICIAN, patient);
  expect(open).toBeGreaterThan(0n);

  // A refused prompt changes nothing.
  clinicianWallet.rejectNext("eth_sendTransaction");
  await form.getByRole("button", { name: "Withdraw this request" }).click();
  await expect(form.getByRole("alert")).toContainText("You declined the request in your wallet");
  expect(await reader.openRequestOf(CLINICIAN, patient)).toBe(open);
  const beforeWithdraw = transactions(clinicianWallet);
  await form.getByRole("button", { name: "Withdraw this request" }).click();
  await expect(waiting).toHaveCount(0, { timeout: 30_000 });
  expect(transactions(clinicianWallet) - beforeWithdraw).toBe(1);
  expect(await reader.openRequestOf(CLINICIAN, patient)).toBe(0n);
  await expect(myRequest(doctor, patient).getByTestId("request-status")).toHaveText("You withdrew it");

  // Now a new request can be sent.
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByText("Your request was sent")).toBeVisible({ timeout: 30_000 });
  const pendingNow = await reader.openRequestOf(CLINICIAN, patient);
  expect(pendingNow).toBeGreaterThan(open);

  // Twelve strangers each ask once, reusing the reason CID of that request.
  const asked = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "AccessRequested",
    args: { patient },
    fromBlock: 0n,
  });
  await strangersAsk(patient, 12, asked.at(-1)!.args.reasonCid!);

  // The patient: the verified clinician first; the strangers apart, marked, ten at a time.
  await toSharing(page);
  await expect(page.getByTestId("requests-badge")).toHaveText("13 waiting for your answer");
  const verified = page.getByRole("list", { name: "Requests waiting for your answer" });
  await expect(verified.getByTestId("access-request")).toHaveCount(1);
  await expect(verified).toContainText(`${RIVERA} (verified) asks to read your lab results and medications`);
  const strangers = page.getByTestId("unverified-requests");
  await expect(strangers.getByRole("heading", { name: "From unverified entries (12)" })).toBeVisible();
  const strangerList = strangers.getByRole("list", { name: "Requests from unverified entries" });
  await expect(strangerList.getByTestId("access-request")).toHaveCount(10);
  await expect(strangerList.getByTestId("access-request").first()).toContainText("Not verified");
  // A reused reason does not open as theirs.
  await expect(strangerList.getByTestId("access-request").first()).toContainText(
    "The reason cannot be shown",
  );
  await strangers.getByRole("button", { name: "Show more (2 more)" }).click();
  await expect(strangerList.getByTestId("access-request")).toHaveCount(12);
  expect(await violations(page, 'section[aria-labelledby="requests-heading"]')).toEqual([]);

  // Decline all from unverified entries: a refused prompt changes nothing; then one transaction.
  const declineAll = strangers.getByRole("button", { name: /^Decline all requests from unverified entries/ });
  patientWallet.rejectNext("eth_sendTransaction");
  await declineAll.click();
  await expect(strangers.getByRole("alert")).toContainText("You declined the request in your wallet");
  await expect(page.getByTestId("requests-badge")).toHaveText("13 waiting for your answer");
  const beforeDecline = transactions(patientWallet);
  await declineAll.click();
  await expect(
    page.getByText("You declined 12 requests from unverified entries. Nothing was shared."),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(transactions(patientWallet) - beforeDecline).toBe(1);
  await expect(page.getByTestId("unverified-requests")).toHaveCount(0);
  await expect(page.getByTestId("requests-badge")).toHaveText("1 waiting for your answer");
  const groups = groupPendingRequests(
    await listPatientRequests(
      chainClient(),
      { consent: consent(), directory: stackEnv().directory },
      patient,
    ),
  );
  expect(groups.unverified).toEqual([]);
  expect(groups.verified.map((r) => r.requestId)).toEqual([pendingNow]);
  await context.close();
});
