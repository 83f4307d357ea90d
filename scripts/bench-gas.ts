// Gas benchmark of the consent protocol: a fresh anvil on its own port, the real contracts,
// and receipts' gasUsed (which includes the 21,000 base). Prints a table beside the targets
// of issue 3. Not a test: it reports figures, it does not assert them.
//   npm run bench:gas
import { type Address, type Hex, parseEventLogs } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { deployContracts } from "../contracts/deploy/deploy.ts";
import { newRecordId } from "../lib/consent/codes.ts";
import { consentWriter, type GrantTerms } from "../lib/consent/consent.ts";
import { consentRegistryAbi, directoryAbi } from "../lib/contracts/generated.ts";
import { startAnvil } from "../lib/testing/anvil.ts";

const MNEMONIC = "test test test test test test test test test test test junk";
const MANY = Number(process.env.BENCH_GRANTS ?? 500);
const account = (index: number) => mnemonicToAccount(MNEMONIC, { addressIndex: index });

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
    keyringCid,
    ...overrides,
  });

  async function register(index: number, verify: boolean) {
    const wallet = anvil.wallet(account(index));
    const hash = await wallet.writeContract({
      address: directory,
      abi: directoryAbi,
      functionName: "registerProvider",
      args: [`Provider ${index}`, `0x${"11".repeat(32)}`, keyringCid],
    });
    await wallet.waitForTransactionReceipt({ hash });
    if (verify) {
      await admin.waitForTransactionReceipt({
        hash: await admin.writeContract({
          address: directory,
          abi: directoryAbi,
          functionName: "verify",
          args: [wallet.account.address],
        }),
      });
    }
    return wallet.account.address;
  }

  const rows: [string, bigint, string][] = [];
  const gas = async (label: string, target: string, call: Promise<{ receipt: { gasUsed: bigint } }>) => {
    const { receipt } = await call;
    rows.push([label, receipt.gasUsed, target]);
    return receipt.gasUsed;
  };

  const clinician = await register(1, true);
  const clinicianWriter = consentWriter(anvil.wallet(account(1)), consent);
  const patientA = consentWriter(anvil.wallet(account(2)), consent);
  const patientAAddress = account(2).address;

  const grantGas = await gas(
    "grant (new, verified grantee; Directory check)",
    "<= 60,000",
    patientA.grant(terms(clinician)),
  );
  await gas(
    "grant update (same grantee, new terms)",
    "-",
    patientA.grant(terms(clinician, { categories: ["labs"] })),
  );

  const receiptGas: bigint[] = [];
  for (const count of [1, 2, 5, 10]) {
    const recordIds: Hex[] = Array.from({ length: count }, () => newRecordId("labs"));
    receiptGas.push(
      await gas(
        `read receipt, ${count} record id${count > 1 ? "s" : ""}`,
        count === 1 ? "<= 35,000" : "+<= 1,500 per id",
        clinicianWriter.logAccess({ patient: patientAAddress, recordIds, purpose: "treatment" }),
      ),
    );
  }
  await gas("revoke", "<= 30,000", patientA.revoke(clinician));
  await patientA.grant(terms(clinician));
  const revokeAllOne = await gas("revoke-all, patient with 1 grant", "same as 500", patientA.revokeAll());
  await gas("revoke-all again (epoch already non-zero)", "-", patientA.revokeAll());

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
          write: false,
          allowUnverified: true,
          keyringCid: "0x01",
        },
      ],
    });
    hashes.push(await manyPatient.writeContract({ ...request, nonce: nonce++ }));
  }
  const last = await manyPatient.waitForTransactionReceipt({ hash: hashes[hashes.length - 1] });
  if (last.status !== "success") throw new Error("setting up the 500 grants failed");
  const revokeAllMany = await gas(
    `revoke-all, patient with ${MANY} grants`,
    "same as 1",
    consentWriter(manyPatient, consent).revokeAll(),
  );

  // Request -> approve.
  const patientC = consentWriter(anvil.wallet(account(4)), consent);
  const requested = await clinicianWriter.requestAccess({
    patient: account(4).address,
    categories: ["labs", "vitals"],
    purposes: ["treatment"],
    durationSeconds: 90 * 86400,
    reasonCid: keyringCid,
  });
  const [event] = parseEventLogs({
    abi: consentRegistryAbi,
    logs: requested.receipt.logs,
    eventName: "AccessRequested",
  });
  rows.push(["request access (by the clinician)", requested.receipt.gasUsed, "-"]);
  const approveGas = await gas(
    "approve request (becomes a grant)",
    `<= grant + 10,000 = ${(grantGas + 10_000n).toLocaleString("en-US")}`,
    patientC.approveRequest(event.args.requestId, terms(clinician)),
  );

  const perExtraId = (receiptGas[3] - receiptGas[0]) / 9n;
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `\nCareKeys consent gas (receipt gasUsed, includes the 21,000 base; solc 0.8.30, optimizer 10,000 runs)\n`,
  );
  console.log(`${"operation".padEnd(width)}  ${"gas".padStart(9)}  target`);
  for (const [label, used, target] of rows) {
    console.log(`${label.padEnd(width)}  ${used.toLocaleString("en-US").padStart(9)}  ${target}`);
  }
  console.log(
    `\nper further record id in a receipt: ${perExtraId.toLocaleString("en-US")} gas (target <= 1,500)`,
  );
  console.log(
    `revoke-all with 1 vs ${MANY} grants: ${revokeAllOne} vs ${revokeAllMany} gas (O(1): an epoch bump)`,
  );
  console.log(
    `approve request - grant: ${(approveGas - grantGas).toLocaleString("en-US")} gas (target <= 10,000)`,
  );
} finally {
  anvil.stop();
}
