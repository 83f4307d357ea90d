import type { Locator, Page } from "@playwright/test";
import { type Address, concatBytes, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { Category } from "../lib/consent/codes";
import { consentWriter } from "../lib/consent/consent";
import { directoryAbi } from "../lib/contracts/generated";
import { createIdentityKey } from "../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { acceptCar } from "../lib/ipfs/acceptCar";
import { ipfsClient } from "../lib/ipfs/client";
import { newCategoryKey } from "../lib/records/categoryKeys";
import { sealDraft } from "../lib/records/seal";
import { localChain } from "../lib/wallet/localAccountWallet";
import { WORKER_POLICY } from "../next.config";
import { watchCspViolations } from "./support/csp";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import {
  jpegImagePdf,
  notReallyPdf,
  operatorBombPdf,
  PDF_SCRIPT_MARKER,
  passwordPdf,
  pdfWithScript,
  textPdf,
} from "./support/pdfs";
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
  const imaging = page.getByRole("region", { name: "Files: imaging", exact: true });
  await imaging.getByRole("button", { name: /scan\.svg/ }).click();
  await expect(imaging.getByTestId("integrity")).toContainText("Verified");

  await expect(imaging.getByText("This file type is not shown in CareKeys")).toBeVisible();
  await expect(imaging.locator("img, object, embed, iframe")).toHaveCount(0);
  // Saved as what it is: opaque bytes (.bin), never a file an app would open as an SVG.
  const link = imaging.getByRole("link", { name: "Download scan.svg.bin" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("scan.svg.bin");
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

test("an image whose bytes are not the claimed type is not rendered; a real PNG is", async ({
  page,
  installWallet,
}) => {
  const { appUrl } = stackEnv();
  const privateKey = await patientWithRecords([
    { category: "imaging", name: "xray.png", type: "image/png", content: svgWithScript(appUrl) },
    { category: "imaging", name: "real.png", type: "image/png", content: PNG_1X1 },
  ]);
  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.getByRole("link", { name: "Open your records" }).click();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const imaging = page.getByRole("region", { name: "Files: imaging", exact: true });

  // Regression: the claimed type alone decided, so any bytes went into an image of that type.
  await imaging.getByRole("button", { name: /xray\.png/ }).click();
  await expect(imaging.getByText("This file type is not shown in CareKeys")).toBeVisible();
  await expect(imaging.locator("img, object, embed, iframe")).toHaveCount(0);
  await expect(imaging.getByRole("link", { name: "Download xray.png.bin" })).toBeVisible();

  await imaging.getByRole("button", { name: /real\.png/ }).click();
  await expect(imaging.getByRole("img", { name: "real.png" })).toBeVisible();
});

// Regression (attack 6, finding 6): a writer's name went verbatim into the list, the link and its
// `download` attribute: "lab-result\u202Efdp.exe" read as "Download lab-resultexe.pdf", and a
// name could carry a path.
test("a writer's file name is shown and saved without bidi controls or a path, under the type really saved", async ({
  page,
  installWallet,
}) => {
  const spoof = "lab-result\u202Efdp.exe";
  const privateKey = await patientWithRecords([
    {
      category: "documents",
      name: spoof,
      type: "application/pdf",
      content: new TextEncoder().encode("MZ\x90 an exe"),
    },
    {
      category: "documents",
      name: "../../..\\..\\Windows\\System32\\evil.pdf",
      type: "application/pdf",
      content: textPdf({ pages: ["Hello"] }),
    },
  ]);
  const documents = await openRecords(page, privateKey, installWallet);
  // Shown as what its characters are, isolated from the text around it.
  const spoofRow = documents.getByRole("button", { name: /^lab-resultfdp\.exe added/ });
  const pathRow = documents.getByRole("button", { name: /^Windows_System32_evil\.pdf added/ });
  await expect(spoofRow.locator("bdi")).toHaveText("lab-resultfdp.exe");
  await expect(pathRow.locator("bdi")).toHaveText("Windows_System32_evil.pdf");
  const listed = await documents.evaluate((element) => element.textContent ?? "");
  expect(listed).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  expect(listed).not.toContain("..");
  expect(listed).not.toMatch(/[/\\]/);
  await spoofRow.click();
  // Its bytes are no PDF, so it is saved as opaque bytes, and says so.
  const link = documents.getByRole("link", { name: "Download lab-resultfdp.exe.bin", exact: true });
  await expect(link).toHaveAttribute("download", "lab-resultfdp.exe.bin");
  await expect(link.locator("bdi")).toHaveText("lab-resultfdp.exe.bin");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("lab-resultfdp.exe.bin");

  // A path is no path: its steps are joined, the real PDF keeps its .pdf.
  await pathRow.click();
  const pathLink = documents.getByRole("link", { name: "Download Windows_System32_evil.pdf", exact: true });
  await expect(pathLink).toHaveAttribute("download", "Windows_System32_evil.pdf");
  await expect(
    documents.getByRole("img", { name: "Page 1 of 1 of Windows_System32_evil.pdf" }),
  ).toBeVisible();
});

/** How many pixels of `canvas` carry ink (anything darker than near-white). */
const inkedPixels = (canvas: Locator) =>
  canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.min(data[i], data[i + 1], data[i + 2]) < 200) inked++;
    return inked;
  });

/** Opens a patient's records page with its records unlocked. */
async function openRecords(page: Page, privateKey: Hex, installWallet: (key: Hex) => Promise<unknown>) {
  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.goto("/records");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  return page.getByRole("region", { name: "Files: documents", exact: true });
}

// The PDF used to be a download only (object-src 'none' blocked <object>, and Chromium shows no
// PDF in a sandboxed frame); pdf.js now draws it, under the unchanged page policy.
test("the demo patient's PDF letter is drawn in the page, with its page count and download, and no CSP violation", async ({
  page,
  installWallet,
}) => {
  const violations = await watchCspViolations(page);
  const documents = await openRecords(page, DEV_ACCOUNTS.patient.privateKey, installWallet);
  const workerScript = page.waitForResponse((response) => /turbopack-worker-/.test(response.url()));
  await documents.getByRole("button", { name: /cardiology-letter\.pdf/ }).click();
  // pdf.js parses in a worker of this origin whose own policy lets it reach no host at all.
  const worker = await workerScript;
  expect(new URL(worker.url()).origin).toBe(new URL(page.url()).origin);
  expect(worker.headers()["content-security-policy"]).toBe(WORKER_POLICY);
  await expect(documents.getByTestId("integrity")).toContainText("Verified");

  const canvas = documents.getByRole("img", { name: "Page 1 of 1 of cardiology-letter.pdf" });
  await expect(canvas).toHaveAttribute("data-state", "drawn");
  expect(await inkedPixels(canvas)).toBeGreaterThan(200);
  await expect(documents.getByTestId("pdf-page-count")).toHaveText("1 page");
  await expect(documents.locator("object, embed, iframe, a[href^='http']")).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    documents.getByRole("link", { name: "Download cardiology-letter.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("cardiology-letter.pdf");
  expect(violations).toEqual([]);
});

test("a long PDF is drawn page by page as it scrolls into view, up to 100 pages", async ({
  page,
  installWallet,
}) => {
  const pages = Array.from({ length: 103 }, (_, i) => `Page ${i + 1} of the report`);
  const privateKey = await patientWithRecords([
    { category: "documents", name: "long-report.pdf", type: "application/pdf", content: textPdf({ pages }) },
  ]);
  const documents = await openRecords(page, privateKey, installWallet);
  await documents.getByRole("button", { name: /long-report\.pdf/ }).click();

  await expect(documents.getByTestId("pdf-page-count")).toHaveText("103 pages");
  const pageCanvas = (n: number) =>
    documents.getByRole("img", { name: `Page ${n} of 103 of long-report.pdf` });
  await expect(pageCanvas(1)).toHaveAttribute("data-state", "drawn");
  await expect(documents.getByRole("img", { name: /^Page \d+ of 103/ })).toHaveCount(100);
  await expect(documents.getByText("CareKeys shows the first 100 pages of this document")).toContainText(
    "other 3",
  );
  // Far below the screen, a page waits; scrolled to, it is drawn.
  await expect(pageCanvas(100)).toHaveAttribute("data-state", "waiting");
  await pageCanvas(100).scrollIntoViewIfNeeded();
  await expect(pageCanvas(100)).toHaveAttribute("data-state", "drawn");
  expect(await inkedPixels(pageCanvas(100))).toBeGreaterThan(200);
});

// Scans come as JPEG 2000 or JBIG2 images, which pdf.js decodes with WebAssembly: the decoder is
// fetched by the page from the app's origin and compiled in the worker, under the worker's policy.
test("a scanned page (a JPEG 2000 image) is drawn: its decoder loads from the app's own origin", async ({
  page,
  installWallet,
}) => {
  const privateKey = await patientWithRecords([
    { category: "documents", name: "scan.pdf", type: "application/pdf", content: jpegImagePdf() },
  ]);
  const violations = await watchCspViolations(page);
  const decoders: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".wasm")) decoders.push(request.url());
  });
  const documents = await openRecords(page, privateKey, installWallet);
  await documents.getByRole("button", { name: /scan\.pdf/ }).click();
  const canvas = documents.getByRole("img", { name: "Page 1 of 1 of scan.pdf" });
  await expect(canvas).toHaveAttribute("data-state", "drawn");
  // The square covers (24/32)^2 of a 400-point image on a 612 x 792 page: about a fifth of it.
  const inked = await inkedPixels(canvas);
  const size = await canvas.evaluate((element: HTMLCanvasElement) => element.width * element.height);
  expect(inked / size).toBeGreaterThan(0.15);
  expect(decoders).toEqual([
    expect.stringMatching(new RegExp(`^${new URL(page.url()).origin}/_next/static/.*openjpeg.*\\.wasm$`)),
  ]);
  expect(violations).toEqual([]);
});

// A PDF can carry JavaScript (on opening, per page, behind links): a viewer that ran it would run
// the writer's code beside the identity key. pdf.js draws the page and runs none of it.
test("a PDF carrying JavaScript is drawn without running it, and its link goes nowhere", async ({
  page,
  installWallet,
}) => {
  const { appUrl } = stackEnv();
  const privateKey = await patientWithRecords([
    { category: "documents", name: "scripted.pdf", type: "application/pdf", content: pdfWithScript(appUrl) },
  ]);
  const markerRequests: string[] = [];
  page.context().on("request", (request) => {
    if (request.url().includes(PDF_SCRIPT_MARKER)) markerRequests.push(request.url());
  });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations = await watchCspViolations(page);
  const documents = await openRecords(page, privateKey, installWallet);
  const title = await page.title();
  const url = page.url();

  await documents.getByRole("button", { name: /scripted\.pdf/ }).click();
  const canvas = documents.getByRole("img", { name: "Page 1 of 1 of scripted.pdf" });
  await expect(canvas).toHaveAttribute("data-state", "drawn");
  expect(await inkedPixels(canvas)).toBeGreaterThan(200);
  // The whole page is a link in the file: clicking it does nothing.
  await canvas.click();
  await page.waitForTimeout(1000);
  expect(await page.title()).toBe(title);
  expect(page.url()).toBe(url);
  expect(page.context().pages()).toHaveLength(1);
  expect(dialogs).toEqual([]);
  expect(markerRequests).toEqual([]);
  expect(violations).toEqual([]);
});

test("a tiny PDF asking for millions of drawing operations is stopped after its time budget, and offered as a download", async ({
  page,
  installWallet,
}) => {
  const bomb = operatorBombPdf();
  expect(bomb.length).toBeLessThan(200_000); // small on disk, huge to draw
  const privateKey = await patientWithRecords([
    { category: "documents", name: "dense.pdf", type: "application/pdf", content: bomb },
  ]);
  const documents = await openRecords(page, privateKey, installWallet);
  await documents.getByRole("button", { name: /dense\.pdf/ }).click();
  await expect(documents.getByText("This PDF is too complex to draw here")).toBeVisible({ timeout: 30_000 });
  await expect(documents.getByRole("link", { name: "Download dense.pdf" })).toBeVisible();
  // The page is still alive and answers.
  await expect(page.getByRole("heading", { name: "Your records" })).toBeVisible();
});

test("a PDF that cannot be read, or needs a password, says so and still offers the download", async ({
  page,
  installWallet,
}) => {
  const privateKey = await patientWithRecords([
    { category: "documents", name: "broken.pdf", type: "application/pdf", content: notReallyPdf() },
    { category: "documents", name: "sealed.pdf", type: "application/pdf", content: passwordPdf("s3cret") },
  ]);
  const documents = await openRecords(page, privateKey, installWallet);

  await documents.getByRole("button", { name: /broken\.pdf/ }).click();
  await expect(documents.getByText("CareKeys could not read this PDF")).toBeVisible();
  await expect(documents.locator("canvas")).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    documents.getByRole("link", { name: "Download broken.pdf" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("broken.pdf");

  await documents.getByRole("button", { name: /sealed\.pdf/ }).click();
  await expect(documents.getByText("This PDF is protected by a password")).toBeVisible();
  await expect(documents.getByRole("link", { name: "Download sealed.pdf" })).toBeVisible();
});
