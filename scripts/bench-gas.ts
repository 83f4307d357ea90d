// Gas benchmark of the consent protocol: a fresh anvil on its own port, the real contracts,
// and receipts' gasUsed (which includes the 21,000 base). Prints each figure beside its target
// and beside the figure the v1 contracts gave (recorded by this script before the v2 redeploy;
// docs/contracts.md). Not a test: it reports figures, it does not assert them.
//   npm run bench:gas
import { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";
import { type Address, type Hex, type Log, parseEventLogs, toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { deployContracts } from "../contracts/deploy/deploy.ts";
import { newRecordId } from "../lib/consent/codes.ts";
import { consentReader, consentWriter, type GrantTerms, type RecordAnchor } from "../lib/consent/consent.ts";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated.ts";
import { attestParticipant } from "../lib/directory/verify.ts";
import { sendSharingCall } from "../lib/sharing/calls.ts";
import { planDeclineAll } from "../lib/sharing/requests.ts";
import { startAnvil } from "../lib/testing/anvil.ts";

const MNEMONIC = "test test test test test test test test test test test junk";
const MANY = Number(process.env.BENCH_GRANTS ?? 500);
const RECEIPT_SIZES = [1, 2, 5, 10, 100] as const;
const account = (index: number) => mnemonicToAccount(MNEMONIC, { addressIndex: index });
const fmt = (n: bigint | number) => Number(n).toLocaleString("en-US");

/** v1 figures (same script, same compiler settings), for the side-by-side column. */
const V1: Record<string, string> = {
  grant: "59,663",
  grantUpdate: "42,563",
  revoke: "23,867",
  revokeAllOne: "45,153",
  revokeAllMany: "45,153",
  revokeAllAgain: "28,053",
  receipt1: "31,054",
  receiptPer: "+937",
  request: "83,652",
  approve: "63,541",
  anchor1: "161,381",
  anchor7: "1,017,476",
};

/** A CIDv1 (raw, sha2-256) of random bytes: the 36-byte shape of every envelope CID. */
async function randomCid(): Promise<string> {
  const digest = await sha256.digest(crypto.getRandomValues(new Uint8Array(32)));
  return CID.createV1(0x55, digest).toString();
}

async function anchors(count: number, only?: "labs"): Promise<RecordAnchor[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => ({
      recordId: newRecordId(only ?? (i % 2 === 0 ? "labs" : "vitals")),
      cid: await randomCid(),
      contentHash: toHex(crypto.getRandomValues(new Uint8Array(32))),
    })),
  );
}

const anvil = await startAnvil(18845, ["--accounts", String(20 + MANY)]);
try {
  const admin = anvil.wallet(account(0));
  const { directory, consent } = await deployContracts(admin, admin.account.address);
  const now = Number((await anvil.publicClient.getBlock()).timestamp);
  const keyringCid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";
  const terms = (grantee: Address, overrides: Partial<GrantTerms> = {}): GrantTerms => ({
    grantee,
    categories: ["labs", "vitals"],
    purposes: ["treatment"],
    expiresAt: new Date((now + 30 * 86400) * 1000),
    identity: 1,
    keyringCid,
    ...overrides,
  });

  async function register(index: number, verify: boolean, model = false) {
    const wallet = anvil.wallet(account(index));
    const hash = model
      ? await wallet.writeContract({
          address: directory,
          abi: directoryAbi,
          functionName: "registerModel",
          args: [`Model ${index}`, `0x${"22".repeat(32)}`, keyringCid, keyringCid, "1.0.0"],
        })
      : await wallet.writeContract({
          address: directory,
          abi: directoryAbi,
          functionName: "registerProvider",
          args: [`Provider ${index}`, `0x${"11".repeat(32)}`, keyringCid],
        });
    await wallet.waitForTransactionReceipt({ hash });
    if (verify) await attestParticipant(admin, directory, wallet.account.address);
    return wallet.account.address;
  }

  const rows: [string, bigint, string, string][] = [];
  const gas = async (
    label: string,
    target: string,
    v1: string | undefined,
    call: Promise<{ receipt: { gasUsed: bigint } }>,
  ) => {
    const { receipt } = await call;
    rows.push([label, receipt.gasUsed, target, v1 ?? "-"]);
    return receipt.gasUsed;
  };

  const clinician = await register(1, true);
  const modelAddress = await register(5, true, true);
  const clinicianWriter = consentWriter(anvil.wallet(account(1)), consent);
  const patientA = consentWriter(anvil.wallet(account(2)), consent);
  const patientAAddress = account(2).address;

  const grantGas = await gas(
    "grant (new, verified grantee; Directory check)",
    "<= 60,000 (stretch 55,000)",
    V1.grant,
    patientA.grant(terms(clinician)),
  );
  await gas(
    "grant update (same grantee, new terms)",
    "-",
    V1.grantUpdate,
    patientA.grant(terms(clinician, { categories: ["labs"] })),
  );

  // Receipts name records anchored for the patient (the contract refuses any other id).
  const receiptGas = new Map<number, bigint>();
  for (const count of RECEIPT_SIZES) {
    const records = await anchors(count, "labs");
    await patientA.anchorRecords(patientAAddress, records);
    receiptGas.set(
      count,
      await gas(
        `read receipt, ${count} record id${count > 1 ? "s" : ""} (Directory check)`,
        count === 1 ? "<= 40,500 (38,000 + reading the record's slot)" : "+<= 3,500 per id",
        count === 1 ? V1.receipt1 : undefined,
        clinicianWriter.logAccess({
          patient: patientAAddress,
          recordIds: records.map((r) => r.recordId),
          purpose: "treatment",
        }),
      ),
    );
  }
  await gas("revoke (also voids signatures)", "<= 30,000", V1.revoke, patientA.revoke(clinician));
  await gas("revoke, no grant in force (voids signatures)", "-", undefined, patientA.revoke(clinician));
  await patientA.grant(terms(clinician));
  const revokeAllOne = await gas(
    "revoke-all, patient with 1 grant",
    "same as 500",
    V1.revokeAllOne,
    patientA.revokeAll(),
  );
  await gas("revoke-all again", "-", V1.revokeAllAgain, patientA.revokeAll());
  await gas("cancel outstanding signatures", "-", undefined, patientA.cancelSignatures());

  // A one-shot inference grant for the model, used by its receipt.
  const modelRead = await anchors(1, "labs");
  await patientA.anchorRecords(patientAAddress, modelRead);
  await gas(
    "grant, one-shot inference for a model",
    "-",
    undefined,
    patientA.grant(terms(modelAddress, { purposes: ["aiInference"], oneShot: true })),
  );
  await gas(
    "read receipt that uses up a one-shot grant",
    "-",
    undefined,
    consentWriter(anvil.wallet(account(5)), consent).logAccess({
      patient: patientAAddress,
      recordIds: [modelRead[0].recordId],
      purpose: "aiInference",
    }),
  );

  // A patient with MANY grants: MANY registered (unverified) providers, each granted.
  const manyPatient = anvil.wallet(account(3));
  const grantees = await Promise.all(Array.from({ length: MANY }, (_, i) => register(20 + i, false)));
  let nonce = await anvil.publicClient.getTransactionCount({ address: manyPatient.account.address });
  const hashes: Hex[] = [];
  for (const grantee of grantees) {
    const { request } = await manyPatient.simulateContract({
      address: consent,
      abi: consentRegistryAbi,
      functionName: "grant",
      args: [
        {
          grantee,
          categories: 1,
          purposes: 1,
          expiresAt: BigInt(now + 86400),
          identity: 1,
          write: false,
          oneShot: false,
          allowUnverified: true,
          keyringCid: "0x01",
        },
      ],
    });
    hashes.push(await manyPatient.writeContract({ ...request, nonce: nonce++ }));
  }
  const last = await manyPatient.waitForTransactionReceipt({ hash: hashes[hashes.length - 1] });
  if (last.status !== "success") throw new Error(`setting up the ${MANY} grants failed`);
  const revokeAllMany = await gas(
    `revoke-all, patient with ${MANY} grants`,
    "same as 1",
    V1.revokeAllMany,
    consentWriter(manyPatient, consent).revokeAll(),
  );

  // Request -> approve; request -> withdraw -> ask again -> deny (one open request per pair).
  const patientC = consentWriter(anvil.wallet(account(4)), consent);
  const ask = () =>
    clinicianWriter.requestAccess({
      patient: account(4).address,
      categories: ["labs", "vitals"],
      purposes: ["treatment"],
      durationSeconds: 90 * 86400,
      reasonCid: keyringCid,
    });
  const requestIdOf = (receipt: { logs: Log[] }) =>
    parseEventLogs({ abi: consentRegistryAbi, logs: receipt.logs, eventName: "AccessRequested" })[0].args
      .requestId;
  const requested = await ask();
  rows.push(["request access (by the clinician)", requested.receipt.gasUsed, "-", V1.request]);
  const approveGas = await gas(
    "approve request (becomes a grant)",
    `<= grant + 10,000 = ${fmt(grantGas + 10_000n)}`,
    V1.approve,
    patientC.approveRequest(requestIdOf(requested.receipt), terms(clinician)),
  );
  await gas("request access again, after an answer", "-", undefined, ask());
  const open = await consentReader(anvil.publicClient, consent).openRequestOf(clinician, account(4).address);
  await gas(
    "withdraw a pending request (by the clinician)",
    "-",
    undefined,
    clinicianWriter.withdrawRequest(open),
  );
  const third = await ask();
  rows.push(["request access again, after a withdrawal", third.receipt.gasUsed, "-", "-"]);
  await gas("deny request", "-", undefined, patientC.denyRequest(requestIdOf(third.receipt)));

  // 200 strangers ask one patient (one request each: the contract refuses a second while one is
  // pending), and the patient declines them all in one transaction (a multicall of denyRequest).
  const STRANGERS = Math.min(200, MANY);
  const flooded = account(7).address;
  const asked = await Promise.all(
    grantees.slice(0, STRANGERS).map(async (_, i) => {
      const wallet = anvil.wallet(account(20 + i));
      const { request } = await wallet.simulateContract({
        address: consent,
        abi: consentRegistryAbi,
        functionName: "requestAccess",
        args: [flooded, 1, 1, 86400, false, "0x01"],
      });
      return wallet.writeContract(request);
    }),
  );
  await Promise.all(asked.map((hash) => anvil.publicClient.waitForTransactionReceipt({ hash })));
  const ids = await Promise.all(
    grantees
      .slice(0, STRANGERS)
      .map((grantee) => consentReader(anvil.publicClient, consent).openRequestOf(grantee, flooded)),
  );
  const declineAll = await gas(
    `decline ${STRANGERS} requests from ${STRANGERS} strangers in one transaction`,
    "< block gas limit",
    undefined,
    sendSharingCall(
      anvil.wallet(account(7)),
      planDeclineAll(
        consent,
        ids.map((requestId) => ({ requestId })),
      )!,
    ),
  );

  // Anchoring: one transaction per import, one storage slot per record.
  const patientD = anvil.wallet(account(6));
  const anchorWriter = consentWriter(patientD, consent);
  const anchorGas = new Map<number, bigint>();
  for (const count of [1, 7, 50]) {
    anchorGas.set(
      count,
      await gas(
        `anchor ${count} record${count > 1 ? "s" : ""} in one transaction`,
        count === 1 ? "<= 55,000" : "<= 55,000 + 28,000 per further",
        count === 1 ? V1.anchor1 : count === 7 ? V1.anchor7 : undefined,
        anchorWriter.anchorRecords(patientD.account.address, await anchors(count)),
      ),
    );
  }

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    "\nCareKeys consent gas (receipt gasUsed, includes the 21,000 base; solc 0.8.30, via-IR, optimizer 10,000 runs)\n",
  );
  console.log(`${"operation".padEnd(width)}  ${"v2 gas".padStart(9)}  ${"v1 gas".padStart(10)}  target`);
  for (const [label, used, target, v1] of rows) {
    console.log(`${label.padEnd(width)}  ${fmt(used).padStart(9)}  ${v1.padStart(10)}  ${target}`);
  }
  const receipt1 = receiptGas.get(1) ?? 0n;
  const receipt100 = receiptGas.get(100) ?? 0n;
  console.log(
    `\nread receipt of 1 / 100 records: ${fmt(receipt1)} / ${fmt(receipt100)} gas; ` +
      `per further record id: ${fmt((receipt100 - receipt1) / 99n)} gas (v1 ${V1.receiptPer})`,
  );
  console.log(
    `revoke-all with 1 vs ${MANY} grants: ${fmt(revokeAllOne)} vs ${fmt(revokeAllMany)} gas (an epoch bump)`,
  );
  console.log(`approve request - grant: ${fmt(approveGas - grantGas)} gas (target <= 10,000)`);
  console.log(
    `declining ${STRANGERS} requests in one transaction: ${fmt(declineAll / BigInt(STRANGERS))} gas each`,
  );
  const one = anchorGas.get(1) ?? 0n;
  for (const count of [7, 50]) {
    const total = anchorGas.get(count) ?? 0n;
    console.log(
      `anchoring ${count}: ${fmt(total)} gas = first ${fmt(one)} + ${fmt((total - one) / BigInt(count - 1))} per further record (target <= 28,000)`,
    );
  }
} finally {
  anvil.stop();
}
