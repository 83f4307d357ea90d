import { test as base, expect, type Page } from "@playwright/test";
import { createPublicClient, type Hex, hexToString, http } from "viem";
import { generatePrivateKey, privateKeyToAddress } from "viem/accounts";
import { SIGN_IN_RESOURCE } from "../../lib/auth/message";
import { directoryAbi } from "../../lib/contracts/generated";
import { stackEnv } from "./stackEnv";
import { installTestWallet, type TestWallet } from "./testWallet";

export { expect };

/** A brand-new patient account with some test ether, so each test starts from nothing. */
export async function fundedNewAccount(): Promise<Hex> {
  const { rpcUrl } = stackEnv();
  const privateKey = generatePrivateKey();
  await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "anvil_setBalance",
      params: [privateKeyToAddress(privateKey), "0x8ac7230489e80000"],
    }),
  });
  return privateKey;
}

export function chainClient() {
  const { rpcUrl } = stackEnv();
  return createPublicClient({ transport: http(rpcUrl) });
}

export async function patientKeyOnChain(address: Hex): Promise<Hex> {
  return chainClient().readContract({
    address: stackEnv().directory,
    abi: directoryAbi,
    functionName: "patientKeyOf",
    args: [address],
  });
}

/** The test wallet installed in each page, so that connectThroughModal can find its log. */
const walletOfPage = new WeakMap<Page, TestWallet>();

/**
 * Connects through the RainbowKit modal and signs in: after the wallet, RainbowKit asks to
 * "Verify your account" and the wallet signs the sign-in message. Returns what the page sent
 * to /api/auth/verify. The sign-in signature is taken out of the test wallet's request log, so
 * a spec's log shows the prompts that came after connecting (e.g. those of setting up a key).
 */
export async function connectThroughModal(
  page: Page,
  walletName: string | RegExp,
): Promise<{ message: string; signature: Hex }> {
  await page.goto("/");
  await page.getByRole("button", { name: "Connect wallet" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: walletName }).click();
  await expect(dialog.getByText("Verify your account")).toBeVisible();
  const verify = page.waitForResponse(
    (response) => response.url().endsWith("/api/auth/verify") && response.request().method() === "POST",
  );
  await dialog.getByRole("button", { name: "Sign message" }).click();
  const response = await verify;
  expect(response.status(), "the sign-in was accepted").toBe(200);
  await expect(dialog).toBeHidden();
  const wallet = walletOfPage.get(page);
  if (wallet) {
    const signIns = wallet.requests.filter(
      (r) => r.method === "personal_sign" && hexToString((r.params as [Hex])[0]).includes(SIGN_IN_RESOURCE),
    );
    for (const request of signIns) wallet.requests.splice(wallet.requests.indexOf(request), 1);
  }
  return response.request().postDataJSON() as { message: string; signature: Hex };
}

export const test = base.extend<{ installWallet: (privateKey: Hex) => Promise<TestWallet> }>({
  installWallet: async ({ page }, use) => {
    const { chainId, rpcUrl } = stackEnv();
    await use(async (privateKey) => {
      const wallet = await installTestWallet(page, { privateKey, chainId, rpcUrl });
      walletOfPage.set(page, wallet);
      return wallet;
    });
  },
});

/**
 * A brand-new patient, ready to add records: a funded new account in the test wallet, connected
 * and signed in through the modal, an encryption key set up, on "Your records". Returns the test
 * wallet and the account's private key.
 */
export async function newPatient(
  page: Page,
  installWallet: (privateKey: Hex) => Promise<TestWallet>,
): Promise<{ wallet: TestWallet; privateKey: Hex }> {
  const privateKey = await fundedNewAccount();
  const wallet = await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("button", { name: "Set up your encryption key" }).click();
  await expect(page.getByRole("heading", { name: "Your encryption key is set up" })).toBeVisible();
  await page.getByRole("link", { name: "Open your records" }).click();
  await expect(page.getByRole("heading", { name: "Your records" })).toBeVisible();
  return { wallet, privateKey };
}
