// Benchmark of the record path on the local stack: seal + CAR + upload (verified import and
// pin) for 1 MiB and 50 MiB, beside the same bytes uploaded unencrypted to the same node; 1 MiB
// end to end including the anchoring transaction; and the client's peak memory while sealing
// a 200 MiB file into its CAR. Prints figures; asserts nothing.   npm run bench:records
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { concatBytes } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { deployContracts } from "../contracts/deploy/deploy.ts";
import { consentWriter } from "../lib/consent/consent.ts";
import { randomBytes } from "../lib/crypto/aead.ts";
import { createIdentityKey } from "../lib/crypto/identity.ts";
import { DEV_ACCOUNTS } from "../lib/dev/accounts.ts";
import { acceptCar } from "../lib/ipfs/acceptCar.ts";
import { buildCar } from "../lib/ipfs/car.ts";
import { ipfsClient } from "../lib/ipfs/client.ts";
import { newCategoryKey } from "../lib/records/categoryKeys.ts";
import { sealDraft } from "../lib/records/seal.ts";
import { startAnvil } from "../lib/testing/anvil.ts";
import { startProcess, stopAll, waitFor } from "./stack/processes.ts";

const MiB = 1024 * 1024;
const ms = (start: number) => performance.now() - start;
const fmt = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-bench-"));
const anvil = await startAnvil(18945);
startProcess(
  "ipfs",
  process.execPath,
  [
    "--import",
    "tsx",
    "scripts/ipfs-node.ts",
    "--data",
    dataDir,
    "--api-port",
    "18946",
    "--gateway-port",
    "18947",
  ],
  { logDir: dataDir },
);
const apiUrl = "http://127.0.0.1:18946";
try {
  await waitFor(
    "the IPFS node",
    async () => (await fetch(`${apiUrl}/api/v0/version`, { method: "POST" })).ok,
    30_000,
  );
  const ipfs = ipfsClient(apiUrl);
  const patientAccount = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
  const patient = anvil.wallet(patientAccount);
  const deployer = anvil.wallet(DEV_ACCOUNTS.deployer.privateKey);
  const { consent } = await deployContracts(deployer, deployer.account.address);
  const identity = await createIdentityKey((message) => patientAccount.signMessage({ message }), {
    origin: "http://127.0.0.1:3000",
    chainId: 31337,
    address: patientAccount.address,
  });
  const categoryKey = newCategoryKey();

  const seal = (content: Uint8Array, category: "documents" | "imaging") =>
    sealDraft({
      draft: {
        category,
        meta: { name: "bench.bin", type: "application/octet-stream", createdAt: "" },
        content,
        summary: "",
      },
      chainId: 31337,
      consent,
      patient: patient.account.address,
      categoryKey,
      patientPublicKey: identity.publicKey,
    });

  async function sealAndUpload(bytes: Uint8Array) {
    const sealed = await seal(bytes, "documents");
    await acceptCar(concatBytes(sealed.carParts), sealed.cid, ipfs);
    return sealed;
  }

  async function plainCarUpload(bytes: Uint8Array) {
    const car = await buildCar(bytes);
    await acceptCar(concatBytes(car.parts), car.cid.toString(), ipfs);
  }

  console.log("\nCareKeys record path (local stack: anvil, embedded IPFS node over HTTP on 127.0.0.1)\n");
  console.log(
    `${"size".padEnd(8)}${"sealed + CAR + upload".padStart(24)}${"plain CAR upload".padStart(20)}${"plain ipfs add".padStart(18)}${"vs plain CAR".padStart(14)}${"vs plain add".padStart(14)}`,
  );
  for (const size of [1 * MiB, 50 * MiB]) {
    const bytes = randomBytes(size);
    await sealAndUpload(randomBytes(64 * 1024)); // warm up
    const runs = size > MiB ? 3 : 5;
    const best = async (fn: () => Promise<unknown>) => {
      let min = Number.POSITIVE_INFINITY;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn();
        min = Math.min(min, ms(start));
      }
      return min;
    };
    const sealed = await best(() => sealAndUpload(bytes));
    const plainCar = await best(() => plainCarUpload(randomBytes(size)));
    const plainAdd = await best(() => ipfs.add(randomBytes(size), { cidVersion: 1, rawLeaves: true }));
    console.log(
      `${`${size / MiB} MiB`.padEnd(8)}${fmt(sealed).padStart(24)}${fmt(plainCar).padStart(20)}${fmt(plainAdd).padStart(18)}${`${(sealed / plainCar).toFixed(2)}x`.padStart(14)}${`${(sealed / plainAdd).toFixed(2)}x`.padStart(14)}`,
    );
  }

  // 1 MiB end to end: seal -> CAR -> verified upload and pin -> anchored on chain.
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const sealed = await sealAndUpload(randomBytes(MiB));
    await consentWriter(patient, consent).anchorRecords(patient.account.address, [
      {
        recordId: sealed.recordId,
        cid: sealed.cid,
        contentHash: sealed.contentHash,
      },
    ]);
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  console.log(
    `\n1 MiB end to end (seal -> pin -> anchor), median of 5: ${times[2].toFixed(0)} ms (target < 1000 ms)`,
  );

  // Peak memory while sealing 200 MiB into its CAR (what the browser holds before uploading).
  const size = 200 * MiB;
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const content = randomBytes(size);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const sealed = await seal(content, "imaging");
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const used = peak - before;
  console.log(
    `200 MiB file: peak memory while sealing into a CAR ${(used / MiB).toFixed(0)} MiB = ${(used / size).toFixed(2)}x the file ` +
      `(file itself included; CAR ${(sealed.carSize / MiB).toFixed(0)} MiB; target < 3x)`,
  );
} finally {
  await stopAll();
  anvil.stop();
  await rm(dataDir, { recursive: true, force: true });
}
