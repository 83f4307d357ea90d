import type { Page } from "@playwright/test";
import { type Address, bytesToHex, createWalletClient, type Hex, http, publicActions } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { CATEGORY_LABEL } from "../lib/consent/codes";
import { cidFromBytes, consentWriter } from "../lib/consent/consent";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated";
import { unwrapKey } from "../lib/crypto/ecies";
import { categoryKeyAad, readHeader } from "../lib/crypto/envelope";
import { createIdentityKey, keyFingerprint } from "../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../lib/dev/accounts";
import { acceptCar } from "../lib/ipfs/acceptCar";
import { buildCar, fetchVerified } from "../lib/ipfs/car";
import { ipfsClient } from "../lib/ipfs/client";
import { newCategoryKey } from "../lib/records/categoryKeys";
import { listAnchoredRecords } from "../lib/records/chain";
import { currentKey, keyOfGeneration, openKeyring } from "../lib/records/keyring";
import { loadOwnKeyring } from "../lib/records/ownKeyring";
import { prepareFile } from "../lib/records/prepare";
import { sealDraft } from "../lib/records/seal";
import { syntheticPatientBundle } from "../lib/records/synthetic";
import { localChain } from "../lib/wallet/localAccountWallet";
import {
  chainClient,
  connectThroughModal,
  expect,
  fundedNewAccount,
  newPatient,
  patientKeyOnChain,
  test,
} from "./support/fixtures";
import { stackEnv } from "./support/stackEnv";
import type { TestWallet } from "./support/testWallet";

const bundleFile = (seed: number) => ({
  name: `patient-${seed}.json`,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(syntheticPatientBundle({ seed, visits: 2 }))),
});

const env = () => ({ ...stackEnv(), consent: process.env.E2E_CONSENT as Hex });
const gateway = () => `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`;
const walletOf = (privateKey: Hex) =>
  createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: localChain(env().chainId, env().rpcUrl),
    transport: http(env().rpcUrl),
  }).extend(publicActions);

async function newPatientWithKey(page: Page, installWallet: (key: Hex) => Promise<TestWallet>) {
  const { privateKey } = await newPatient(page, installWallet);
  const account = privateKeyToAccount(privateKey);
  const identity = await createIdentityKey((message) => account.signMessage({ message }), {
    origin: env().appUrl,
    chainId: env().chainId,
    address: account.address,
  });
  return { privateKey, address: account.address, identity };
}

/** The patient's own keyring as the chain and IPFS have it, opened with the key made at set-up. */
const keyringOf = (patient: Address, identityPrivateKey: Uint8Array) =>
  loadOwnKeyring({
    client: chainClient(),
    consent: env().consent,
    gatewayUrl: `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`,
    chainId: env().chainId,
    patient,
    identityPrivateKey,
  });

async function addFile(page: Page, seed: number) {
  await page.getByLabel("Choose files").setInputFiles([bundleFile(seed)]);
  await expect(page.getByRole("list", { name: "Files being added" }).getByText("Added").last()).toBeVisible({
    timeout: 30_000,
  });
}

// Regression: the uploader sealed new records with the category key of the newest record of the
// category, whoever anchored it, so a grantee with write access could plant a key of its own
// choosing and keep reading every later record after being revoked.
test("a clinician with write access cannot plant a category key: the patient's next upload seals with the patient's own", async ({
  page,
  installWallet,
}) => {
  const patient = await newPatientWithKey(page, installWallet);
  await addFile(page, 31); // the patient's own labs key, in the patient's keyring

  // The patient lets the demo clinician write lab results.
  const clinician = walletOf(DEV_ACCOUNTS.clinician.privateKey);
  const now = Number((await chainClient().getBlock()).timestamp) * 1000;
  await consentWriter(walletOf(patient.privateKey), env().consent).grant({
    grantee: clinician.account.address,
    categories: ["labs"],
    purposes: ["treatment"],
    expiresAt: new Date(now + 86_400_000),
    identity: 1,
    write: true,
    keyringCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
  });

  // The clinician anchors a genuine-looking labs record sealed with a key of its own choosing.
  const planted = newCategoryKey();
  const [labs] = (
    await prepareFile(
      {
        name: "planted.json",
        bytes: new TextEncoder().encode(JSON.stringify(syntheticPatientBundle({ seed: 32 }))),
      },
      { maxBytes: 10_000_000 },
    )
  ).drafts.filter((d) => d.category === "labs");
  const sealed = await sealDraft({
    draft: labs,
    chainId: env().chainId,
    consent: env().consent,
    patient: patient.address,
    categoryKey: { generation: 5, key: planted.key },
    patientPublicKey: patient.identity.publicKey,
  });
  await acceptCar(
    Buffer.concat(sealed.carParts),
    sealed.cid,
    ipfsClient(`http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`),
  );
  await consentWriter(clinician, env().consent).anchorRecords(patient.address, [sealed]);

  // The patient sees who wrote it.
  await page.reload();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const labsRegion = page.getByRole("region", { name: "Files: lab results", exact: true });
  await labsRegion.getByRole("button", { name: /planted.json/ }).click();
  await expect(labsRegion.getByTestId("record-author").first()).toContainText("Dr. Maya Rivera");

  // The patient's next lab results are sealed with the keyring's key, not the planted one.
  await addFile(page, 33);
  const records = await listAnchoredRecords(chainClient(), env().consent, patient.address);
  const newest = records.find((r) => r.category === "labs" && r.author === patient.address);
  expect(newest, "the patient's new labs record").toBeDefined();
  const envelope = await fetchVerified(`http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`, newest!.cid);
  const { header } = readHeader(envelope);
  const sealedWith = await unwrapKey(
    patient.identity.privateKey,
    header.categoryKey,
    categoryKeyAad(header, patient.address),
  );
  expect(bytesToHex(sealedWith)).not.toBe(bytesToHex(planted.key));
  expect(header.generation).toBe(1);
  const keyring = await keyringOf(patient.address, patient.identity.privateKey);
  expect(bytesToHex(currentKey(keyring.keys, "labs")!.key)).toBe(bytesToHex(sealedWith));
});

test("a patient replaces the encryption key; after a reload the new key unlocks and every record still opens", async ({
  page,
  installWallet,
}) => {
  const patient = await newPatientWithKey(page, installWallet);
  await addFile(page, 41);
  const before = await patientKeyOnChain(patient.address);

  await page.getByRole("button", { name: "Replace my encryption key" }).click();
  await page.getByRole("button", { name: "Yes, replace my key" }).click();
  await expect(page.getByText("Your encryption key was replaced")).toBeVisible({ timeout: 30_000 });
  const after = await patientKeyOnChain(patient.address);
  expect(after).not.toBe(before);
  const account = privateKeyToAccount(patient.privateKey);
  const v3 = await createIdentityKey(
    (message) => account.signMessage({ message }),
    { origin: env().appUrl, chainId: env().chainId, address: account.address },
    3,
  );
  expect(after).toBe(v3.publicKeyHex);

  await page.reload();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  const records = await listAnchoredRecords(chainClient(), env().consent, patient.address);
  expect(records.length).toBeGreaterThan(3);
  for (const record of records) {
    const section = page.getByRole("region", {
      name: `Files: ${CATEGORY_LABEL[record.category!]}`,
      exact: true,
    });
    const row = section.getByRole("button", { name: /from patient-41.json/ });
    await row.click();
    await expect(section.getByTestId("integrity")).toContainText("Verified");
    await row.click();
  }
  await page
    .getByRole("region", { name: "Files: lab results", exact: true })
    .getByRole("button", { name: /patient-41.json/ })
    .click();
  await expect(
    page
      .getByRole("region", { name: "Files: lab results", exact: true })
      .getByTestId("measurement")
      .filter({ hasText: "Total cholesterol" })
      .first(),
  ).toBeVisible();

  // Records added after the rotation use keys the old identity key never held: it opens the
  // old keyring (still on IPFS), but that has no key for them.
  await addFile(page, 42);
  const after42 = await listAnchoredRecords(chainClient(), env().consent, patient.address);
  const newLabs = after42.find((r) => r.category === "labs")!; // newest first
  const { header } = readHeader(await fetchVerified(gateway(), newLabs.cid));
  expect(header.generation).toBe(2);
  const [firstKeyring] = await chainClient().getContractEvents({
    address: env().consent,
    abi: consentRegistryAbi,
    eventName: "KeyringPublished",
    args: { patient: patient.address, grantee: patient.address },
    fromBlock: 0n,
  });
  const old = await openKeyring(await fetchVerified(gateway(), cidFromBytes(firstKeyring.args.keyringCid!)), {
    chainId: env().chainId,
    patient: patient.address,
    holder: patient.address,
    identityPrivateKey: patient.identity.privateKey,
  });
  expect(keyOfGeneration(old.keys, 1, 2)).toBeUndefined();

  // The keyring on chain is wrapped for the new key only: the old key opens nothing any more.
  await expect(keyringOf(patient.address, patient.identity.privateKey)).rejects.toThrow(/could not be read/);
});

test("when the patient's keyring cannot be read, nothing is sealed and no new key is started", async ({
  page,
  installWallet,
}) => {
  const patient = await newPatientWithKey(page, installWallet);
  await addFile(page, 51);
  const before = await listAnchoredRecords(chainClient(), env().consent, patient.address);

  // The patient's latest keyring announcement points to an object that is not a keyring (as if
  // the object were broken): only the patient can announce it, so the patient's own wallet does.
  const broken = await buildCar(new TextEncoder().encode("not a keyring"));
  await acceptCar(
    Buffer.concat(broken.parts),
    broken.cid.toString(),
    ipfsClient(`http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`),
  );
  await consentWriter(walletOf(patient.privateKey), env().consent).publishKeyring(
    patient.address,
    broken.cid.toString(),
  );

  await page.getByLabel("Choose files").setInputFiles([bundleFile(52)]);
  const files = page.getByRole("list", { name: "Files being added" });
  await expect(files).toContainText("Your category keys could not be read");
  await expect(files).toContainText("will not start new keys");
  await expect(page.getByRole("list", { name: "Pending uploads" })).toHaveCount(0);
  expect(await listAnchoredRecords(chainClient(), env().consent, patient.address)).toHaveLength(
    before.length,
  );
});

test("a key made with the old, site-unbound message is upgraded by rotation, and the records made with it stay readable", async ({
  page,
  installWallet,
}) => {
  // An account whose key and records come from before keys were bound to the site (key version 1).
  const privateKey = await fundedNewAccount();
  const account = privateKeyToAccount(privateKey);
  const binding = { origin: env().appUrl, chainId: env().chainId, address: account.address };
  const legacy = await createIdentityKey((message) => account.signMessage({ message }), binding, 1);
  const patientWallet = walletOf(privateKey);
  await patientWallet.waitForTransactionReceipt({
    hash: await patientWallet.writeContract({
      address: env().directory,
      abi: directoryAbi,
      functionName: "registerPatientKey",
      args: [legacy.publicKeyHex],
    }),
  });
  const { drafts } = await prepareFile(
    {
      name: "old-export.json",
      bytes: new TextEncoder().encode(JSON.stringify(syntheticPatientBundle({ seed: 61 }))),
    },
    { maxBytes: 10_000_000 },
  );
  const anchors = [];
  for (const draft of drafts) {
    const sealed = await sealDraft({
      draft,
      chainId: env().chainId,
      consent: env().consent,
      patient: account.address,
      categoryKey: newCategoryKey(),
      patientPublicKey: legacy.publicKey,
    });
    await acceptCar(
      Buffer.concat(sealed.carParts),
      sealed.cid,
      ipfsClient(`http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`),
    );
    anchors.push(sealed);
  }
  await consentWriter(patientWallet, env().consent).anchorRecords(account.address, anchors);

  await installWallet(privateKey);
  await connectThroughModal(page, "Test Wallet");
  await page.goto("/records");
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await expect(page.getByRole("heading", { name: "Upgrade your encryption key" })).toBeVisible();
  await page.getByRole("button", { name: "Upgrade my key" }).click();
  await expect(page.getByText("Your encryption key was replaced")).toBeVisible({ timeout: 30_000 });
  const v2 = await createIdentityKey((message) => account.signMessage({ message }), binding, 2);
  expect(await patientKeyOnChain(account.address)).toBe(v2.publicKeyHex);

  await page.reload();
  await page.getByRole("button", { name: "Unlock my records" }).click();
  await expect(page.getByTestId("unlocked-key-fingerprint")).toHaveText(keyFingerprint(v2.publicKeyHex));
  const labsRegion = page.getByRole("region", { name: "Files: lab results", exact: true });
  await labsRegion.getByRole("button", { name: /old-export.json/ }).click();
  await expect(labsRegion.getByTestId("integrity")).toContainText("Verified");
  await expect(
    labsRegion.getByTestId("measurement").filter({ hasText: "Total cholesterol" }).first(),
  ).toBeVisible();
  // The old key no longer opens the keyring: the keys were re-wrapped for the new one.
  await expect(keyringOf(account.address, legacy.privateKey)).rejects.toThrow(/could not be read/);
});
