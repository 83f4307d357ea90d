import type { DocumentReference } from "@medplum/fhirtypes";
import { type Address, decodeFunctionData, getAddress, type Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClinicalView } from "../clinical/model";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { consentRegistryAbi } from "../contracts/generated";
import { readHeader } from "../crypto/envelope";
import { fetchVerified } from "../ipfs/car";
import { listAnchoredRecords } from "../records/chain";
import { ImportError } from "../records/fhir";
import { openAnchoredRecord } from "../records/open";
import { ownKeyringCid } from "../records/ownKeyring";
import { directoryLookup, readRecord } from "../records/read";
import { encodeCall, sendSharingCall } from "./calls";
import {
  AUTHOR_KEY_GENERATION,
  addedByOthers,
  addedByOthersAuthors,
  addedByOthersSentence,
  anchorNoteCall,
  checkNoteInput,
  MAX_NOTE_TEXT,
  NoteInputError,
  noteBlockedSentence,
  noteDocument,
  noteNotStoredSentence,
  noteWriting,
  prepareClinicianNote,
  sealClinicianNote,
} from "./clinicianNote";
import { listDirectory } from "./directory";
import { openSharedKeyring } from "./grantKeyring";
import { listSharedWith, UNTIL_REVOKED } from "./grants";
import { openSharedRecord } from "./openShared";
import { CHAIN_ID, type SharingWorld, startSharingWorld } from "./testing";

const PATIENT: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const CLINICIAN: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const NOW = new Date("2027-03-05T10:30:00.000Z");
const input = (title: string, text: string) =>
  ({
    title,
    text,
    author: { name: "Dr. Maya Rivera, Mercy Clinic", address: CLINICIAN },
    patient: PATIENT,
    chainId: CHAIN_ID,
    now: NOW,
  }) as const;

describe("who may add a note", () => {
  const share = { status: "active", write: true, categories: ["notes", "labs"] } as const;
  it("allows it with an active write grant that covers clinical notes", () => {
    expect(noteWriting(share)).toEqual({ allowed: true });
  });
  it("says why not otherwise: read-only, notes not covered, access ended", () => {
    expect(noteWriting({ ...share, write: false })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("has not allowed you to add notes"),
    });
    expect(noteWriting({ ...share, categories: ["labs"] })).toMatchObject({
      allowed: false,
      reason: "The patient allows you to add only lab results, not clinical notes.",
    });
    expect(noteWriting({ ...share, status: "revoked" })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("has ended"),
    });
  });
});

describe("a note's title and text", () => {
  it("are trimmed and bounded, with a sentence for each problem", () => {
    expect(checkNoteInput({ title: "  Follow-up \n visit\u0001 ", text: "\n Stable. \n" })).toEqual({
      title: "Follow-up visit",
      text: "Stable.",
    });
    expect(() => checkNoteInput({ title: " ", text: "x" })).toThrow("Give the note a title.");
    expect(() => checkNoteInput({ title: "t", text: " \n" })).toThrow("Write the note first.");
    expect(() => checkNoteInput({ title: "t".repeat(201), text: "x" })).toThrow(/under 200 characters/);
    expect(checkNoteInput({ title: "t", text: "x".repeat(MAX_NOTE_TEXT) }).text).toHaveLength(MAX_NOTE_TEXT);
    expect(() => checkNoteInput({ title: "t", text: "x".repeat(MAX_NOTE_TEXT + 1) })).toThrow(
      new NoteInputError("Keep the note under 20,000 characters (it has 20,001)."),
    );
  });
});

describe("the note as FHIR", () => {
  it("is a current progress note, dated now, by the clinician, with the text as plain text", () => {
    const doc = noteDocument(input("Follow-up", "Blood pressure better. Keep ramipril 5 mg. Café ✓"));
    expect(doc).toMatchObject({
      resourceType: "DocumentReference",
      status: "current",
      type: { coding: [{ system: "http://loinc.org", code: "11506-3", display: "Progress note" }] },
      date: "2027-03-05T10:30:00.000Z",
      author: [{ display: "Dr. Maya Rivera, Mercy Clinic" }],
      subject: { identifier: { value: `did:pkh:eip155:31337:${PATIENT}` } },
      description: "Follow-up",
    });
    const attachment = doc.content[0].attachment;
    expect(attachment.contentType).toBe("text/plain; charset=utf-8");
    expect(new TextDecoder().decode(Buffer.from(attachment.data!, "base64"))).toBe(
      "Blood pressure better. Keep ramipril 5 mg. Café ✓",
    );
  });

  it("is validated as every import is, and shows in the combined view's documents with its text and author", async () => {
    const draft = await prepareClinicianNote(
      input("Follow-up", "Blood pressure better.\nKeep ramipril 5 mg."),
    );
    expect(draft.category).toBe("notes");
    expect(draft.meta).toEqual({
      name: "Follow-up",
      type: "application/fhir+json",
      createdAt: "2027-03-05T10:30:00.000Z",
    });
    const record = {
      recordId: `0x${"11".repeat(31)}06` as Hex,
      category: "notes" as const,
      cid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
      contentHash: `0x${"22".repeat(32)}` as Hex,
      author: CLINICIAN,
      anchoredAt: NOW,
      addedAt: NOW,
      blockNumber: 1n,
      transactionHash: `0x${"33".repeat(32)}` as Hex,
    };
    const read = readRecord(record, { status: "verified", meta: draft.meta, content: draft.content });
    const [item] = buildClinicalView(read ? [read] : []).lists.documents;
    expect(item.name).toBe("Follow-up");
    expect(item.details).toEqual(["Progress note", "By Dr. Maya Rivera, Mercy Clinic"]);
    expect(item.notes).toEqual(["Blood pressure better.\nKeep ramipril 5 mg."]);
  });

  it("is refused before sealing when the validator refuses it (a Directory name with a control character)", async () => {
    const refused = prepareClinicianNote({
      ...input("Follow-up", "Stable."),
      author: { name: "Dr. A\u0000B", address: CLINICIAN },
    });
    await expect(refused).rejects.toThrow(ImportError);
    await expect(refused).rejects.toThrow(/not valid FHIR R4/);
  });
});

describe("the transaction and the sentences", () => {
  it("anchors the one note for the patient", () => {
    const note = {
      recordId: `0x${"11".repeat(31)}06` as Hex,
      cid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
      contentHash: `0x${"22".repeat(32)}` as Hex,
    };
    const decoded = decodeFunctionData({
      abi: consentRegistryAbi,
      data: encodeCall(anchorNoteCall(CLINICIAN, PATIENT, note)),
    });
    expect(decoded.functionName).toBe("anchorRecords");
    expect(decoded.args[0]).toBe(PATIENT);
    expect(decoded.args[1]).toHaveLength(1);
  });

  it("counts records others added apart, in words", () => {
    expect(addedByOthersSentence(0)).toBe("");
    expect(addedByOthersSentence(1)).toMatch(
      /^1 record added by someone other than the patient .* is encrypted/,
    );
    expect(addedByOthersSentence(3)).toMatch(/^3 records .* are encrypted for the patient alone/);
  });

  it("names who added them by the Directory: you first, then others with verified or unverified, the address only when unlisted", () => {
    const me = getAddress("0x1111111111111111111111111111111111111111");
    const rivera = getAddress("0x2222222222222222222222222222222222222222");
    const unknown = getAddress("0x3333333333333333333333333333333333333333");
    const lookup = directoryLookup([
      { address: rivera, name: "Dr. Maya Rivera, Riverside Clinic", verified: false, kind: "provider" },
    ]);
    expect(addedByOthersAuthors([], me, lookup)).toBe("");
    expect(addedByOthersAuthors([{ author: me }, { author: me }], me, lookup)).toBe("Added by you.");
    expect(addedByOthersAuthors([{ author: unknown }, { author: rivera }, { author: me }], me, lookup)).toBe(
      "Added by you; 0x3333…3333, an account not in the CareKeys directory; Dr. Maya Rivera, Riverside Clinic (clinician, unverified).",
    );
  });

  it("says a failed upload changed nothing and keeps the text", () => {
    expect(
      noteNotStoredSentence("The CareKeys server could not be reached. Your upload is kept on this device."),
    ).toBe(
      "Your note could not be stored, so nothing was sent and nothing changed (the CareKeys server could not be reached). Your text is still here: try again in a moment.",
    );
  });
});

describe("a note in a real chart", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 60_000);
  afterAll(() => world?.stop());

  it("is anchored by the clinician, opens for the patient, never changes the patient's keyring, and is not handed to grantees", async () => {
    const rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    const entry = (await listDirectory(world.anvil.publicClient, world.directory)).find(
      (e) => e.address === rivera.address,
    )!;
    const patient = await world.patient();
    await world.addRecords(patient, "notes", 1);
    const { planGrant } = await import("./grantKeyring");
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entry,
      choice: {
        categories: ["notes", "labs"],
        purposes: ["treatment"],
        expiresAt: UNTIL_REVOKED,
        write: true,
      },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
    const keyringBefore = await ownKeyringCid(world.anvil.publicClient, world.consent, patient.address);
    const [share] = await listSharedWith(world.anvil.publicClient, world.consent, rivera.address);
    expect(noteWriting(share)).toEqual({ allowed: true });

    // The clinician's side: prepare, seal for the patient's identity key, upload, anchor.
    const draft = await prepareClinicianNote({
      title: "Follow-up",
      text: "Stable. Review in 3 months.",
      author: { name: entry.name, address: rivera.address },
      patient: patient.address,
      chainId: CHAIN_ID,
      now: new Date(),
    });
    const sealed = await sealClinicianNote({
      draft,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      patientPublicKey: patient.identity.publicKey,
    });
    expect(new TextDecoder().decode(Buffer.concat(sealed.carParts))).not.toContain("Review in 3 months");
    await world.upload({ cid: { toString: () => sealed.cid }, parts: sealed.carParts } as never);
    const anchored = await sendSharingCall(
      rivera.wallet,
      anchorNoteCall(world.consent, patient.address, sealed),
    );
    console.info(`a note: ${sealed.carSize} bytes stored, ${anchored.receipt.gasUsed} gas to anchor`);

    const records = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
    const note = records.find((r) => r.recordId === sealed.recordId)!;
    expect(note.author).toBe(rivera.address);
    expect(note.category).toBe("notes");
    expect(addedByOthers(records, patient.address)).toEqual([note]);
    expect(await ownKeyringCid(world.anvil.publicClient, world.consent, patient.address)).toBe(keyringBefore);
    const { header } = readHeader(await fetchVerified(world.node.gatewayUrl, note.cid));
    expect(header.generation).toBe(AUTHOR_KEY_GENERATION);

    // The patient opens it with their own keyring at hand (its notes key is another key).
    const own = await world.ownKeyring(patient);
    const opened = await openAnchoredRecord(note, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: patient.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys: own.keys,
      archived: own.archived,
    });
    expect(opened.status).toBe("verified");
    const resource = JSON.parse(
      new TextDecoder().decode(opened.status === "verified" ? opened.content : new Uint8Array()),
    ) as DocumentReference;
    expect(resource.author?.[0].display).toBe("Dr. Maya Rivera, Mercy Clinic");

    // A grantee (the author too) has no key for it: not shared, never "damaged".
    const keys = await openSharedKeyring({
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: patient.address,
      cid: share.keyringCid!,
      me: rivera.address,
      identity: rivera.identity,
    });
    const shared = await openSharedRecord(note, {
      gatewayUrl: world.node.gatewayUrl,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identityPrivateKey: rivera.identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      keys,
    });
    expect(shared.status).toBe("notShared");
  }, 60_000);
});

// Regression (walk #4): a note saved after the patient stopped sharing failed with "You are not
// allowed to add records of this kind for this patient." and a "Try again" that could not work.
describe("noteBlockedSentence", () => {
  const share = { status: "active", write: true, categories: ["notes", "labs"] } as const;
  const of = (status: Parameters<typeof noteBlockedSentence>[0]["status"]) =>
    noteBlockedSentence({ ...share, categories: [...share.categories], status });

  it("says the patient ended the access, that the note was not saved and that the text is still there", () => {
    expect(of("revoked")).toBe(
      "The patient ended your access, so the note was not saved. Your text is still here.",
    );
    expect(of("allRevoked")).toBe(of("revoked"));
    expect(of("expired")).toBe("Your access ran out, so the note was not saved. Your text is still here.");
    for (const status of ["used", "suspended", "identityChanged"] as const) {
      expect(of(status)).toMatch(/, so the note was not saved\. Your text is still here\.$/);
    }
    expect(noteBlockedSentence({ status: "active", write: false, categories: ["notes"] })).toBe(
      "The patient no longer allows you to add notes, so the note was not saved. Your text is still here.",
    );
  });

  it("is null while the share lets the clinician add notes", () => {
    expect(of("active")).toBeNull();
  });

  it("never invites a retry", () => {
    for (const status of [
      "revoked",
      "allRevoked",
      "expired",
      "used",
      "suspended",
      "identityChanged",
    ] as const) {
      expect(of(status)).not.toMatch(/try again/i);
    }
  });
});
