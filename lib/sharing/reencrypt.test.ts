import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CID } from "multiformats/cid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { CATEGORY } from "../consent/codes";
import { consentReader } from "../consent/consent";
import type { ContractCall } from "../contracts/sendCall";
import { readHeader } from "../crypto/envelope";
import { fetchVerified } from "../ipfs/car";
import { type AnchoredRecord, listAnchoredRecords } from "../records/chain";
import type { CategoryKeys } from "../records/keyring";
import { openAnchoredRecord } from "../records/open";
import { unpinOwnObject } from "../uploads/unpin";
import { sendSharingCall } from "./calls";
import { anchorNoteCall, prepareClinicianNote, sealClinicianNote } from "./clinicianNote";
import { listDirectory } from "./directory";
import { planGrant } from "./grantKeyring";
import { expiresAtFor, listPatientShares } from "./grants";
import {
  findOutdatedRecords,
  type ReencryptContext,
  type ReencryptSteps,
  reencryptRecords,
  storageUnpinQueue,
} from "./reencrypt";
import { holdersOf, planRevocation } from "./revocation";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

const LABS = CATEGORY.labs;

/** A Storage stand-in (the browser's localStorage holds the queue in the app). */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v) };
};

describe("re-encrypt history against a real chain and IPFS node", () => {
  let world: SharingWorld;
  let rivera: Person;
  let patient: Patient;
  let dataDir: string;
  let labs: AnchoredRecord[];
  let medication: AnchoredRecord;
  let note: AnchoredRecord;
  /** The labs key of the generation the revoked clinician held. */
  let revokedLabsKey: Uint8Array;

  const isPinned = async (cid: string) => {
    const response = await fetch(`${world.node.apiUrl}/api/v0/pin/ls?arg=${cid}`, { method: "POST" });
    return response.ok;
  };
  const contextOf = async (): Promise<ReencryptContext> => {
    const own = await world.ownKeyring(patient);
    return {
      client: world.anvil.publicClient,
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      keys: own.keys,
      archived: own.archived,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
    };
  };
  /** The app's steps: the upload route's CAR check, the wallet, the authorised unpin route's logic. */
  const steps = (overrides: Partial<ReencryptSteps> = {}, who: Patient = patient): ReencryptSteps => ({
    upload: async (cid, parts) => world.upload({ cid: parseCid(cid), parts, size: 0 }),
    send: async (call: ContractCall) => (await sendSharingCall(who.wallet, call)).receipt,
    unpin: async (cid) => {
      await unpinOwnObject(cid, {
        address: who.address,
        consent: world.consent,
        directory: world.directory,
        client: world.anvil.publicClient,
        ipfs: world.ipfs,
        dataDir,
      });
    },
    ...overrides,
  });

  beforeAll(async () => {
    world = await startSharingWorld();
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-reencrypt-"));
    rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    patient = await world.patient();
    labs = await world.addRecords(patient, "labs", 3);
    [medication] = await world.addRecords(patient, "medications", 1);
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    const grant = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entries.find((e) => e.address === rivera.address)!,
      choice: {
        categories: ["labs", "notes"],
        purposes: ["treatment"],
        expiresAt: expiresAtFor("days30", await world.chainNow()),
        write: true,
      },
    });
    await world.carryOut(patient.wallet, grant);
    patient.keys = grant.keys;
    revokedLabsKey = patient.keys.get(LABS)!.get(1)!;

    // Dr. Rivera adds a note to the chart (sealed with a key of its own, for the patient).
    const sealed = await sealClinicianNote({
      draft: await prepareClinicianNote({
        title: "Follow-up",
        text: "Stable.",
        author: { name: "Dr. Maya Rivera", address: rivera.address },
        patient: patient.address,
        chainId: CHAIN_ID,
        now: new Date(),
      }),
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      patientPublicKey: patient.identity.publicKey,
    });
    await world.upload({ cid: parseCid(sealed.cid), parts: sealed.carParts, size: sealed.carSize });
    await sendSharingCall(rivera.wallet, anchorNoteCall(world.consent, patient.address, sealed));
    note = (await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address)).find(
      (r) => r.recordId === sealed.recordId,
    )!;

    // Stop sharing: labs and notes start generation 2.
    const own = await world.ownKeyring(patient);
    const revocation = await planRevocation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: own.keys, archived: own.archived },
      holders: holdersOf(
        await listPatientShares(world.anvil.publicClient, world.consent, patient.address),
        entries,
      ),
      change: { kind: "revoke", grantee: rivera.address, held: ["labs", "notes"] },
    });
    await world.carryOut(patient.wallet, revocation);
    patient.keys = revocation.keys;
  }, 120_000);
  afterAll(async () => {
    await world?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("finds the patient's own records under an older generation, not others' notes nor other categories", async () => {
    const scan = await findOutdatedRecords(await contextOf(), { categories: ["labs", "notes"] });
    expect(scan.outdated.map((o) => o.record.recordId).sort()).toEqual(labs.map((r) => r.recordId).sort());
    expect(scan.outdated.every((o) => o.generation === 1 && o.current === 2)).toBe(true);
    expect(scan.byOthers).toBe(1);
    expect(scan.unreadable).toEqual([]);
    // Medications never rotated: nothing to do there even when every category is asked for.
    const all = await findOutdatedRecords(await contextOf());
    expect(all.outdated.map((o) => o.record.category)).toEqual(["labs", "labs", "labs"]);
  });

  it("re-encrypts in batches, resumes after a refused transaction and after an interrupted removal", async () => {
    const storage = memoryStorage();
    const queue = storageUnpinQueue(storage, "queue");
    const reader = consentReader(world.anvil.publicClient, world.consent);

    // Re-encrypting happens two days after the labs were added.
    await world.advance(2 * 86_400);
    const addedBefore = new Set(labs.map((old) => old.addedAt.getTime()));

    // Run 1: batches of 2; the wallet prompt of the second batch is refused.
    let sends = 0;
    const progress: string[] = [];
    const first = await reencryptRecords(
      (await findOutdatedRecords(await contextOf(), { categories: ["labs"] })).outdated,
      await contextOf(),
      steps({
        send: async (call) => (++sends === 2 ? null : (await sendSharingCall(patient.wallet, call)).receipt),
      }),
      queue,
      { batchSize: 2, onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) },
    );
    expect(first).toEqual({ status: "stopped", reencrypted: 2, skipped: [], leftOver: 0 });
    expect(progress).toContain("removing 2/3");
    expect(await queue.list()).toEqual([]);
    const state = async () => Promise.all(labs.map((r) => reader.recordOf(patient.address, r.recordId)));
    expect((await state()).filter((s) => s.superseded)).toHaveLength(2);

    // Run 2 (after a reload): one record left; the transaction goes through, the removal fails.
    const second = await findOutdatedRecords(await contextOf(), { categories: ["labs"] });
    expect(second.outdated).toHaveLength(1);
    const last = second.outdated[0].record;
    await expect(
      reencryptRecords(
        second.outdated,
        await contextOf(),
        steps({
          unpin: async () => {
            throw new Error("The storage node is not reachable right now");
          },
        }),
        queue,
      ),
    ).rejects.toThrow(/could not be removed.*storage node is not reachable.*re-encrypted so far are safe/);
    expect((await reader.recordOf(patient.address, last.recordId)).superseded).toBe(true);
    expect(await isPinned(last.cid)).toBe(true);
    expect(await queue.list()).toEqual([{ recordId: last.recordId, cid: last.cid }]);

    // Run 3: nothing left to re-encrypt; the queued old copy is removed.
    const third = await findOutdatedRecords(await contextOf(), { categories: ["labs"] });
    expect(third.outdated).toEqual([]);
    expect(await reencryptRecords(third.outdated, await contextOf(), steps(), queue)).toEqual({
      status: "done",
      reencrypted: 0,
      skipped: [],
      leftOver: 1,
    });
    expect(await queue.list()).toEqual([]);

    // Every old lab record is superseded and its file gone; the new ones are anchored and pinned.
    expect((await state()).every((s) => s.superseded)).toBe(true);
    for (const old of labs) expect(await isPinned(old.cid)).toBe(false);
    const current = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
    const newLabs = current.filter((r) => r.category === "labs");
    expect(newLabs).toHaveLength(3);
    expect(newLabs.some((r) => labs.some((old) => old.recordId === r.recordId || old.cid === r.cid))).toBe(
      false,
    );
    const { keys, archived } = await contextOf();
    for (const record of newLabs) {
      expect(await isPinned(record.cid)).toBe(true);
      expect(readHeader(await fetchVerified(world.node.gatewayUrl, record.cid)).header.generation).toBe(2);
      // Opens with the patient's current keys, with the same content and details as before.
      const opened = await openAnchoredRecord(record, {
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identityPrivateKey: patient.identity.privateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
        keys,
        archived,
      });
      expect(opened.status).toBe("verified");
      if (opened.status !== "verified") continue;
      const index = JSON.parse(new TextDecoder().decode(opened.content)).id as string;
      expect(index).toMatch(/^labs-[0-2]$/);
      expect(opened.meta.name).toBe(`${index}.json`);
      // Regression (a re-sealed record showed the re-encryption date as "added"): it keeps the date
      // it was first added, while its new anchor is days later.
      expect(addedBefore.has(record.addedAt.getTime()), `${index}.json keeps its first "added" date`).toBe(
        true,
      );
      expect(record.anchoredAt.getTime() - record.addedAt.getTime()).toBeGreaterThanOrEqual(2 * 86_400_000);
      // Not with the generation the revoked clinician holds (and its own identity key).
      const onlyOld: CategoryKeys = new Map([[LABS, new Map([[1, revokedLabsKey]])]]);
      const byRevoked = await openAnchoredRecord(record, {
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        patient: patient.address,
        identityPrivateKey: rivera.identity.privateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
        keys: onlyOld,
      });
      expect(byRevoked.status).toBe("tampered");
    }

    // The clinician's note and the medication record are untouched: same anchor, still stored.
    for (const untouched of [note, medication]) {
      expect(current.find((r) => r.recordId === untouched.recordId)?.cid).toBe(untouched.cid);
      expect(await isPinned(untouched.cid)).toBe(true);
    }
  }, 120_000);

  it("re-encrypts 25 records in two transactions (batches of 20), and says what it took", async () => {
    const other = await world.patient();
    const records = await world.addRecords(other, "vitals", 25);
    const own = await world.ownKeyring(other);
    // A new generation of vitals (as a revocation starts), published as the patient's own keyring.
    const rotation = await planRevocation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: other.address,
      identity: other.identity,
      own: { keys: own.keys, archived: own.archived },
      holders: [],
      change: { kind: "lapsed", grantees: [{ grantee: rivera.address, held: ["vitals"] }] },
    });
    await world.carryOut(other.wallet, rotation);
    const context: ReencryptContext = {
      ...(await contextOf()),
      patient: other.address,
      identity: other.identity,
      keys: rotation.keys,
      archived: own.archived,
    };
    const gas: bigint[] = [];
    const started = performance.now();
    const scan = await findOutdatedRecords(context);
    const scanned = performance.now();
    const result = await reencryptRecords(
      scan.outdated,
      context,
      steps(
        {
          send: async (call) => {
            const { receipt } = await sendSharingCall(other.wallet, call);
            gas.push(receipt.gasUsed);
            return receipt;
          },
        },
        other,
      ),
      storageUnpinQueue(memoryStorage(), "queue"),
    );
    const finished = performance.now();
    expect(result).toEqual({ status: "done", reencrypted: 25, skipped: [], leftOver: 0 });
    expect(gas).toHaveLength(2);
    for (const old of records) expect(await isPinned(old.cid)).toBe(false);
    console.log(
      `re-encrypt 25 records: scan ${Math.round(scanned - started)} ms, re-seal + store + 2 transactions + 25 unpins ` +
        `${Math.round(finished - scanned)} ms; gas ${gas.join(" + ")} (${Number(gas[0]) / 20} per record in a batch of 20)`,
    );
  }, 120_000);

  it("forgets a queued old copy whose record the chain shows still current (a transaction that never went through)", async () => {
    const queue = storageUnpinQueue(memoryStorage(), "queue");
    await queue.add([{ recordId: medication.recordId, cid: medication.cid }]);
    const unpinned: string[] = [];
    const result = await reencryptRecords(
      [],
      await contextOf(),
      steps({ unpin: async (c) => void unpinned.push(c) }),
      queue,
    );
    expect(result).toEqual({ status: "done", reencrypted: 0, skipped: [], leftOver: 0 });
    expect(unpinned).toEqual([]);
    expect(await queue.list()).toEqual([]);
    expect(await isPinned(medication.cid)).toBe(true);
  });
});

const parseCid = (cid: string) => CID.parse(cid);
