import { test as base, expect, type Page } from "@playwright/test";
import { createPublicClient, type Hex, http } from "viem";
import { generatePrivateKey, privateKeyToAddress } from "viem/accounts";
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

export async function connectThroughModal(page: Page, walletName: string | RegExp) {
  await page.goto("/");
  await page.getByRole("button", { name: "Connect wallet" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: walletName }).click();
  await expect(dialog).toBeHidden();
}

export const test = base.extend<{ installWallet: (privateKey: Hex) => Promise<TestWallet> }>({
  installWallet: async ({ page }, use) => {
    const { chainId, rpcUrl } = stackEnv();
    await use((privateKey) => installTestWallet(page, { privateKey, chainId, rpcUrl }));
  },
});
