import { privateKeyToAccount } from "viem/accounts";
import { createIdentityKey, keyFingerprint } from "../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { connectThroughModal, expect, fundedNewAccount, patientKeyOnChain, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

const NO_KEY = `0x${"00".repeat(32)}`;

test("a patient connects through the RainbowKit modal and sets up an encryption key that survives a reload", async ({
  page,
  installWallet,
}) => {
  const privateKey = await fundedNewAccount();
  const wallet = await installWallet(privateKey);
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));

  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Set up your encryption key" })).toBeVisible();
  expect(await patientKeyOnChain(wallet.address)).toBe(NO_KEY);

  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();

  // The wallet was asked to sign twice, then to send one transaction.
  const prompts = wallet.requests
    .map((r) => r.method)
    .filter((m) => m === "personal_sign" || m === "eth_sendTransaction");
  expect(prompts).toEqual(["personal_sign", "personal_sign", "eth_sendTransaction"]);

  // The key on chain is the one derived from this wallet's signature, and the page shows its fingerprint.
  const account = privateKeyToAccount(privateKey);
  const expected = await createIdentityKey((message) => account.signMessage({ message }), {
    origin: stackEnv().appUrl,
    chainId: stackEnv().chainId,
    address: account.address,
  });
  expect(await patientKeyOnChain(wallet.address)).toBe(expected.publicKeyHex);
  await expect(page.getByTestId("key-fingerprint")).toHaveText(keyFingerprint(expected.publicKeyHex));

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  await expect(page.getByTestId("key-fingerprint")).toHaveText(keyFingerprint(expected.publicKeyHex));

  // The page talked to no host but this machine.
  for (const origin of origins) expect(new URL(origin).hostname).toBe("127.0.0.1");
});

for (const [what, method] of [
  ["a signature", "personal_sign"],
  ["the transaction", "eth_sendTransaction"],
] as const) {
  test(`rejecting ${what} explains what happened, changes nothing, and can be retried`, async ({
    page,
    installWallet,
  }) => {
    const wallet = await installWallet(await fundedNewAccount());
    await connectThroughModal(page, "Test Wallet");
    wallet.rejectNext(method);
    await page.getByRole("button", { name: "Set up your encryption key" }).click();

    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "You declined the request in your wallet",
    );
    expect(await patientKeyOnChain(wallet.address)).toBe(NO_KEY);

    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
    expect(await patientKeyOnChain(wallet.address)).not.toBe(NO_KEY);
  });
}

test("a wallet whose signatures differ each time is refused before anything is published", async ({
  page,
  installWallet,
}) => {
  const wallet = await installWallet(await fundedNewAccount());
  await connectThroughModal(page, "Test Wallet");
  wallet.signDifferentlyEachTime();
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("two different signatures");
  expect(wallet.requests.some((r) => r.method === "eth_sendTransaction")).toBe(false);
  expect(await patientKeyOnChain(wallet.address)).toBe(NO_KEY);
});

test("a registered clinician lands on the clinician home with the verified entry and IPFS profile", async ({
  page,
  installWallet,
}) => {
  await installWallet(DEV_ACCOUNTS.clinician.privateKey);
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dr. Maya Rivera, Riverside Clinic" })).toBeVisible();
  await expect(page.getByText("Verified provider")).toBeVisible();
  await expect(page.getByText("Riverside Clinic · Cardiology")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Set up your encryption key" })).toHaveCount(0);

  // The header leads a clinician to their patients, not to a patients-only page.
  await expect(page.getByRole("banner").getByRole("link", { name: "Records", exact: true })).toHaveCount(0);
  await page.getByRole("banner").getByRole("link", { name: "Patients" }).click();
  await expect(page.getByRole("heading", { name: "Clinician home" })).toBeVisible();
  await page.goto("/records");
  await expect(page.getByRole("heading", { name: "This page is for patients' own records" })).toBeVisible();
});

test("a wallet on another network is asked to switch, and continues after switching", async ({
  page,
  installWallet,
}) => {
  const wallet = await installWallet(await fundedNewAccount());
  await connectThroughModal(page, "Test Wallet");
  await expect(page.getByRole("heading", { name: "Set up your encryption key" })).toBeVisible();
  await wallet.changeNetwork(1);
  await expect(page.getByRole("heading", { name: "Switch network to continue" })).toBeVisible();
  await page.getByRole("button", { name: /Switch to/ }).click();
  await expect(page.getByRole("heading", { name: "Set up your encryption key" })).toBeVisible();
});

test("without a wallet extension, the development wallet acts as the demo patient", async ({ page }) => {
  await connectThroughModal(page, /Demo patient/);
  await expect(page.getByRole("heading", { name: "Your CareKeys" })).toBeVisible();
  const address = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
  await expect(page.getByRole("button", { name: new RegExp(`${address.slice(0, 4)}`) })).toBeVisible();
});
