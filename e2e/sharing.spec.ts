import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { type Address, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { categoryOfRecordId } from "../lib/consent/codes";
import { consentReader, consentWriter } from "../lib/consent/consent";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated";
import { sendCall } from "../lib/contracts/sendCall";
import { createIdentityKey } from "../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { formatDay } from "../lib/sharing/consentView";
import { UNVERIFIED_WARNING } from "../lib/sharing/directory";
import { describeTerms, expiresAtFor, listPatientShares } from "../lib/sharing/grants";
import { localChain } from "../lib/wallet/localAccountWallet";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { startIpfsNode, stopIpfsNode } from "./support/ipfsNode";
import { stackEnv } from "./support/stackEnv";
import type { TestWallet } from "./support/testWallet";

const RIVERA = "Dr. Maya Rivera, Riverside Clinic";
const consent = () => process.env.E2E_CONSENT as Address;
const walletOf = (privateKey: Hex) =>
  createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: localChain(stackEnv().chainId, stackEnv().rpcUrl),
    transport: http(stackEnv().rpcUrl),
  }).extend(publicActions);
const clinician = walletOf(DEV_ACCOUNTS.clinician.privateKey);
const transactions = (wallet: TestWallet) =>
  wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
const shareOnChain = async (patient: Address, grantee: Address) =>
  (await listPatientShares(chainClient(), consent(), patient)).find((s) => s.grantee === grantee);

/** WCAG 2.1 A/AA problems axe can find on the page as it is. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

/** Bytes the page sends to the upload route from now on (keyrings only, in these flows). */
function uploadedBytes(page: Page) {
  const sizes: number[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/ipfs/upload")) sizes.push(request.postDataBuffer()?.length ?? 0);
  });
  return () => sizes.splice(0);
}

/** Gas of the transaction that emitted the patient's latest `eventName`. */
async function gasOf(eventName: "AccessGranted" | "AccessRevoked" | "AllAccessRevoked", patient: Address) {
  const events = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName,
    args: { patient },
    fromBlock: 0n,
  });
  const receipt = await chainClient().getTransactionReceipt({ hash: events.at(-1)!.transactionHash });
  return receipt.gasUsed;
}

/** A new patient with a key, on the sharing page (reached from the header), records unlocked. */
async function newPatientOnSharingPage(page: Page, wallet: TestWallet, upload: boolean) {
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  if (upload) {
    await page.getByRole("link", { name: "Open your records" }).click();
    await page.getByLabel("Choose files").setInputFiles([
      {
        name: "patient-21.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 21, visits: 2 }))),
      },
    ]);
    await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
      timeout: 30_000,
    });
  }
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
  return wallet.address;
}

test("a patient grants lab results to the verified clinician for 30 days, sees it active, and revoking ends it in one transaction with a receipt", async ({
  page,
  installWallet,
}) => {
  const wallet = await installWallet(await fundedNewAccount());
  const patient = await newPatientOnSharingPage(page, wallet, true);
  await expect(page.getByRole("list", { name: "Your shares" })).toHaveCount(0);

  await page.getByLabel("Search the directory").fill("rivera");
  await page.getByRole("button", { name: `Choose ${RIVERA}` }).click();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await page.getByRole("radio", { name: "30 days" }).check();
  const now = new Date(Number((await chainClient().getBlock()).timestamp) * 1000);
  const expected = describeTerms(
    { name: RIVERA, verified: true },
    { categories: ["labs"], purposes: ["treatment"], expiresAt: expiresAtFor("days30", now) },
    { timeZone: "UTC" },
  );
  await expect(page.getByTestId("grant-summary")).toContainText(`${expected}.`);
  expect(expected).toMatch(
    /^Dr\. Maya Rivera, Riverside Clinic \(verified\) can read your lab results for your treatment until \d+ \w+ \d{4}$/,
  );

  const uploads = uploadedBytes(page);
  const before = transactions(wallet);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(`You are now sharing with ${RIVERA}`)).toBeVisible({ timeout: 30_000 });
  // Walk #10: the Share button is gone; focus is on the success notice, not lost to <body>.
  await expect(
    page.getByRole("status").filter({ hasText: `You are now sharing with ${RIVERA}` }),
  ).toBeFocused();
  expect(transactions(wallet) - before).toBe(1);
  console.log(
    `grant: uploads ${JSON.stringify(uploads())} bytes, ${await gasOf("AccessGranted", patient)} gas`,
  );

  const item = page.getByRole("list", { name: "Your shares" }).getByRole("listitem", { name: RIVERA });
  await expect(item.getByTestId("share-status")).toHaveText("Active");
  await expect(item).toContainText("lab results");
  const granted = await shareOnChain(patient, clinician.account.address);
  expect(granted).toMatchObject({
    status: "active",
    categories: ["labs"],
    purposes: ["treatment"],
    write: false,
  });
  expect(granted!.keyringCid).toMatch(/^baf/);
  const stored = await consentReader(chainClient(), consent()).grantOf(patient, clinician.account.address);
  expect(stored.status).toBe("active");
  expect(Math.abs(stored.expiresAt.getTime() - expiresAtFor("days30", now).getTime())).toBeLessThan(60_000);

  // The clinician logs reading one lab record (as its browser would), for the receipt.
  const anchored = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "RecordsAnchored",
    args: { patient },
    fromBlock: 0n,
  });
  const lab = anchored
    .flatMap((e) => (e.args.records ?? []).map((r) => r.recordId))
    .find((id) => categoryOfRecordId(id) === "labs")!;
  await consentWriter(clinician, consent()).logAccess({ patient, recordIds: [lab], purpose: "treatment" });
  const readOn = formatDay(new Date(Number((await chainClient().getBlock()).timestamp) * 1000));

  // Walk #2: while the share runs, the patient can see who opened what, and when.
  await page.getByRole("banner").getByRole("link", { name: "Records" }).click();
  await expect(page.getByRole("heading", { name: "Your records", level: 1 })).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await expect(item.getByTestId("share-history")).toContainText(
    `Opened by ${RIVERA} on ${readOn}: 1 lab result`,
    { timeout: 30_000 },
  );

  // A refused prompt changes nothing, and can be tried again.
  await item.getByRole("button", { name: "Stop sharing" }).click();
  await expect(page.getByRole("heading", { name: `Stop sharing with ${RIVERA}?` })).toBeFocused();
  await expect(item).toContainText("What they have already read cannot be recalled");
  wallet.rejectNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Stop sharing now" }).click();
  await expect(item.getByRole("alert")).toContainText("You declined the request in your wallet");
  expect((await shareOnChain(patient, clinician.account.address))?.status).toBe("active");

  const beforeStop = transactions(wallet);
  await page.getByRole("button", { name: "Try again" }).click();
  const receipt = page.getByTestId("stop-receipt");
  await expect(receipt).toContainText(`Sharing with ${RIVERA} has stopped`, { timeout: 30_000 });
  await expect(receipt).toContainText(`${RIVERA} opened your lab results once, on ${readOn}.`);
  await expect(receipt).toContainText("What was already read cannot be recalled");
  expect(transactions(wallet) - beforeStop).toBe(1);
  console.log(
    `revoke: uploads ${JSON.stringify(uploads())} bytes, ${await gasOf("AccessRevoked", patient)} gas`,
  );
  expect(await violations(page)).toEqual([]);
  // Walk #3: a stopped share reads in the past tense, and keeps its history.
  await expect(item.getByTestId("share-status")).toHaveText("Stopped");
  await expect(item.getByTestId("share-ended")).toHaveText(/^Stopped by you on \d{1,2} \w{3} \d{4}$/);
  await expect(item).not.toContainText("Lasts");
  await expect(item).not.toContainText("until");
  await expect(item.getByTestId("share-history")).toContainText(
    `Opened by ${RIVERA} on ${readOn}: 1 lab result`,
  );
  expect((await shareOnChain(patient, clinician.account.address))?.status).toBe("revoked");
  expect(
    await consentReader(chainClient(), consent()).canAccess(
      patient,
      clinician.account.address,
      "labs",
      "treatment",
    ),
  ).toBe(false);
});

test("an unverified directory entry needs the extra confirmation; keys that cannot be stored or a refused grant change nothing; stop sharing with everyone", async ({
  page,
  installWallet,
}) => {
  // Someone registers under a clinic's name; no verifier checks it.
  const impostor = walletOf(await fundedNewAccount());
  const name = `Dr. Lee Quinn ${Date.now()}, Pop-up Clinic`;
  const key = await createIdentityKey((message) => impostor.account.signMessage({ message }), {
    origin: stackEnv().appUrl,
    chainId: stackEnv().chainId,
    address: impostor.account.address,
  });
  await sendCall(impostor, {
    address: stackEnv().directory,
    abi: directoryAbi,
    functionName: "registerProvider",
    args: [name, key.publicKeyHex, "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"],
  });

  const wallet = await installWallet(await fundedNewAccount());
  const patient = await newPatientOnSharingPage(page, wallet, false);
  await page.getByLabel("Search the directory").fill("quinn");
  const result = page.getByRole("list", { name: "Directory results" }).getByRole("listitem");
  await expect(result).toHaveCount(1);
  await expect(result).toContainText("Not verified");
  await result.getByRole("button", { name: `Choose ${name}` }).click();
  await expect(page.getByText(UNVERIFIED_WARNING)).toBeVisible();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await expect(page.getByTestId("grant-summary")).toContainText(
    `${name} (not verified) can read your lab results`,
  );
  const share = page.getByRole("button", { name: "Share", exact: true });
  await expect(share).toBeDisabled();
  expect(await violations(page)).toEqual([]);
  await page
    .getByRole("checkbox", { name: /I know this address belongs to the person or clinic I mean/ })
    .check();
  await expect(share).toBeEnabled();

  // The storage node is down: the keys cannot be stored, so no transaction is even asked for.
  const ipfsDir = process.env.E2E_IPFS_DIR!;
  const before = transactions(wallet);
  await stopIpfsNode(ipfsDir);
  try {
    await share.click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "The encryption keys could not be stored, so nothing was sent and nothing changed",
    );
  } finally {
    await startIpfsNode(
      ipfsDir,
      Number(process.env.E2E_IPFS_API_PORT),
      Number(process.env.E2E_IPFS_GATEWAY_PORT),
    );
  }
  expect(transactions(wallet)).toBe(before);

  wallet.rejectNext("eth_sendTransaction");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "You declined the request in your wallet",
  );
  expect(await listPatientShares(chainClient(), consent(), patient)).toEqual([]);
  const keyrings = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "KeyringPublished",
    args: { patient },
    fromBlock: 0n,
  });
  expect(keyrings).toEqual([]); // not even the patient's first keys: the grant is all or nothing

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(`You are now sharing with ${name}`)).toBeVisible({ timeout: 30_000 });
  expect((await shareOnChain(patient, impostor.account.address))?.status).toBe("active");

  // A second share, then "Stop sharing with everyone": both end in one transaction.
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByLabel("Search the directory").fill("rivera");
  await page.getByRole("button", { name: `Choose ${RIVERA}` }).click();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await page.getByRole("checkbox", { name: "Vital signs" }).check();
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(`You are now sharing with ${RIVERA}`)).toBeVisible({ timeout: 30_000 });
  const shares = page.getByRole("list", { name: "Your shares" });
  await expect(shares.getByTestId("share-status")).toHaveText(["Active", "Active"]);

  const beforeStop = transactions(wallet);
  await page.getByRole("button", { name: "Stop sharing with everyone" }).click();
  await expect(page.getByRole("heading", { name: "Stop sharing with everyone?" })).toBeFocused();
  await page.getByRole("button", { name: "Stop sharing now" }).click();
  await expect(page.getByTestId("stop-receipt")).toContainText("has stopped", { timeout: 30_000 });
  await expect(page.getByTestId("stop-receipt")).toContainText(`${RIVERA} did not open any of your records.`);
  expect(transactions(wallet) - beforeStop).toBe(1);
  await expect(shares.getByTestId("share-status")).toHaveText([
    "Stopped (with everyone)",
    "Stopped (with everyone)",
  ]);
  const reader = consentReader(chainClient(), consent());
  expect((await reader.grantOf(patient, clinician.account.address)).status).toBe("allRevoked");
  expect((await reader.grantOf(patient, impostor.account.address)).status).toBe("allRevoked");
  console.log(`revoke all (2 parties): ${await gasOf("AllAccessRevoked", patient)} gas`);
});
