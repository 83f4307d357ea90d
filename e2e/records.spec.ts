import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Address } from "viem";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { minimalPdf } from "../lib/records/minimalPdf";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { chainClient, expect, newPatient, test } from "./support/fixtures";
import { startIpfsNode, stopIpfsNode } from "./support/ipfsNode";

const bundleFile = (seed: number, marker?: string) => ({
  name: `patient-${seed}.json`,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed, visits: 3, marker }))),
});
const pdfFile = {
  name: "discharge-letter.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(minimalPdf("Discharge letter")),
};

async function anchoredRecordIds(patient: Address) {
  const events = await chainClient().getContractEvents({
    address: process.env.E2E_CONSENT as Address,
    abi: consentRegistryAbi,
    eventName: "RecordsAnchored",
    args: { patient },
    fromBlock: 0n,
  });
  return events.flatMap((e) => (e.args.records ?? []).map((r) => r.recordId));
}

test("a patient imports a FHIR bundle and a PDF, sees them listed and rendered, and again after a reload", async ({
  page,
  installWallet,
}) => {
  const { wallet } = await newPatient(page, installWallet);
  await page.getByLabel("Choose files").setInputFiles([bundleFile(11), pdfFile]);
  const files = page.getByRole("list", { name: "Files being added" });
  await expect(files.getByText("Added")).toHaveCount(2, { timeout: 30_000 });

  const labs = page.getByRole("region", { name: "Files: lab results", exact: true });
  await expect(labs.getByRole("button", { name: /Lab results from patient-11.json/ })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Files: documents", exact: true })
      .getByRole("button", { name: /discharge-letter.pdf/ }),
  ).toBeVisible();
  expect(await anchoredRecordIds(wallet.address)).toHaveLength(9); // 8 FHIR categories + the PDF

  await labs.getByRole("button", { name: /Lab results/ }).click();
  // Walk #11: plain words, with the technical check one click away.
  const integrity = labs.getByTestId("integrity");
  await expect(integrity).toContainText("Checked: this file is exactly the one that was added.");
  await expect(integrity.getByTestId("integrity-cid")).toBeHidden();
  await integrity.getByText("How this was checked").click();
  await expect(integrity.getByTestId("integrity-cid")).toHaveText(/^baf/);
  await expect(integrity.getByTestId("integrity-cid")).toBeVisible();
  await expect(
    page.getByText("Files from your clinic or health app (FHIR files), PDFs and photos"),
  ).toBeVisible();
  await expect(page.getByText(/FHIR R4/)).toHaveCount(0);
  const cholesterol = labs.getByTestId("measurement").filter({ hasText: "Total cholesterol" });
  // The LOINC code is not beside the name on the patient's page; it is in the opened measurement.
  await expect(cholesterol.getByRole("button")).not.toContainText("2093-3");
  await cholesterol.getByRole("button").click();
  await expect(cholesterol.getByTestId("measurement-code")).toHaveText("Test code (LOINC): 2093-3");
  await expect(
    cholesterol.getByRole("img", { name: /Total cholesterol over time, in mg\/dL:/ }),
  ).toBeVisible();

  const documents = page.getByRole("region", { name: "Files: documents", exact: true });
  await documents.getByRole("button", { name: /discharge-letter.pdf/ }).click();
  await expect(documents.getByRole("link", { name: "Download discharge-letter.pdf" })).toBeVisible();

  await page.getByLabel("Search your records").fill("lisinopril");
  await expect(page.getByRole("region", { name: "Medications", exact: true })).toContainText(/lisinopril/i);
  await expect(page.getByRole("region", { name: "Lab results", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Lab results from/ })).toHaveCount(0);

  await page.reload();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const labsAgain = page.getByRole("region", { name: "Files: lab results", exact: true });
  await labsAgain.getByRole("button", { name: /Lab results from patient-11.json/ }).click();
  await expect(labsAgain.getByTestId("measurement").filter({ hasText: "HDL cholesterol" })).toBeVisible();
});

test("an upload interrupted by stopping the IPFS node is kept, retried after it restarts, and anchored once", async ({
  page,
  installWallet,
}) => {
  const ipfsDir = process.env.E2E_IPFS_DIR!;
  const restart = () =>
    startIpfsNode(ipfsDir, Number(process.env.E2E_IPFS_API_PORT), Number(process.env.E2E_IPFS_GATEWAY_PORT));
  const { wallet } = await newPatient(page, installWallet);
  const files = page.getByRole("list", { name: "Files being added" });

  // A first upload needs new record keys: with the node down, they cannot be stored, so nothing
  // is sealed with them and nothing is added (the person adds the file again later).
  await stopIpfsNode(ipfsDir);
  try {
    await page.getByLabel("Choose files").setInputFiles([bundleFile(13)]);
    await expect(files).toContainText("Your new record keys could not be stored, so nothing was added");
    await expect(page.getByRole("list", { name: "Pending uploads" })).toHaveCount(0);
  } finally {
    await restart();
  }
  await page.getByLabel("Choose files").setInputFiles([bundleFile(11)]);
  await expect(files.getByText("Added", { exact: true })).toHaveCount(1, { timeout: 30_000 });
  expect(await anchoredRecordIds(wallet.address)).toHaveLength(8);

  // With its keys in place, an upload interrupted by the node going down waits on the device.
  await stopIpfsNode(ipfsDir);
  try {
    await page.getByLabel("Choose files").setInputFiles([bundleFile(12)]);
    await expect(files).toContainText("storage node is not reachable");
    const pending = page.getByRole("list", { name: "Pending uploads" });
    await expect(pending.getByRole("listitem")).toHaveCount(8);
    expect(await anchoredRecordIds(wallet.address)).toHaveLength(8);

    await page.reload();
    await page.getByRole("button", { name: "Unlock my records" }).click();
    await expect(page.getByRole("list", { name: "Pending uploads" }).getByRole("listitem")).toHaveCount(8);
  } finally {
    await restart();
  }
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("list", { name: "Pending uploads" })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole("button", { name: /Lab results from patient-12.json/ })).toBeVisible();
  const ids = await anchoredRecordIds(wallet.address);
  expect(ids).toHaveLength(16);
  expect(new Set(ids).size).toBe(16);
});

test("no plaintext leaves the browser: requests and the IPFS node's blocks never contain a planted marker", async ({
  page,
  installWallet,
}) => {
  const marker = `CAREKEYS-PRIVACY-MARKER-${Date.now()}`;
  const sent: string[] = [];
  let uploadedBytes = 0;
  page.on("request", (request) => {
    sent.push(`${request.method()} ${request.url()}`);
    const body = request.postDataBuffer();
    if (body) sent.push(body.toString("latin1"));
    if (body && request.url().includes("/api/ipfs/upload")) uploadedBytes += body.length;
  });
  await newPatient(page, installWallet);
  await page.getByLabel("Choose files").setInputFiles([bundleFile(13, marker)]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  const personal = page.getByRole("region", { name: "Files: personal details", exact: true });
  await personal.getByRole("button").first().click();
  await expect(personal.getByTestId("integrity")).toBeVisible();

  // The uploads were seen with their bodies (so the check below really looked at them).
  expect(uploadedBytes).toBeGreaterThan(1000);
  for (const entry of sent) expect(entry).not.toContain(marker);
  const blockFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? blockFiles(full) : [full];
    });
  const blocks = blockFiles(path.join(process.env.E2E_IPFS_DIR!, "blocks"));
  expect(blocks.length).toBeGreaterThan(0);
  for (const file of blocks) expect(readFileSync(file).includes(marker)).toBe(false);
});

test("bad files get a message naming the problem, and nothing is lost", async ({ page, installWallet }) => {
  await newPatient(page, installWallet);
  await page.getByLabel("Choose files").setInputFiles([
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just text") },
    { name: "not-fhir.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') },
    {
      name: "bad-observation.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ resourceType: "Observation", id: "o1", code: { text: "BP" } })),
    },
  ]);
  const files = page.getByRole("list", { name: "Files being added" });
  await expect(files).toContainText('"notes.txt" is not a file type CareKeys accepts');
  await expect(files).toContainText("not FHIR: it has no resourceType");
  await expect(files).toContainText(`Observation "o1" is not valid FHIR R4: 'status' is required.`);
  await expect(page.getByRole("heading", { name: "No records yet" })).toBeVisible();
});
