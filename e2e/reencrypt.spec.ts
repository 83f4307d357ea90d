import AxeBuilder from "@axe-core/playwright";
import type { Address } from "viem";
import { privateKeyToAddress } from "viem/accounts";
import { formatDay } from "../lib/clinical/dates";
import { consentReader } from "../lib/consent/consent";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { readHeader } from "../lib/crypto/envelope";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { fetchVerified } from "../lib/ipfs/car";
import { listAnchoredRecords } from "../lib/records/chain";
import { readKeyring } from "../lib/records/keyring";
import { listPatientShares, UNTIL_REVOKED } from "../lib/sharing/grants";
import { stackPatient } from "../lib/sharing/stackPatient";
import { chainClient, connectThroughModal, expect, fundedNewAccount, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";

const CLINICIAN = privateKeyToAddress(DEV_ACCOUNTS.clinician.privateKey);
const RIVERA = "Dr. Maya Rivera, Riverside Clinic";

const coordinates = () => {
  const env = stackEnv();
  return {
    ...env,
    appOrigin: new URL(env.appUrl).origin,
    consent: process.env.E2E_CONSENT as Address,
    ipfsApiUrl: `http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`,
    ipfsGatewayUrl: `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`,
  };
};

/** Whether the e2e IPFS node pins `cid` (Kubo RPC `pin/ls` fails for a CID it does not pin). */
const isPinned = async (cid: string) =>
  (await fetch(`${coordinates().ipfsApiUrl}/api/v0/pin/ls?arg=${cid}`, { method: "POST" })).ok;

const labFile = {
  name: "lab-cholesterol.json",
  bytes: new TextEncoder().encode(
    JSON.stringify({
      resourceType: "Observation",
      status: "final",
      category: [
        {
          coding: [
            { system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" },
          ],
        },
      ],
      code: { coding: [{ system: "http://loinc.org", code: "2093-3" }], text: "Total cholesterol" },
      effectiveDateTime: "2026-04-02",
      valueQuantity: { value: 213, unit: "mg/dL", system: "http://unitsofmeasure.org", code: "mg/dL" },
    }),
  ),
};

test("after stopping sharing, re-encrypting replaces the old lab record on chain, removes its old file from IPFS, and the lab value still reads; a refused prompt changes nothing; an interrupted removal finishes after a reload", async ({
  page,
  installWallet,
}) => {
  const privateKey = await fundedNewAccount();
  const patient = await stackPatient(coordinates(), privateKey);
  const [labId] = await patient.addFiles([labFile]);
  await patient.grant(CLINICIAN, { categories: ["labs"], purposes: ["treatment"], expiresAt: UNTIL_REVOKED });
  const records = () => listAnchoredRecords(chainClient(), coordinates().consent, patient.address);
  const old = (await records()).find((r) => r.recordId === labId)!;
  expect(await isPinned(old.cid)).toBe(true);
  // The re-encryption happens three days (by the chain's clock) after the record was added.
  await fetch(stackEnv().rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "evm_increaseTime", params: [3 * 86_400] }),
  });

  const wallet = await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.goto("/sharing");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const item = page.getByRole("list", { name: "Your shares" }).getByRole("listitem", { name: RIVERA });
  await item.getByRole("button", { name: "Stop sharing" }).click();
  await page.getByRole("button", { name: "Stop sharing now" }).click();
  const receipt = page.getByTestId("stop-receipt");
  await expect(receipt).toContainText(`Sharing with ${RIVERA} has stopped`, { timeout: 30_000 });

  const reencrypt = receipt.getByTestId("reencrypt-history");
  await expect(reencrypt).toContainText("Copies they already downloaded cannot be recalled");
  // A refused prompt: the record stays as it was, and the button continues.
  wallet.rejectNext("eth_sendTransaction");
  await reencrypt.getByRole("button", { name: "Re-encrypt older records" }).click();
  await expect(reencrypt.getByRole("alert")).toContainText("You declined the request in your wallet", {
    timeout: 30_000,
  });
  await expect(reencrypt).toContainText("0 of 1 records were re-encrypted");
  const reader = consentReader(chainClient(), coordinates().consent);
  expect((await reader.recordOf(patient.address, labId)).superseded).toBe(false);
  expect(await isPinned(old.cid)).toBe(true);

  // Continue; the record is replaced on chain, but the old file cannot be removed (server unreachable).
  await page.route("**/api/ipfs/unpin", (route) => route.abort());
  await reencrypt.getByRole("button", { name: "Continue re-encrypting" }).click();
  await expect(reencrypt.getByRole("alert")).toContainText(
    "An old copy could not be removed from storage (the CareKeys server could not be reached). The records re-encrypted so far are safe.",
    { timeout: 30_000 },
  );
  expect((await reader.recordOf(patient.address, labId)).superseded).toBe(true);
  expect(await isPinned(old.cid)).toBe(true);

  // After a reload, My consents offers to finish, and finishing removes the old file.
  await page.unroute("**/api/ipfs/unpin");
  await page.reload();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const resume = page.getByTestId("reencrypt-history");
  await expect(resume).toContainText("An earlier re-encryption did not finish");
  await resume.getByRole("button", { name: "Continue re-encrypting" }).click();
  await expect(resume.getByRole("status").filter({ hasText: "Done" })).toContainText(
    "Your records already use your newest keys. 1 old copy left by an earlier run was removed from CareKeys' storage.",
    { timeout: 30_000 },
  );
  // Walk #8 and #10: once done, the warning and the button go away, and focus is on what happened.
  await expect(resume).toContainText("Nothing is left to re-encrypt.");
  await expect(resume.getByTestId("reencrypt-done")).toBeFocused();
  await expect(resume).not.toContainText("still holds the old keys");
  await expect(resume.getByRole("button")).toHaveCount(0);
  // And they stay away when the patient comes back to My consents.
  await page.getByRole("banner").getByRole("link", { name: "Records" }).click();
  await expect(page.getByRole("heading", { name: "Your records", level: 1 })).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await expect(page.getByTestId("reencrypt-settled")).toContainText("nothing is left to re-encrypt");
  await expect(page.getByRole("button", { name: /re-encrypt/i })).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // On chain: the old lab record is superseded by a new one, anchored and pinned; the old file is gone.
  const superseded = await chainClient().getContractEvents({
    address: coordinates().consent,
    abi: consentRegistryAbi,
    eventName: "RecordSuperseded",
    args: { patient: patient.address },
    fromBlock: 0n,
  });
  expect(superseded.map((e) => e.args.recordId)).toEqual([labId]);
  const replacement = (await records()).find((r) => r.recordId === superseded[0].args.replacementId)!;
  expect(replacement.category).toBe("labs");
  expect(replacement.cid).not.toBe(old.cid);
  expect((await reader.recordOf(patient.address, labId)).superseded).toBe(true);
  expect(await isPinned(old.cid)).toBe(false);
  expect(await isPinned(replacement.cid)).toBe(true);

  // The patient's records still show the lab value, read from the new record.
  await page.goto("/records");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const labs = page.getByRole("region", { name: "Lab results", exact: true });
  await expect(labs.getByTestId("measurement").filter({ hasText: "Total cholesterol" })).toContainText(
    "213",
    {
      timeout: 30_000,
    },
  );
  // Regression: the re-sealed record keeps the date it was first added, not the re-encryption's.
  expect(formatDay(replacement.anchoredAt)).not.toBe(formatDay(old.addedAt));
  expect(replacement.addedAt).toEqual(old.addedAt);
  const files = page.getByRole("region", { name: "Files: lab results", exact: true });
  await expect(files.getByTestId("file-row")).toContainText(`added ${formatDay(old.addedAt)}`);
});

test("re-encrypting first replaces keys still held by a party whose access ran out, so the re-sealed records are not readable by it (review E1)", async ({
  page,
  installWallet,
}) => {
  const privateKey = await fundedNewAccount();
  const patient = await stackPatient(coordinates(), privateKey);
  const [labId] = await patient.addFiles([labFile]);
  // Lab results shared with the clinician until revoked, and with the demo model for an hour.
  const model = privateKeyToAddress(DEV_ACCOUNTS.model.privateKey);
  await patient.grant(CLINICIAN, { categories: ["labs"], purposes: ["treatment"], expiresAt: UNTIL_REVOKED });
  const chainNow = async () => Number((await chainClient().getBlock()).timestamp) * 1000;
  await patient.grant(model, {
    categories: ["labs"],
    purposes: ["aiInference"],
    expiresAt: new Date((await chainNow()) + 3_600_000),
  });
  // Stopping the clinician's share gives lab results generation 2, re-published to the model,
  // whose share then runs out: it holds the newest lab key without access.
  await patient.revoke(CLINICIAN);
  const rpc = (method: string, params: unknown[]) =>
    fetch(stackEnv().rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
  await rpc("evm_increaseTime", [2 * 3600]);
  await rpc("evm_mine", []);

  const wallet = await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.goto("/sharing");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const reencrypt = page.getByTestId("reencrypt-history");
  const before = wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;
  await reencrypt.getByRole("button", { name: "Re-encrypt older records" }).click();
  await expect(reencrypt.getByRole("status").filter({ hasText: "Done" })).toBeVisible({ timeout: 30_000 });
  // New keys first (one transaction), then the re-encryption (one).
  expect(wallet.requests.filter((r) => r.method === "eth_sendTransaction").length - before).toBe(2);

  const superseded = await chainClient().getContractEvents({
    address: coordinates().consent,
    abi: consentRegistryAbi,
    eventName: "RecordSuperseded",
    args: { patient: patient.address },
    fromBlock: 0n,
  });
  expect(superseded.map((e) => e.args.recordId)).toEqual([labId]);
  const replacement = (await listAnchoredRecords(chainClient(), coordinates().consent, patient.address)).find(
    (r) => r.recordId === superseded[0].args.replacementId,
  )!;
  const envelope = await fetchVerified(coordinates().ipfsGatewayUrl, replacement.cid);
  expect(readHeader(envelope).header.generation).toBe(3);
  const given = (await listPatientShares(chainClient(), coordinates().consent, patient.address)).find(
    (s) => s.grantee === model,
  )!;
  for (const cid of given.keyringCids) {
    const keyring = readKeyring(await fetchVerified(coordinates().ipfsGatewayUrl, cid), {
      chainId: stackEnv().chainId,
      patient: patient.address,
      holder: model,
    });
    expect(keyring.keys.map((k) => k.generation)).not.toContain(3);
  }
});
