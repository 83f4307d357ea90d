// Regression test from the outside review of issue 11: an upload kept on the device (its anchor
// prompt refused) was anchored on "Try again" as sealed, under keys the patient had replaced
// meanwhile by stopping sharing, so the revoked clinician read it.

import { CID } from "multiformats/cid";
import { concatBytes } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { CATEGORY } from "../consent/codes";
import { consentWriter } from "../consent/consent";
import { readHeader } from "../crypto/envelope";
import { acceptCar } from "../ipfs/acceptCar";
import { fileFromCar } from "../ipfs/car";
import { listDirectory } from "../sharing/directory";
import { openSharedKeyring } from "../sharing/grantKeyring";
import { listPatientShares } from "../sharing/grants";
import { openSharedRecord } from "../sharing/openShared";
import { holdersOf, planRevocation } from "../sharing/revocation";
import { CHAIN_ID, type SharingWorld, startSharingWorld } from "../sharing/testing";
import { listAnchoredRecords } from "./chain";
import { currentKey } from "./keyring";
import { openAnchoredRecord } from "./open";
import type { PendingUpload } from "./pending";
import { refreshKept, resealIfOutdated } from "./pendingReseal";
import { sealDraft } from "./seal";

describe("an upload kept on this device, anchored after the keys were replaced", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it("is sealed again with the newest key first, so the clinician whose access ended cannot open it; the patient still can", async () => {
    const okafor = await world.clinician("Dr. Ada Okafor, Hill Hospital");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const grant = await world.grant(patient, okafor, {
      categories: ["labs"],
      purposes: ["treatment"],
      expiresAt: new Date(Date.now() + 86_400_000 * 30),
    });
    const directory = await listDirectory(world.anvil.publicClient, world.directory);
    const keyringCid = grant.terms.keyringCid;

    // A lab result sealed with the current key, its anchor prompt refused: kept on the device.
    const content = new TextEncoder().encode(JSON.stringify({ resourceType: "Observation", id: "hiv-rna" }));
    const meta = {
      name: "viral-load.json",
      type: "application/fhir+json",
      createdAt: new Date().toISOString(),
    };
    const sealed = await sealDraft({
      draft: { category: "labs", meta, content, summary: "" },
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      categoryKey: currentKey(patient.keys, "labs")!,
      patientPublicKey: patient.identity.publicKey,
    });
    const kept: PendingUpload = {
      recordId: sealed.recordId,
      patient: patient.address,
      category: "labs",
      cid: sealed.cid,
      contentHash: sealed.contentHash,
      carSize: sealed.carSize,
      stage: "sealed",
      error: null,
      createdAt: new Date().toISOString(),
    };
    const context = { identity: patient.identity, chainId: CHAIN_ID, consent: world.consent };
    expect(
      await resealIfOutdated({ ...context, upload: kept, car: sealed.carParts, keys: patient.keys }),
    ).toBeNull();

    // The patient stops sharing with Dr. Okafor: lab results get generation 2.
    const shares = await listPatientShares(world.anvil.publicClient, world.consent, patient.address);
    const own = await world.ownKeyring(patient);
    const revoke = await planRevocation({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: own.keys, archived: own.archived },
      holders: holdersOf(shares, directory),
      change: { kind: "revoke", grantee: okafor.address, held: ["labs"] },
    });
    await world.carryOut(patient.wallet, revoke);

    // "Try again": sealed again with generation 2 before anything is anchored.
    const fresh = await resealIfOutdated({
      ...context,
      upload: kept,
      car: sealed.carParts,
      keys: revoke.keys,
    });
    expect(fresh).not.toBeNull();
    const envelope = await fileFromCar(concatBytes(fresh!.car), CID.parse(fresh!.upload.cid));
    expect(readHeader(envelope).header.generation).toBe(2);
    expect(fresh!.upload.recordId).not.toBe(kept.recordId);
    await acceptCar(Buffer.concat(fresh!.car), fresh!.upload.cid, world.ipfs);
    await consentWriter(patient.wallet, world.consent).anchorRecords(patient.address, [fresh!.upload]);

    const record = (await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address)).find(
      (r) => r.recordId === fresh!.upload.recordId,
    )!;
    const keys = await openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: keyringCid,
      me: okafor.address,
      identity: okafor.identity,
    });
    const theirs = await openSharedRecord(record, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: okafor.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys,
    });
    expect(theirs.status).toBe("notShared");
    const mine = await openAnchoredRecord(record, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: patient.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys: revoke.keys,
    });
    expect(mine.status === "verified" && new TextDecoder().decode(mine.content)).toBe(
      new TextDecoder().decode(content),
    );
    expect(mine.status === "verified" && mine.meta.name).toBe("viral-load.json");
  }, 60_000);

  it("opens a kept upload with the patient's keyring, so it is sealed again after the identity key was replaced (review P3)", async () => {
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const content = new TextEncoder().encode('{"resourceType":"Observation","id":"x"}');
    const sealed = await sealDraft({
      draft: {
        category: "labs",
        meta: { name: "x.json", type: "application/fhir+json", createdAt: "2026-12-01T00:00:00Z" },
        content,
        summary: "",
      },
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      categoryKey: currentKey(patient.keys, "labs")!,
      patientPublicKey: patient.identity.publicKey,
    });
    const kept: PendingUpload = {
      recordId: sealed.recordId,
      patient: patient.address,
      category: "labs",
      cid: sealed.cid,
      contentHash: sealed.contentHash,
      carSize: sealed.carSize,
      stage: "sealed",
      error: null,
      createdAt: "2026-12-01T00:00:00Z",
    };
    // The key of generation 2 is new; generation 1 is still in the keyring (as after a rotation).
    const labs = patient.keys.get(CATEGORY.labs)!;
    const keys = new Map([[CATEGORY.labs, new Map([...labs, [2, new Uint8Array(32).fill(7)]])]]);
    const replaced = (await world.person()).identity; // the patient's new identity key
    const fresh = await resealIfOutdated({
      upload: kept,
      car: sealed.carParts,
      keys,
      identity: replaced,
      chainId: CHAIN_ID,
      consent: world.consent,
    });
    const envelope = await fileFromCar(concatBytes(fresh!.car), CID.parse(fresh!.upload.cid));
    expect(readHeader(envelope).header.generation).toBe(2);
  });

  it("before 'Try again': an upload already on chain as itself is not sealed twice; one that cannot be prepared stays kept with the reason, and the others go on (reviews P1, P3)", async () => {
    const upload = (id: string): PendingUpload => ({
      recordId: `0x${id.padStart(64, "0")}`,
      patient: "0x0000000000000000000000000000000000000001",
      category: "labs",
      cid: `bafy${id}`,
      contentHash: "0x00",
      carSize: 1,
      stage: "pinned",
      error: null,
      createdAt: "2026-12-01T00:00:00Z",
    });
    const [anchored, broken, outdated] = [upload("a"), upload("b"), upload("c")];
    const saved = new Map<string, PendingUpload>([anchored, broken, outdated].map((u) => [u.recordId, u]));
    const store = {
      save: async (u: PendingUpload) => void saved.set(u.recordId, u),
      car: async () => [new Uint8Array(1)],
      list: async () => [...saved.values()],
      remove: async (id: string) => void saved.delete(id),
    };
    const resealed: string[] = [];
    const fresh = await refreshKept([anchored, broken, outdated], {
      store,
      anchorState: async (u) => (u === anchored ? "this upload" : "absent"),
      reseal: async (u) => {
        resealed.push(u.cid);
        if (u === broken) throw new Error("The record could not be decrypted.");
        return { upload: { ...u, recordId: "0x01", cid: "bafynew" }, car: [new Uint8Array(2)] };
      },
    });
    expect(resealed).toEqual(["bafyb", "bafyc"]);
    expect(fresh.map((u) => u.cid)).toEqual(["bafya", "bafynew"]);
    expect(saved.get(broken.recordId)?.error).toBe(
      "This file could not be prepared with your current keys, so it was not added (The record could not be decrypted). Add the original file again.",
    );
    expect(saved.has(outdated.recordId)).toBe(false);
  });
});
