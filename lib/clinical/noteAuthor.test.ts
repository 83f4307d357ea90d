// Attack N5 (attack3 noteAuthor.attack.ts), as a regression: a clinician with a notes + write
// grant seals a note whose own FHIR names another clinician as author and is back-dated. The
// patient's combined view showed "By Dr. Maya Rivera, Mercy Clinic", dated 2019. It now names the
// note by the account that anchored it (its Directory name), flags the claimed author, and shows
// the day it was added on chain beside the note's own date. Follows the patient's path:
// listAnchoredRecords -> openAnchoredRecord -> readRecord -> withAuthorNames -> buildClinicalView.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { consentWriter } from "../consent/consent";
import { acceptCar } from "../ipfs/acceptCar";
import { listAnchoredRecords } from "../records/chain";
import { openAnchoredRecord } from "../records/open";
import { directoryLookup, readRecord, withAuthorNames } from "../records/read";
import { NOTE_CATEGORY, noteDocument, sealClinicianNote } from "../sharing/clinicianNote";
import { listDirectory } from "../sharing/directory";
import { planGrant } from "../sharing/grantKeyring";
import { CHAIN_ID, type SharingWorld, startSharingWorld } from "../sharing/testing";
import { buildClinicalView } from "./model";

describe("who wrote a clinician's note, as the patient reads it", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 180_000);
  afterAll(() => world?.stop());

  it("a note naming another clinician and back-dated is shown by its real author, flagged, with the day it was added", async () => {
    await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    const mallory = await world.clinician("Dr. Mal Lory, Quick Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    const own = await world.ownKeyring(patient);
    const directory = await listDirectory(world.anvil.publicClient, world.directory);
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: own.keys, archived: own.archived },
      grantee: directory.find((e) => e.address === mallory.address)!,
      choice: {
        categories: ["labs", "notes"],
        purposes: ["treatment"],
        expiresAt: new Date((await world.chainNow()).getTime() + 86400_000),
        write: true,
      },
    });
    await world.carryOut(patient.wallet, plan);

    // Mallory's browser: the app's own document builder, with another author and an old date.
    const document = noteDocument({
      title: "Discharge summary",
      text: "Patient declined the recommended treatment against medical advice.",
      author: { name: "Dr. Maya Rivera, Mercy Clinic", address: mallory.address },
      patient: patient.address,
      chainId: CHAIN_ID,
      now: new Date("2019-04-02T09:00:00Z"),
    });
    const sealed = await sealClinicianNote({
      draft: {
        category: NOTE_CATEGORY,
        meta: { name: "Discharge summary", type: "application/fhir+json", createdAt: document.date! },
        content: new TextEncoder().encode(JSON.stringify(document)),
        summary: "Progress note",
      },
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      patientPublicKey: patient.identity.publicKey,
    });
    await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, world.ipfs);
    await consentWriter(mallory.wallet, world.consent).anchorRecords(patient.address, [sealed]);

    const records = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
    const note = records.find((r) => r.recordId === sealed.recordId)!;
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
    const read = withAuthorNames([readRecord(note, opened, patient.address)!], directoryLookup(directory));
    const [item] = buildClinicalView(read).lists.documents;
    expect(item.details).toContain("By Dr. Mal Lory, Quick Clinic (clinician, verified)");
    expect(item.details.some((d) => d.startsWith("By Dr. Maya Rivera"))).toBe(false);
    expect(item.warnings).toEqual([
      "It says it is by Dr. Maya Rivera, Mercy Clinic, but that is not who added it.",
    ]);
    expect(item.dates.map((d) => d.label)).toEqual(["Dated (as written)", "Added"]);
    expect(item.dates[0].date.startsWith("2019-04-02")).toBe(true);
    expect(item.dates[1].date).toBe(note.addedAt.toISOString().slice(0, 10));
  }, 120_000);
});
