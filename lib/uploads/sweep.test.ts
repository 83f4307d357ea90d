import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Hex, keccak256, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newRecordId } from "../consent/codes";
import { consentWriter, type RecordAnchor, toChainAnchors } from "../consent/consent";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { consentRegistryAbi } from "../contracts/generated";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { importCar } from "../ipfs/acceptCar";
import { buildCar } from "../ipfs/car";
import { ipfsClient } from "../ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../ipfs/node/serve";
import { startAnvil } from "../testing/anvil";
import { deployWithVerifiedProvider } from "../testing/registry";
import { ledgerOf } from "./acceptUpload";
import { DAY_MS, describeSweep, type SweepOutcome, sweepAndCollect, sweepUploads } from "./sweep";

const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
const GRACE = 7 * DAY_MS;
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
let seed = 0;

describe("sweepUploads", () => {
  let dir: string;
  let servers: IpfsServers;
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  const ipfs = () => ipfsClient(servers.apiUrl);
  const isPinned = async (cid: string) => {
    for await (const pin of ipfs().pin.ls()) if (pin.cid.toString() === cid) return true;
    return false;
  };
  /** The chain's time (ms): the sweep compares block times of ended references with `now`. */
  const chainNow = async () => Number((await chain.publicClient.getBlock()).timestamp) * 1000;
  /** A fresh ledger folder per test, so each sweep sees only its own uploads. */
  const ledgerDir = () => path.join(dir, `ledger-${++seed}`);
  /** An object pinned on the node and in the ledger of `dataDir` as uploaded at `at`. */
  const uploaded = async (dataDir: string, at: number) => {
    const car = await buildCar(new TextEncoder().encode(`object ${++seed}`));
    await importCar(concat(car.parts), ipfs());
    await ledgerOf(dataDir).charge(patient.address, car.cid.toString(), car.size, 1 << 30, at);
    return car.cid.toString();
  };
  const anchorOf = (cid: string): RecordAnchor => ({
    recordId: newRecordId("labs"),
    cid,
    contentHash: keccak256(toHex(`content ${++seed}`)),
  });
  const anchor = (record: RecordAnchor) =>
    consentWriter(chain.wallet(patient), LOCAL_DEPLOYMENT.consent).anchorRecords(patient.address, [record]);
  const supersede = async (recordId: Hex, replacement: RecordAnchor) => {
    const wallet = chain.wallet(patient);
    await wallet.waitForTransactionReceipt({
      hash: await wallet.writeContract({
        address: LOCAL_DEPLOYMENT.consent,
        abi: consentRegistryAbi,
        functionName: "supersedeRecord",
        args: [recordId, toChainAnchors([replacement])[0]],
      }),
    });
  };
  const publishKeyring = (cid: string) =>
    consentWriter(chain.wallet(patient), LOCAL_DEPLOYMENT.consent).publishKeyring(patient.address, cid);
  const sweep = (dataDir: string, now: number, dryRun = false) =>
    sweepUploads({
      ...LOCAL_DEPLOYMENT,
      client: chain.publicClient,
      ipfs: ipfs(),
      dataDir,
      graceMs: GRACE,
      now,
      dryRun,
    });
  const actionOf = (outcomes: SweepOutcome[], cid: string) => outcomes.find((o) => o.cid === cid)?.action;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "carekeys-sweep-"));
    servers = await serveEmbeddedNode({ dataDir: path.join(dir, "node"), apiPort: 0, gatewayPort: 0 });
    chain = await startAnvil();
    await deployWithVerifiedProvider(chain, clinician);
  });
  afterAll(async () => {
    await servers?.stop();
    chain?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("unpins a never-anchored upload older than the grace, keeps a younger one and pins it does not know", async () => {
    const dataDir = ledgerDir();
    const now = await chainNow();
    const old = await uploaded(dataDir, now - 8 * DAY_MS);
    const young = await uploaded(dataDir, now - 6 * DAY_MS);
    const car = await buildCar(new TextEncoder().encode(`unknown ${++seed}`));
    await importCar(concat(car.parts), ipfs());
    const unknown = car.cid.toString();

    const outcomes = await sweep(dataDir, now);
    expect(outcomes.find((o) => o.cid === old)).toMatchObject({
      action: "unpinned",
      reason: expect.stringMatching(/^never referenced, uploaded /),
    });
    expect(actionOf(outcomes, young)).toBe("kept");
    expect(actionOf(outcomes, unknown)).toBeUndefined();
    expect(await isPinned(old)).toBe(false);
    expect(await isPinned(young)).toBe(true);
    expect(await isPinned(unknown)).toBe(true);
    expect([...(await ledgerOf(dataDir).uploads(now)).keys()]).toEqual([young]);
  });

  it("keeps a current record and the latest keyring however old; unpins a replaced keyring", async () => {
    const dataDir = ledgerDir();
    const longAgo = (await chainNow()) - 400 * DAY_MS;
    const record = await uploaded(dataDir, longAgo);
    const firstKeyring = await uploaded(dataDir, longAgo);
    const latestKeyring = await uploaded(dataDir, longAgo);
    await anchor(anchorOf(record));
    await publishKeyring(firstKeyring);
    await publishKeyring(latestKeyring);

    const outcomes = await sweep(dataDir, (await chainNow()) + 365 * DAY_MS);
    expect(outcomes.find((o) => o.cid === record)).toMatchObject({
      action: "kept",
      reason: expect.stringMatching(/^current: record /),
    });
    expect(outcomes.find((o) => o.cid === latestKeyring)).toMatchObject({
      action: "kept",
      reason: `current: keyring of ${patient.address} for ${patient.address}`,
    });
    expect(outcomes.find((o) => o.cid === firstKeyring)).toMatchObject({
      action: "unpinned",
      reason: expect.stringMatching(/^keyring of .* ended /),
    });
    expect(await isPinned(record)).toBe(true);
    expect(await isPinned(latestKeyring)).toBe(true);
    expect(await isPinned(firstKeyring)).toBe(false);
  });

  it("keeps a superseded record until the grace after its supersession, then unpins it", async () => {
    const dataDir = ledgerDir();
    const longAgo = (await chainNow()) - 30 * DAY_MS;
    const old = await uploaded(dataDir, longAgo);
    const replacement = await uploaded(dataDir, longAgo);
    const record = anchorOf(old);
    await anchor(record);
    await supersede(record.recordId, anchorOf(replacement));
    const supersededAt = await chainNow();

    const soon = await sweep(dataDir, supersededAt + GRACE - 60_000);
    expect(soon.find((o) => o.cid === old)).toMatchObject({
      action: "kept",
      reason: expect.stringMatching(/^in grace until .*: record .* ended /),
      lastNeededAt: supersededAt,
    });
    expect(actionOf(soon, replacement)).toBe("kept");
    expect(await isPinned(old)).toBe(true);

    await chain.publicClient.request({ method: "evm_increaseTime", params: [8 * 24 * 60 * 60] } as never);
    await chain.publicClient.request({ method: "evm_mine", params: [] } as never);
    const later = await sweep(dataDir, await chainNow());
    expect(later.find((o) => o.cid === old)).toMatchObject({
      action: "unpinned",
      lastNeededAt: supersededAt,
    });
    expect(actionOf(later, replacement)).toBe("kept");
    expect(await isPinned(old)).toBe(false);
    expect(await isPinned(replacement)).toBe(true);
  });

  it("unpins nothing in a dry run, only says what it would", async () => {
    const dataDir = ledgerDir();
    const now = await chainNow();
    const old = await uploaded(dataDir, now - 30 * DAY_MS);
    const dry = await sweep(dataDir, now, true);
    expect(actionOf(dry, old)).toBe("would unpin");
    expect(await isPinned(old)).toBe(true);
    expect([...(await ledgerOf(dataDir).uploads(now)).keys()]).toEqual([old]);
    expect(actionOf(await sweep(dataDir, now), old)).toBe("unpinned");
    expect(await isPinned(old)).toBe(false);
  });

  it("has the node remove the blocks of what it unpinned, and only those", async () => {
    const dataDir = ledgerDir();
    const now = await chainNow();
    const old = await uploaded(dataDir, now - 30 * DAY_MS);
    const young = await uploaded(dataDir, now - DAY_MS);
    const hasBlock = async (cid: string) =>
      (await fetch(`${servers.apiUrl}/api/v0/block/get?arg=${cid}`, { method: "POST" })).status === 200;
    expect(await hasBlock(old)).toBe(true);

    const report = await sweepAndCollect({
      ...LOCAL_DEPLOYMENT,
      client: chain.publicClient,
      ipfs: ipfs(),
      dataDir,
      graceMs: GRACE,
      now,
    });
    expect(actionOf(report.outcomes, old)).toBe("unpinned");
    expect(report.removedBlocks).toBeGreaterThanOrEqual(1);
    expect(report.gcError).toBeUndefined();
    expect(await hasBlock(old)).toBe(false);
    expect(await hasBlock(young)).toBe(true);
    expect(describeSweep(report, { graceDays: 7 })).toEqual([
      expect.stringMatching(new RegExp(`^unpinned +${old}  never referenced`)),
      "2 uploads in the ledger: 1 unpinned, 1 kept (grace 7 days)",
      `garbage collection removed ${report.removedBlocks} blocks no pin needs`,
    ]);

    // Nothing unpinned, nothing collected.
    const quiet = await sweepAndCollect({
      ...LOCAL_DEPLOYMENT,
      client: chain.publicClient,
      ipfs: ipfs(),
      dataDir,
      graceMs: GRACE,
      now,
    });
    expect(quiet.removedBlocks).toBeUndefined();
  });
});
