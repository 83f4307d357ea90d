// Benchmark of sharing on a real local chain (anvil) and embedded IPFS node, on free ports:
// 1. granting 10 kinds of record to a clinician when the patient holds 10, 1,000 and 10,000
//    records: the client-side time (planGrant: keyring sealed and packed as a CAR), the bytes
//    published (the CARs uploaded) and the gas of the one transaction;
// 2. revoking one party and rotating + re-publishing keyrings for 1 and 20 remaining holders:
//    client time, time until the transaction is mined (uploads included), keyrings, bytes, gas.
// Prints figures; asserts nothing. Everything it starts is stopped at the end.   npm run bench:sharing
import { bytesToHex } from "viem";
import { type Category, newRecordId } from "../lib/consent/codes.ts";
import { consentWriter, type RecordAnchor } from "../lib/consent/consent.ts";
import { randomBytes } from "../lib/crypto/aead.ts";
import { listAnchoredRecords } from "../lib/records/chain.ts";
import { sendSharingCall } from "../lib/sharing/calls.ts";
import { type DirectoryEntry, listDirectory } from "../lib/sharing/directory.ts";
import { planGrant } from "../lib/sharing/grantKeyring.ts";
import { expiresAtFor, listPatientShares } from "../lib/sharing/grants.ts";
import { holdersOf, planRevocation } from "../lib/sharing/revocation.ts";
import { CHAIN_ID, type Patient, type Person, startSharingWorld } from "../lib/sharing/testing.ts";

const TEN: Category[] = [
  "labs",
  "vitals",
  "conditions",
  "medications",
  "allergies",
  "immunizations",
  "notes",
  "imaging",
  "documents",
  "socialHistory",
];
const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
};
const sizeOf = (plan: { uploads: { size: number }[] }) =>
  plan.uploads.reduce((sum, car) => sum + car.size, 0);
const num = (n: number | bigint) => n.toLocaleString("en-GB");

const world = await startSharingWorld();
try {
  const rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
  let entries: DirectoryEntry[] = await listDirectory(world.anvil.publicClient, world.directory);
  const entryOf = (who: Person) => entries.find((e) => e.address === who.address)!;
  const expiresAt = async () => expiresAtFor("days30", await world.chainNow());

  /**
   * Records counted on chain only: anchors with fresh record ids and content hashes, all pointing
   * at one real record's CID. The grant never reads records, so their content does not matter.
   */
  async function anchorPlaceholders(patient: Patient, count: number, cid: string) {
    const writer = consentWriter(patient.wallet, world.consent);
    for (let done = 0; done < count; done += 400) {
      const batch: RecordAnchor[] = Array.from({ length: Math.min(400, count - done) }, (_, i) => ({
        recordId: newRecordId(TEN[(done + i) % TEN.length]),
        contentHash: bytesToHex(randomBytes(32)),
        cid,
      }));
      await writer.anchorRecords(patient.address, batch);
    }
  }

  console.log("Granting 10 kinds of record to one clinician (median of 5 plans; one transaction):");
  for (const records of [10, 1_000, 10_000]) {
    const patient = await world.patient();
    // One real sealed record per kind: the patient has a key for each of the 10 kinds.
    const real = [];
    for (const category of TEN) real.push(...(await world.addRecords(patient, category)));
    await anchorPlaceholders(patient, records - real.length, real[0].cid);
    const onChain = (await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address))
      .length;
    // planGrant's inputs are the patient's keys and the grantee: no chain client, no record list.
    const input = {
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entryOf(rivera),
      choice: { categories: TEN, purposes: ["treatment" as const], expiresAt: await expiresAt() },
    };
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(() => planGrant(input)));
    const plan = runs.at(-1)!.result;
    const { receipt } = await world.carryOut(patient.wallet, plan);
    console.log(
      `  ${num(onChain).padStart(6)} records on chain: client ${median(runs.map((r) => r.ms)).toFixed(1)} ms, ` +
        `${plan.uploads.length} keyring(s) / ${num(sizeOf(plan))} bytes published, ${num(receipt.gasUsed)} gas`,
    );
  }
  console.log(
    "  (10 records are real sealed records; the rest are anchors counted on chain only. The grant path\n" +
      "   never reads records: planGrant takes only the keys and the grantee, and the keyring names kinds\n" +
      "   and key generations, never records.)",
  );

  console.log("\nRevoking one party, rotating and re-publishing keyrings for the remaining holders:");
  const holders: Person[] = [];
  for (let i = 0; i < 20; i++) holders.push(await world.clinician(`Dr. Holder ${i}, Test Clinic`));
  entries = await listDirectory(world.anvil.publicClient, world.directory);
  for (const remaining of [holders.slice(0, 1), holders]) {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    for (const who of [rivera, ...remaining]) {
      const plan = await planGrant({
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identity: patient.identity,
        own: { keys: patient.keys, archived: new Map() },
        grantee: entryOf(who),
        choice: { categories: ["labs"], purposes: ["treatment"], expiresAt: await expiresAt() },
      });
      await world.carryOut(patient.wallet, plan);
      patient.keys = plan.keys;
    }
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    const plan = () =>
      planRevocation({
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identity: patient.identity,
        own: { keys: patient.keys, archived: new Map() },
        holders: holdersOf(shares, entries),
        change: { kind: "revoke", grantee: rivera.address, held: ["labs"] },
      });
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(plan));
    const revocation = runs.at(-1)!.result;
    const stored = await timed(async () => {
      for (const car of revocation.uploads) await world.upload(car);
    });
    const sent = await timed(() => sendSharingCall(patient.wallet, revocation.call));
    console.log(
      `  ${String(remaining.length).padStart(2)} remaining holder(s): client ${median(runs.map((r) => r.ms)).toFixed(1)} ms, ` +
        `${revocation.uploads.length} keyrings / ${num(sizeOf(revocation))} bytes stored in ${stored.ms.toFixed(0)} ms, ` +
        `one transaction of ${num(sent.result.receipt.gasUsed)} gas mined in ${sent.ms.toFixed(0)} ms`,
    );
  }
  console.log(
    "  (the transaction time is mostly viem's receipt polling interval on a local chain, not the chain's work)",
  );
} finally {
  await world.stop();
}
