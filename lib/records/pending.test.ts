import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Address, Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newRecordId } from "../consent/codes";
import { consentWriter } from "../consent/consent";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { importCar } from "../ipfs/acceptCar";
import { buildCar } from "../ipfs/car";
import { ipfsClient } from "../ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../ipfs/node/serve";
import { startAnvil } from "../testing/anvil";
import { deployWithVerifiedProvider } from "../testing/registry";
import { anchorStateOf } from "./chain";
import {
  ANCHOR_TAKEN_MESSAGE,
  advanceUploads,
  type PendingStore,
  type PendingUpload,
  type UploadSteps,
} from "./pending";

const CID = "bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq";
const KEYRING = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";

/** The pending store as the browser keeps it, in memory. */
function memoryStore(): PendingStore & { all: Map<Hex, PendingUpload> } {
  const all = new Map<Hex, PendingUpload>();
  const cars = new Map<Hex, Uint8Array[]>();
  return {
    all,
    save: async (upload, car) => {
      all.set(upload.recordId, upload);
      if (car) cars.set(upload.recordId, car);
    },
    car: async (recordId) => cars.get(recordId) ?? [new Uint8Array([1])],
    list: async (patient) => [...all.values()].filter((u) => u.patient === patient),
    remove: async (recordId) => void all.delete(recordId),
  };
}

describe("pending uploads against a real chain", () => {
  let anvil: Awaited<ReturnType<typeof startAnvil>>;
  let consent: Address;
  const patientAccount = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
  const clinicianAccount = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
  const patient = patientAccount.address;

  const pinnedNote = (): PendingUpload => ({
    recordId: newRecordId("notes"),
    patient,
    category: "notes",
    cid: CID,
    contentHash: `0x${"ab".repeat(32)}`,
    carSize: 1,
    stage: "pinned",
    error: null,
    createdAt: new Date().toISOString(),
  });

  let anchorCalls = 0;
  const steps = (): UploadSteps => ({
    upload: async () => {},
    anchorState: (upload) => anchorStateOf(anvil.publicClient, consent, upload),
    anchor: async (uploads) => {
      anchorCalls += 1;
      await consentWriter(anvil.wallet(patientAccount), consent).anchorRecords(patient, uploads);
    },
  });

  /** The clinician copies the patient's pending anchor (as from the mempool) and gets it in first. */
  const squat = (upload: PendingUpload) =>
    consentWriter(anvil.wallet(clinicianAccount), consent).anchorRecords(patient, [upload]);

  let node: IpfsServers;
  let nodeDir: string;
  beforeAll(async () => {
    nodeDir = await mkdtemp(path.join(tmpdir(), "carekeys-pending-"));
    node = await serveEmbeddedNode({ dataDir: nodeDir, apiPort: 0, gatewayPort: 0 });
    anvil = await startAnvil();
    const deployment = await deployWithVerifiedProvider(anvil, clinicianAccount);
    consent = deployment.consent;
    // The clinician may write notes: the one kind of party that can anchor under the patient's ids.
    const now = Number((await anvil.publicClient.getBlock()).timestamp) * 1000;
    await consentWriter(anvil.wallet(patientAccount), consent).grant({
      grantee: clinicianAccount.address,
      categories: ["notes"],
      purposes: ["treatment"],
      expiresAt: new Date(now + 86_400_000),
      identity: 1,
      write: true,
      keyringCid: KEYRING,
    });
  });
  afterAll(async () => {
    anvil?.stop();
    await node?.stop();
    await rm(nodeDir, { recursive: true, force: true });
  });

  it("anchors a pinned upload once and removes it", async () => {
    const store = memoryStore();
    const upload = pinnedNote();
    await store.save(upload);
    anchorCalls = 0;
    await advanceUploads([upload], store, steps());
    expect(anchorCalls).toBe(1);
    expect(store.all.size).toBe(0);
    expect(await anchorStateOf(anvil.publicClient, consent, upload)).toBe("this upload");
  });

  it("treats its own anchor found after a reload as done, without a second transaction", async () => {
    const store = memoryStore();
    const upload = pinnedNote();
    await store.save(upload);
    await consentWriter(anvil.wallet(patientAccount), consent).anchorRecords(patient, [upload]);
    anchorCalls = 0;
    await advanceUploads([upload], store, steps());
    expect(anchorCalls).toBe(0);
    expect(store.all.size).toBe(0);
  });

  // Regression: the retry saw "this CID is anchored", marked the upload done and deleted it,
  // although the anchor was someone else's: the record was lost without a word.
  it("keeps an upload whose id another author took with the same CID and hash, and says why", async () => {
    const store = memoryStore();
    const upload = pinnedNote();
    await store.save(upload);
    await squat(upload);
    expect(await anchorStateOf(anvil.publicClient, consent, upload)).toBe("different");

    await expect(advanceUploads([upload], store, steps())).rejects.toThrow(ANCHOR_TAKEN_MESSAGE);
    expect(store.all.get(upload.recordId)).toMatchObject({ stage: "pinned", error: ANCHOR_TAKEN_MESSAGE });

    // Retrying changes nothing and still loses nothing.
    await expect(advanceUploads([...store.all.values()], store, steps())).rejects.toThrow(
      ANCHOR_TAKEN_MESSAGE,
    );
    expect(store.all.has(upload.recordId)).toBe(true);
  });

  it("keeps an upload whose anchoring transaction lost the race, and a retry still keeps it", async () => {
    const store = memoryStore();
    const upload = pinnedNote();
    await store.save(upload);
    const racing: UploadSteps = {
      ...steps(),
      anchorState: async () => "absent", // read just before the squatter's transaction was mined
      anchor: async (uploads) => {
        await squat(uploads[0]);
        await consentWriter(anvil.wallet(patientAccount), consent).anchorRecords(patient, uploads);
      },
    };
    await expect(advanceUploads([upload], store, racing)).rejects.toThrow(
      /already on the chain for this patient/,
    );
    expect(store.all.get(upload.recordId)?.error).toMatch(/already on the chain/);
    await expect(advanceUploads([...store.all.values()], store, steps())).rejects.toThrow(
      ANCHOR_TAKEN_MESSAGE,
    );
    expect(store.all.has(upload.recordId)).toBe(true);
  });

  it("anchors the other uploads of a file even when one id was taken", async () => {
    const store = memoryStore();
    const taken = pinnedNote();
    const fine = pinnedNote();
    await store.save(taken);
    await store.save(fine);
    await squat(taken);
    await expect(advanceUploads([taken, fine], store, steps())).rejects.toThrow(ANCHOR_TAKEN_MESSAGE);
    expect([...store.all.keys()]).toEqual([taken.recordId]);
    expect(await anchorStateOf(anvil.publicClient, consent, fine)).toBe("this upload");
  });

  // Regression (issue 9, part 3): a retry anchored an upload at stage "pinned" without uploading
  // it again, so a pin lost in between (a sweep, an unpin) left the anchor pointing at nothing.
  it("uploads a pinned upload again before anchoring, so a pin lost since the first attempt comes back", async () => {
    const ipfs = ipfsClient(node.apiUrl);
    const isPinned = async (cid: string) => {
      for await (const pin of ipfs.pin.ls()) if (pin.cid.toString() === cid) return true;
      return false;
    };
    const car = await buildCar(new TextEncoder().encode("an encrypted note"));
    const store = memoryStore();
    const upload: PendingUpload = { ...pinnedNote(), cid: car.cid.toString(), stage: "sealed" };
    await store.save(upload, car.parts);
    let chainDown = true;
    const onNode: UploadSteps = {
      ...steps(),
      upload: async (_, parts) => importCar(new Uint8Array(Buffer.concat(parts)), ipfs),
      anchor: async (uploads) => {
        if (chainDown) throw new Error("The blockchain node is not reachable.");
        await steps().anchor(uploads);
      },
    };
    await expect(advanceUploads([upload], store, onNode)).rejects.toThrow(/not reachable/);
    expect(store.all.get(upload.recordId)?.stage).toBe("pinned");

    await ipfs.pin.rm(car.cid);
    expect(await isPinned(car.cid.toString())).toBe(false);
    chainDown = false;
    await advanceUploads([...store.all.values()], store, onNode);
    expect(store.all.size).toBe(0);
    expect(await anchorStateOf(anvil.publicClient, consent, upload)).toBe("this upload");
    expect(await isPinned(car.cid.toString())).toBe(true);
  });
});
