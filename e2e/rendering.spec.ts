import { type Address, concatBytes, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { Category } from "../lib/consent/codes";
import { consentWriter } from "../lib/consent/consent";
import { directoryAbi } from "../lib/contracts/generated";
import { createIdentityKey } from "../lib/crypto/identity";
import { acceptCar } from "../lib/ipfs/acceptCar";
import { ipfsClient } from "../lib/ipfs/client";
import { newCategoryKey } from "../lib/records/categoryKeys";
import { minimalPdf } from "../lib/records/minimalPdf";
import { sealDraft } from "../lib/records/seal";
import { localChain } from "../lib/wallet/localAccountWallet";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

/** Where the SVG's script would report to if it ever ran. */
const MARKER = "/svg-script-ran";
const svgWithScript = (appUrl: string) =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>window.name="svg-ran";fetch("${appUrl}${MARKER}")</script><rect width="10" height="10"/></svg>`,
  );
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

type File = { category: Category; name: string; type: string; content: Uint8Array };

/**
 * A patient whose key is in the Directory, with records that a script (not the app, which refuses
 * these files at import) sealed and anchored: any writer with write access can do the same.
 */
async function patientWithRecords(files: File[]): Promise<Hex> {
  const { rpcUrl, chainId, directory, appUrl } = stackEnv();
  const consent = process.env.E2E_CONSENT as Address;
  const privateKey = await fundedNewAccount();
  const account = privateKeyToAccount(privateKey);
  const wallet = createWalletClient({
    account,
    chain: localChain(chainId, rpcUrl),
    transport: http(rpcUrl),
  }).extend(publicActions);
  const identity = await createIdentityKey((message) => account.signMessage({ message }), {
    origin: appUrl,
    chainId,
    address: account.address,
  });
  await chainClient().waitForTransactionReceipt({
    hash: await wallet.writeContract({
      address: directory,
      abi: directoryAbi,
      functionName: "registerPatientKey",
      args: [identity.publicKeyHex],
    }),
  });
  const ipfs = ipfsClient(`http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`);
  const sealed = [];
  for (const file of files) {
    const record = await sealDraft({
      draft: {
        category: file.category,
        meta: { name: file.name, type: file.type, createdAt: new Date().toISOString() },
        content: file.content,
        summary: file.name,
      },
      chainId,
      consent,
      patient: account.address,
      categoryKey: newCategoryKey(),
      patientPublicKey: identity.publicKey,
    });
    await acceptCar(concatBytes(record.carParts), record.cid, ipfs);
    sealed.push(record);
  }
  await consentWriter(wallet, consent).anchorRecords(account.address, sealed);
  return privateKey;
}

// Regression: the viewer made a blob: URL of whatever type the record's envelope claimed, so an
// SVG or HTML record opened in a tab ran its script on the app's origin, beside the identity key.
test("an SVG record with a script is never rendered: only downloaded as opaque bytes, and its script never runs", async ({
  page,
  installWallet,
}) => {
  const { appUrl } = stackEnv();
  const privateKey = await patientWithRecords([
    { category: "imaging", name: "scan.svg", type: "image/svg+xml", content: svgWithScript(appUrl) },
  ]);
  const markerRequests: string[] = [];
  page.context().on("request", (request) => {
    if (request.url().includes(MARKER)) markerRequests.push(request.url());
  });
  // Every blob the page turns into a URL, with its type.
  await page.addInitScript(() => {
    const types: string[] = [];
    Object.assign(window, { blobTypes: types });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) types.push(object.type);
      return create(object);
    };
  });

  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const imaging = page.getByRole("region", { name: "imaging" });
  await imaging.getByRole("button", { name: /scan\.svg/ }).click();
  await expect(imaging.getByTestId("integrity")).toContainText("Verified");

  await expect(imaging.getByText("This file type is not shown in CareKeys")).toBeVisible();
  await expect(imaging.locator("img, object, embed, iframe")).toHaveCount(0);
  const link = imaging.getByRole("link", { name: "Download scan.svg" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("scan.svg");
  const blobTypes = await page.evaluate(() => (window as unknown as { blobTypes: string[] }).blobTypes);
  expect(blobTypes).toEqual(["application/octet-stream"]);

  // Opened in a tab, the link is a download, not a document of the writer's type.
  const [opened] = await Promise.all([
    page.waitForEvent("download"),
    page.evaluate((href) => window.open(href, "_blank"), (await link.getAttribute("href")) ?? ""),
  ]);
  expect(opened.suggestedFilename()).toBeTruthy();
  await page.waitForTimeout(500);
  for (const open of page.context().pages()) {
    expect(await open.evaluate(() => window.name)).not.toBe("svg-ran");
  }
  expect(markerRequests).toEqual([]);
});

test("an image whose bytes are not the claimed type is not rendered; a real PNG is, and a PDF is a download", async ({
  page,
  installWallet,
}) => {
  const { appUrl } = stackEnv();
  const privateKey = await patientWithRecords([
    { category: "imaging", name: "xray.png", type: "image/png", content: svgWithScript(appUrl) },
    { category: "imaging", name: "real.png", type: "image/png", content: PNG_1X1 },
    { category: "documents", name: "letter.pdf", type: "application/pdf", content: minimalPdf("Letter") },
  ]);
  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const imaging = page.getByRole("region", { name: "imaging" });

  // Regression: the claimed type alone decided, so any bytes went into an image of that type.
  await imaging.getByRole("button", { name: /xray\.png/ }).click();
  await expect(imaging.getByText("This file type is not shown in CareKeys")).toBeVisible();
  await expect(imaging.locator("img, object, embed, iframe")).toHaveCount(0);
  await expect(imaging.getByRole("link", { name: "Download xray.png" })).toBeVisible();

  await imaging.getByRole("button", { name: /real\.png/ }).click();
  await expect(imaging.getByRole("img", { name: "real.png" })).toBeVisible();

  const documents = page.getByRole("region", { name: "documents" });
  await documents.getByRole("button", { name: /letter\.pdf/ }).click();
  await expect(documents.getByText("download it to read it in your PDF viewer")).toBeVisible();
  await expect(documents.locator("object, embed, iframe")).toHaveCount(0);
  await expect(documents.getByRole("link", { name: "Download letter.pdf" })).toBeVisible();
});
