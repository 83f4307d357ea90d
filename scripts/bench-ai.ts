// Benchmark of the AI models on a real local chain (anvil) and embedded IPFS node, on free ports:
// 1. model throughput: patients scored per second by onnxruntime-node, batches of 10,000, for
//    each shipped model (the TypeScript oracle's rate beside it);
// 2. one consented inference, end to end, for a patient with 200 records in the model's kinds:
//    the runner's time split by step (chain check, fetch, decrypt, map, run, store, receipt),
//    median of 5 runs, and the gas of the one transaction (result + receipt).
// Prints figures; asserts nothing. Everything it starts is stopped at the end.   npm run bench:ai
import { hexToBytes } from "viem";
import { categoriesOf } from "../lib/ai/card.ts";
import { PCE_CARD } from "../lib/ai/cards.ts";
import { framinghamRisk } from "../lib/ai/framingham/risk.ts";
import { survivalModelOnnx } from "../lib/ai/onnx/survivalModel.ts";
import { pceRisk } from "../lib/ai/pce/risk.ts";
import { type RunnerContext, runInference, type Step, score } from "../lib/ai/runner.ts";
import { SHIPPED_MODELS } from "../lib/ai/shipped.ts";
import { importFile, registerModel } from "../lib/ai/testing.ts";
import { directoryAbi } from "../lib/contracts/generated.ts";
import { acceptCar } from "../lib/ipfs/acceptCar.ts";
import { buildCar } from "../lib/ipfs/car.ts";
import { listAnchoredRecords } from "../lib/records/chain.ts";
import { syntheticPatientBundle } from "../lib/records/synthetic.ts";
import { planGrant } from "../lib/sharing/grantKeyring.ts";
import { UNTIL_REVOKED } from "../lib/sharing/grants.ts";
import { CHAIN_ID, startSharingWorld } from "../lib/sharing/testing.ts";

const num = (n: number) => Math.round(n).toLocaleString("en-GB");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 1. Throughput.
console.log("Model throughput (batch of 10,000 people, onnxruntime-node, CPU):");
const people = Array.from({ length: 10_000 }, (_, i) => [
  40 + (i % 40),
  150 + (i % 150),
  30 + (i % 60),
  100 + (i % 90),
  i % 2,
  (i >> 1) % 2,
  (i >> 2) % 2,
  (i >> 3) % 2,
  (i >> 4) % 2,
]);
for (const { card, spec } of SHIPPED_MODELS) {
  const artifact = survivalModelOnnx(spec);
  const cid = (await buildCar(artifact)).cid.toString();
  const rows = people.map((p) => p.slice(0, spec.inputs.length));
  await score(cid, artifact, rows); // load the session once
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await score(cid, artifact, rows);
    runs.push(performance.now() - start);
  }
  const oracleStart = performance.now();
  for (const p of people) {
    const inputs = {
      age: p[0],
      totalCholesterol: p[1],
      hdl: p[2],
      systolicBp: p[3],
      treatedForHypertension: p[4] === 1,
      smoker: p[5] === 1,
      diabetes: p[6] === 1,
    };
    if (spec.inputs.length === 9) pceRisk(p[7] ? "whiteFemale" : "whiteMale", inputs);
    else framinghamRisk(p[7] ? "female" : "male", inputs);
  }
  const oracleMs = performance.now() - oracleStart;
  const ms = median(runs);
  console.log(
    `  ${card.name}: ${ms.toFixed(1)} ms per batch = ${num((10_000 / ms) * 1000)} patients/s ` +
      `(TypeScript oracle: ${num((10_000 / oracleMs) * 1000)} patients/s); artifact ${artifact.byteLength} bytes, ${cid}`,
  );
}

// 2. One consented inference for a patient with 200 records.
const world = await startSharingWorld();
try {
  const model = await registerModel(world, PCE_CARD, survivalModelOnnx(SHIPPED_MODELS[0].spec));
  const patient = await world.patient();
  let file = 0;
  while ((await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address)).length < 200) {
    await importFile(
      world,
      patient,
      `export-${file}.json`,
      syntheticPatientBundle({ seed: 100 + file, visits: 2 }),
    );
    file++;
  }
  const records = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
  const inScope = records.filter((r) => r.category && categoriesOf(PCE_CARD).includes(r.category)).length;
  const plan = await planGrant({
    chainId: CHAIN_ID,
    consent: world.consent,
    patient: patient.address,
    identity: patient.identity,
    own: { keys: patient.keys, archived: new Map() },
    grantee: model.entry,
    choice: { categories: categoriesOf(PCE_CARD), purposes: ["aiInference"], expiresAt: UNTIL_REVOKED },
  });
  await world.carryOut(patient.wallet, plan);
  const context: RunnerContext = {
    client: world.anvil.publicClient,
    wallet: model.wallet,
    chainId: CHAIN_ID,
    consent: world.consent,
    gatewayUrl: world.node.gatewayUrl,
    identity: model.identity,
    entry: model.entry,
    patientPublicKey: async (p) =>
      hexToBytes(
        await world.anvil.publicClient.readContract({
          address: world.directory,
          abi: directoryAbi,
          functionName: "patientKeyOf",
          args: [p],
        }),
      ),
    store: async (cid, parts) => {
      await acceptCar(Buffer.concat(parts), cid, world.ipfs);
    },
  };
  const steps: Step[] = ["chain", "fetch", "decrypt", "map", "run", "store", "receipt"];
  const byStep = new Map<Step, number[]>(steps.map((s) => [s, []]));
  const totals: number[] = [];
  let gas = 0n;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const outcome = await runInference(context, {
      patient: patient.address,
      answers: { africanAmerican: 0 },
    });
    totals.push(performance.now() - start);
    if (!outcome.ok) throw new Error(outcome.message);
    for (const s of steps) byStep.get(s)!.push(outcome.timings[s] ?? 0);
    const receipt = await world.anvil.publicClient.getTransactionReceipt({
      hash: outcome.result.receipt.transactionHash,
    });
    gas = receipt.gasUsed;
  }
  console.log(
    `\nOne consented inference, patient with ${records.length} records (${inScope} in the model's kinds), median of 5:`,
  );
  console.log(`  total ${num(median(totals))} ms (target < 2,000 ms on the local stack)`);
  for (const s of steps) console.log(`  ${s.padEnd(8)} ${num(median(byStep.get(s)!))} ms`);
  console.log(
    `  gas of the one transaction (result anchored + receipt of ${inScope} records): ${gas.toLocaleString("en-GB")}`,
  );
} finally {
  await world.stop();
}
