import { readFileSync } from "node:fs";
import path from "node:path";
import type { Address } from "viem";
import { categoryOfRecordId } from "../lib/consent/codes";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { chainClient, expect, newPatient, test } from "./support/fixtures";
import { startIpfsNode, stopIpfsNode } from "./support/ipfsNode";

// FHIR files written by hand for these tests (not the synthetic generator).
const fixture = (name: string) => ({
  name,
  mimeType: "application/json",
  buffer: readFileSync(path.join(import.meta.dirname, "fixtures", name)),
});

/** The categories of the records anchored for `patient`, from the chain (each id carries its category). */
async function anchoredCategories(patient: Address) {
  const events = await chainClient().getContractEvents({
    address: process.env.E2E_CONSENT as Address,
    abi: consentRegistryAbi,
    eventName: "RecordsAnchored",
    args: { patient },
    fromBlock: 0n,
  });
  return events.flatMap((e) => (e.args.records ?? []).map((r) => categoryOfRecordId(r.recordId))).sort();
}

test("an export with encounters is imported, and the patient is told what was not, until they dismiss it", async ({
  page,
  installWallet,
}) => {
  const { wallet } = await newPatient(page, installWallet);
  // The file is checked in a worker of the app's origin, not on the page's main thread (a
  // 10,000-resource export froze the page for 2.3 s there).
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.getByLabel("Choose files").setInputFiles([fixture("riverside-visit.json")]);
  const row = page
    .getByRole("list", { name: "Files being added" })
    .getByRole("listitem", { name: "riverside-visit.json" });
  await expect(row.getByText("Added", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole("progressbar")).toHaveAttribute("value", "1");
  const report = row.getByRole("list", { name: "Not shown from riverside-visit.json" });
  await expect(report).toHaveText(
    "3 Encounter resources were not imported: CareKeys does not keep encounters (visits) yet.",
  );
  // Smoking status is filed as social history, not vital signs; the encounters are not stored.
  expect(await anchoredCategories(wallet.address)).toEqual([
    "conditions",
    "demographics",
    "labs",
    "socialHistory",
  ]);

  expect(workers).toHaveLength(1);
  expect(new URL(workers[0]).origin).toBe(new URL(page.url()).origin);

  await row.getByRole("button", { name: "Dismiss the import report for riverside-visit.json" }).click();
  await expect(report).toHaveCount(0);
  await row.getByRole("button", { name: "Dismiss riverside-visit.json" }).click();
  await expect(page.getByRole("list", { name: "Files being added" })).toHaveCount(0);
});

test("a file that is not valid FHIR is refused as a whole with a plain message, and can be dismissed", async ({
  page,
  installWallet,
}) => {
  await newPatient(page, installWallet);
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/ipfs/upload")) uploads.push(request.url());
  });
  await page.getByLabel("Choose files").setInputFiles([fixture("invalid-lab.json")]);
  const row = page
    .getByRole("list", { name: "Files being added" })
    .getByRole("listitem", { name: "invalid-lab.json" });
  await expect(row.getByRole("alert")).toContainText(
    `"invalid-lab.json": Observation "glucose-1" is not valid FHIR R4: 'valueQuantity.value' must be a number, not text.`,
  );
  await expect(row.getByText("Not added", { exact: true })).toBeVisible();
  await expect(row.getByRole("progressbar")).not.toHaveAttribute("value", "1");
  // Nothing to retry: the file itself must change.
  await expect(row.getByRole("button", { name: "Try this file again" })).toHaveCount(0);
  expect(uploads).toEqual([]);
  await expect(page.getByRole("heading", { name: "No records yet" })).toBeVisible();

  await row.getByRole("button", { name: "Dismiss invalid-lab.json" }).click();
  await expect(page.getByRole("list", { name: "Files being added" })).toHaveCount(0);
});

test("a failed upload is shown as failed at its step, can be retried, and its row goes once the file is added", async ({
  page,
  installWallet,
}) => {
  const ipfsDir = process.env.E2E_IPFS_DIR!;
  await newPatient(page, installWallet);
  const files = page.getByRole("list", { name: "Files being added" });
  const row = files.getByRole("listitem", { name: "riverside-visit.json" });

  // With the storage node down, the new record keys cannot be stored: the file stops at that step.
  await stopIpfsNode(ipfsDir);
  try {
    await page.getByLabel("Choose files").setInputFiles([fixture("riverside-visit.json")]);
    await expect(row.getByText("Not added", { exact: true })).toBeVisible({ timeout: 30_000 });
    const alert = row.getByRole("alert");
    await expect(alert).toContainText("Stopped at: saving new record keys");
    await expect(alert).toContainText("Your new record keys could not be stored, so nothing was added");
    await expect(alert).toContainText("Try again when you are ready.");
    const bar = row.getByRole("progressbar");
    await expect(bar).toHaveAttribute("data-stage", "failed");
    expect(Number(await bar.getAttribute("value"))).toBeLessThan(1);
  } finally {
    await startIpfsNode(
      ipfsDir,
      Number(process.env.E2E_IPFS_API_PORT),
      Number(process.env.E2E_IPFS_GATEWAY_PORT),
    );
  }

  // Retried from its row, the same file is added and the failure is gone.
  await row.getByRole("button", { name: "Try this file again" }).click();
  await expect(row.getByText("Added", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole("alert")).toHaveCount(0);
  await expect(files.getByText("Not added", { exact: true })).toHaveCount(0);

  // A failure after sealing: the upload waits on the device; its message can be dismissed, and
  // the file's own "Try again" finishes it.
  await stopIpfsNode(ipfsDir);
  try {
    await page
      .getByLabel("Choose files")
      .setInputFiles([{ ...fixture("riverside-visit.json"), name: "second-visit.json" }]);
    const second = files.getByRole("listitem", { name: "second-visit.json" });
    await expect(second.getByRole("alert")).toContainText("Stopped at: uploading the encrypted file");
    await expect(second.getByRole("alert")).toContainText("The encrypted file is kept on this device");
    const pending = page.getByRole("list", { name: "Pending uploads" });
    await expect(pending.getByRole("listitem")).toHaveCount(4);
    // The first upload's failure stops the file; its message is kept with it until dismissed.
    await expect(pending.getByText("The last attempt failed")).toHaveCount(1);
    await pending.getByRole("button", { name: /^Dismiss the message about the personal details/ }).click();
    await expect(pending.getByText("The last attempt failed")).toHaveCount(0);
    await expect(pending.getByRole("listitem")).toHaveCount(4);
  } finally {
    await startIpfsNode(
      ipfsDir,
      Number(process.env.E2E_IPFS_API_PORT),
      Number(process.env.E2E_IPFS_GATEWAY_PORT),
    );
  }
  const second = files.getByRole("listitem", { name: "second-visit.json" });
  await second.getByRole("button", { name: "Try this file again" }).click();
  await expect(page.getByRole("list", { name: "Pending uploads" })).toHaveCount(0, { timeout: 30_000 });
  await expect(second.getByText("Added", { exact: true })).toBeVisible();
  await expect(files.getByText("Not added", { exact: true })).toHaveCount(0);
});
