import type { Page } from "@playwright/test";
import { type Address, getAddress, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { CATEGORY, categoryOfRecordId } from "../lib/consent/codes";
import { cidFromBytes } from "../lib/consent/consent";
import { consentRegistryAbi } from "../lib/contracts/generated";
import { readHeader } from "../lib/crypto/envelope";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { fetchVerified } from "../lib/ipfs/car";
import { readKeyring } from "../lib/records/keyring";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { listPatientShares } from "../lib/sharing/grants";
import { chainClient, expect, newPatient, test } from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";
import type { TestWallet } from "./support/testWallet";

const RIVERA = "Dr. Maya Rivera, Riverside Clinic";
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const consent = () => process.env.E2E_CONSENT as Address;
const gateway = () => `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`;
const transactions = (wallet: TestWallet) =>
  wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;

const rpc = (method: string, params: unknown[]) =>
  fetch(stackEnv().rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });

/** One glucose result, as a lab would export it. */
const labFile = {
  resourceType: "Observation",
  status: "final",
  category: [
    {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }],
    },
  ],
  code: { coding: [{ system: "http://loinc.org", code: "2345-7", display: "Glucose" }], text: "Glucose" },
  effectiveDateTime: "2026-11-30T09:00:00Z",
  valueQuantity: { value: 5.4, unit: "mmol/L", system: "http://unitsofmeasure.org", code: "mmol/L" },
};

/** The lab-result key generations a keyring carries (its public part: no key needed). */
async function labGenerations(patient: Address, holder: Address, cid: string) {
  const file = readKeyring(await fetchVerified(gateway(), cid), {
    chainId: stackEnv().chainId,
    patient,
    holder,
  });
  return file.keys
    .filter((e) => e.category === CATEGORY.labs)
    .map((e) => e.generation)
    .sort();
}

/**
 * A new patient with one synthetic export who shares lab results with the demo clinician through
 * the Sharing page, for `expiry` (a radio's label); the files list and the share as the chain has it.
 */
async function patientSharingLabs(
  page: Page,
  installWallet: (privateKey: Hex) => Promise<TestWallet>,
  seed: number,
  expiry: string,
) {
  const { wallet } = await newPatient(page, installWallet);
  const files = page.getByRole("list", { name: "Files being added" });
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: `patient-${seed}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed, visits: 1 }))),
    },
  ]);
  await expect(files.getByText("Added")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await page.getByLabel("Search the directory").fill("rivera");
  await page.getByRole("button", { name: `Choose ${RIVERA}` }).click();
  await page.getByRole("checkbox", { name: "Lab results" }).check();
  await page.getByRole("radio", { name: expiry }).check();
  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByText(`You are now sharing with ${RIVERA}`)).toBeVisible({ timeout: 30_000 });
  const share = (await listPatientShares(chainClient(), consent(), wallet.address)).find(
    (s) => s.grantee === clinician,
  )!;
  return { wallet, patient: wallet.address, files, share };
}

test("after a 24-hour share has run out, the next lab result is sealed with new keys published first, which the clinician does not get", async ({
  page,
  installWallet,
}) => {
  // Lab results shared with the demo clinician for this visit (24 hours).
  const {
    wallet,
    patient,
    files,
    share: shared,
  } = await patientSharingLabs(page, installWallet, 41, "This visit (24 hours)");
  expect(await labGenerations(patient, clinician, shared.keyringCid!)).toEqual([1]);

  // A day and an hour later on the chain's clock, the share has run out.
  await (await rpc("evm_increaseTime", [25 * 3600])).json();
  await (await rpc("evm_mine", [])).json();
  expect((await listPatientShares(chainClient(), consent(), patient))[0].status).toBe("expired");

  // The next lab result: the wallet prompt for new keys comes first, and says why.
  await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
  const before = transactions(wallet);
  const prompt = wallet.holdNext("eth_sendTransaction");
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      { name: "glucose.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(labFile)) },
    ]);
  await prompt.asked;
  await expect(
    files.getByText(
      `Replacing the keys of lab results: ${RIVERA}'s access has ended (confirm in your wallet)`,
    ),
  ).toBeVisible();
  prompt.release();
  await expect(files.getByRole("listitem", { name: "glucose.json" }).getByText("Added")).toBeVisible({
    timeout: 30_000,
  });
  expect(transactions(wallet) - before).toBe(2); // the new keys, then the record

  // On chain: the patient's new keyring was published before the record was anchored.
  const where = { address: consent(), abi: consentRegistryAbi, args: { patient }, fromBlock: 0n } as const;
  const [published, anchored] = await Promise.all([
    chainClient().getContractEvents({ ...where, eventName: "KeyringPublished" }),
    chainClient().getContractEvents({ ...where, eventName: "RecordsAnchored" }),
  ]);
  const lastAnchor = anchored.at(-1)!;
  const newLab = (lastAnchor.args.records ?? []).find((r) => categoryOfRecordId(r.recordId) === "labs")!;
  const own = published.filter((e) => getAddress(e.args.grantee!) === patient).at(-1)!;
  expect(own.blockNumber).toBeLessThan(lastAnchor.blockNumber);
  expect(published.filter((e) => e.transactionHash === own.transactionHash)).toHaveLength(1);
  expect(await labGenerations(patient, patient, cidFromBytes(own.args.keyringCid!))).toEqual([1, 2]);

  // The new record is sealed with generation 2, which the clinician's keyring does not hold.
  const envelope = await fetchVerified(gateway(), cidFromBytes(newLab.cid));
  expect(readHeader(envelope).header.generation).toBe(2);
  const after = (await listPatientShares(chainClient(), consent(), patient)).find(
    (s) => s.grantee === clinician,
  )!;
  expect(await labGenerations(patient, clinician, after.keyringCid!)).toEqual([1]);
});

test("a lab result kept on this device while sharing stopped is sealed again with the new keys before it is added, so the clinician cannot open it", async ({
  page,
  installWallet,
}) => {
  const { wallet, patient, share: given } = await patientSharingLabs(page, installWallet, 43, "30 days");

  // A lab result is sealed, but the patient declines to add it now: it waits on this device.
  await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
  wallet.rejectNext("eth_sendTransaction");
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      { name: "glucose.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(labFile)) },
    ]);
  const pending = page.getByRole("list", { name: "Pending uploads" });
  await expect(pending.getByRole("listitem")).toHaveCount(1, { timeout: 30_000 });

  // Meanwhile the patient stops sharing with the clinician: lab results get new keys.
  await page.getByRole("banner").getByRole("link", { name: "Sharing" }).click();
  await page
    .getByRole("list", { name: "Your shares" })
    .getByRole("listitem", { name: RIVERA })
    .getByRole("button", { name: "Stop sharing" })
    .click();
  await page.getByRole("button", { name: "Stop sharing now" }).click();
  await expect(page.getByTestId("stop-receipt")).toContainText(`Sharing with ${RIVERA} has stopped`, {
    timeout: 30_000,
  });

  // Back in the records, "Try again" adds the kept result — sealed with the new keys.
  await page.getByRole("banner").getByRole("link", { name: "Records", exact: true }).click();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(pending).toHaveCount(0, { timeout: 30_000 });
  const where = { address: consent(), abi: consentRegistryAbi, args: { patient }, fromBlock: 0n } as const;
  const anchored = await chainClient().getContractEvents({ ...where, eventName: "RecordsAnchored" });
  const newLab = (anchored.at(-1)!.args.records ?? []).find(
    (r) => categoryOfRecordId(r.recordId) === "labs",
  )!;
  const envelope = await fetchVerified(gateway(), cidFromBytes(newLab.cid));
  expect(readHeader(envelope).header.generation).toBe(2);
  for (const cid of given.keyringCids) expect(await labGenerations(patient, clinician, cid)).toEqual([1]);
});
