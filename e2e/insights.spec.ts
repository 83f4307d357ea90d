import { type Address, createWalletClient, getAddress, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { PCE_CARD } from "../lib/ai/cards";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated";
import { sendCall } from "../lib/contracts/sendCall";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { localChain } from "../lib/wallet/localAccountWallet";
import { chainClient, expect, fundedNewAccount, newPatient, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

const PCE_MODEL = privateKeyToAccount(DEV_ACCOUNTS.model.privateKey).address;
const consent = () => process.env.E2E_CONSENT as Address;

const receipts = async (patient: Address) =>
  (
    await chainClient().getContractEvents({
      address: consent(),
      abi: consentRegistryAbi,
      eventName: "AccessLogged",
      args: { patient },
      fromBlock: 0n,
    })
  ).filter((e) => getAddress(e.args.grantee!) === PCE_MODEL);

test("a patient allows the risk model, runs it, answers what the records do not say, and sees the result, its inputs and its receipt; after stopping it, a run is refused and leaves no receipt", async ({
  page,
  installWallet,
}) => {
  const { wallet } = await newPatient(page, installWallet);
  const patient = wallet.address;
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-52.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 52, visits: 2 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });

  // The header leads there; the records stay unlocked in this tab.
  await page.getByRole("banner").getByRole("link", { name: "AI insights" }).click();
  const model = page.getByRole("region", { name: PCE_CARD.name });
  await expect(model.getByText(PCE_CARD.intendedUse)).toBeVisible({ timeout: 30_000 });
  const before = wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
  await model.getByRole("button", { name: "Allow (one transaction)" }).click();
  await expect(model.getByText("You allowed it to run on your records until you stop it.")).toBeVisible({
    timeout: 30_000,
  });
  expect(wallet.requests.filter((r) => r.method === "eth_sendTransaction").length - before).toBe(1);

  // The synthetic export has no race: the model asks instead of guessing, and nothing is recorded.
  await model.getByRole("button", { name: "Run", exact: true }).click();
  await expect(model.getByText("It needs an answer from you")).toBeVisible({ timeout: 30_000 });
  expect(await receipts(patient)).toHaveLength(0);
  await model.getByRole("radio", { name: "No" }).check();
  await model.getByRole("button", { name: "Run with my answers" }).click();

  const result = model.getByRole("status").filter({ hasText: "What it used" });
  await expect(result).toContainText(/\d+\.\d %/, { timeout: 30_000 });
  await expect(result).toContainText(
    /Of 100 people with these values, about \d+ would have it within 10 years\. The guideline calls this/,
  );
  await expect(result.getByRole("link", { name: "My consents" })).toBeVisible();
  for (const label of [
    "Age",
    "Total cholesterol",
    "HDL cholesterol",
    "Systolic blood pressure",
    "Smokes now",
  ]) {
    await expect(result.getByRole("rowheader", { name: label })).toBeVisible();
  }
  await expect(result.getByRole("row", { name: /African American No your answer/ })).toBeVisible();
  const logged = await receipts(patient);
  expect(logged).toHaveLength(1);
  await expect(result).toContainText(logged[0].transactionHash);

  // The result is in the patient's records, added by the model.
  await page.goto("/records");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await expect(page.getByText(/AI results/).first()).toBeVisible({ timeout: 30_000 });

  // Stopping it: one transaction; a run asked for afterwards is refused and leaves no receipt.
  await page.goto("/insights");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await model.getByRole("button", { name: "Stop allowing it" }).click();
  await expect(model.getByRole("button", { name: "Allow (one transaction)" })).toBeVisible({
    timeout: 30_000,
  });
  const refused = await page.request.post("/api/ai/run", {
    data: { model: PCE_MODEL, answers: { africanAmerican: 0 } },
    headers: { origin: new URL(page.url()).origin },
  });
  const body = await refused.json();
  expect(body).toMatchObject({ ok: false, reason: "noConsent" });
  expect(await receipts(patient)).toHaveLength(1);
});

test("a one-time permission allows exactly one run", async ({ page, installWallet }) => {
  const { wallet } = await newPatient(page, installWallet);
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-53.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 53, visits: 1 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  await page.goto("/insights");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const model = page.getByRole("region", { name: PCE_CARD.name });
  await model
    .getByRole("radio", { name: "Once: my permission ends with its first run" })
    .check({ timeout: 30_000 });
  await model.getByRole("button", { name: "Allow (one transaction)" }).click();
  await expect(model.getByText("You allowed it to run once.")).toBeVisible({ timeout: 30_000 });
  const run = () =>
    page.request.post("/api/ai/run", {
      data: { model: PCE_MODEL, answers: { africanAmerican: 1 } },
      headers: { origin: new URL(page.url()).origin },
    });
  expect(await (await run()).json()).toMatchObject({ ok: true });
  expect(await (await run()).json()).toMatchObject({ ok: false, reason: "noConsent" });
  expect(await receipts(wallet.address)).toHaveLength(1);
});

test("run on this device: the model runs in the browser on records decrypted there; nothing is sent, no permission given, nothing recorded", async ({
  page,
  installWallet,
}) => {
  const { wallet } = await newPatient(page, installWallet);
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "patient-54.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed: 54, visits: 2 }))),
    },
  ]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("banner").getByRole("link", { name: "AI insights" }).click();
  const model = page.getByRole("region", { name: PCE_CARD.name });
  await model.getByRole("button", { name: "Run on this device" }).click({ timeout: 30_000 });

  // From here on: what leaves the page.
  const sent: { method: string; url: string; body: string | null }[] = [];
  page.on("request", (request) =>
    sent.push({ method: request.method(), url: request.url(), body: request.postData() }),
  );
  const before = wallet.requests.length;
  const device = model.getByTestId("on-device");
  await device.getByRole("button", { name: "Compute on this device" }).click({ timeout: 30_000 });
  await device.getByRole("radio", { name: "No" }).check({ timeout: 30_000 });
  await device.getByRole("button", { name: "Compute on this device" }).click();
  const result = device.getByRole("status");
  await expect(result).toContainText("(computed on this device)", { timeout: 30_000 });
  await expect(result).toContainText(/\d+\.\d %/);
  await expect(result).toContainText("Nothing was sent or recorded.");

  // Only reads: the model file and the encrypted records from IPFS, the chain, the app's own files.
  expect(sent.filter((r) => r.url.includes("/api/ai/") || r.url.includes("/api/ipfs/"))).toEqual([]);
  expect(
    sent.filter((r) => r.method !== "GET" && !r.url.startsWith(new URL(stackEnv().rpcUrl).origin)),
  ).toEqual([]);
  expect(wallet.requests.slice(before).filter((r) => r.method === "eth_sendTransaction")).toEqual([]);
  expect(await receipts(wallet.address)).toHaveLength(0);
  const grants = await chainClient().getContractEvents({
    address: consent(),
    abi: consentRegistryAbi,
    eventName: "AccessGranted",
    args: { patient: wallet.address },
    fromBlock: 0n,
  });
  expect(grants).toEqual([]);
});

test("a model this server does not run, registered under a verified model's name, is flagged and offered no consent (review 5)", async ({
  page,
  installWallet,
}) => {
  // Anyone can register a model: a copy with the shipped model's name, card and file.
  const copier = createWalletClient({
    account: privateKeyToAccount(await fundedNewAccount()),
    chain: localChain(stackEnv().chainId, stackEnv().rpcUrl),
    transport: http(stackEnv().rpcUrl),
  }).extend(publicActions);
  const original = await chainClient().readContract({
    address: stackEnv().directory,
    abi: directoryAbi,
    functionName: "participantOf",
    args: [PCE_MODEL],
  });
  await sendCall(copier, {
    address: stackEnv().directory,
    abi: directoryAbi,
    functionName: "registerModel",
    args: [
      original.name,
      `0x${"11".repeat(32)}`,
      original.metadataCid,
      original.artifactCid,
      original.version,
    ],
  });

  await newPatient(page, installWallet);
  await page.getByRole("banner").getByRole("link", { name: "AI insights" }).click();
  const copies = page.getByRole("region", { name: PCE_CARD.name });
  await expect(copies).toHaveCount(2, { timeout: 30_000 });
  const copy = copies.filter({ hasText: "Not the model it is named after" });
  await expect(copy).toHaveCount(1);
  await expect(copy).toContainText("This CareKeys server does not run this model");
  await expect(copy.getByRole("button", { name: "Allow (one transaction)" })).toHaveCount(0);
  // The real one is offered.
  await expect(
    copies
      .filter({ hasNotText: "Not the model it is named after" })
      .getByRole("button", { name: "Allow (one transaction)" }),
  ).toBeVisible();
});
