import onnxProto from "onnx-proto";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { PCE_CARD } from "../ai/cards";
import { survivalModelOnnx } from "../ai/onnx/survivalModel";
import { PCE_SPEC } from "../ai/pce/model";
import { CATEGORY } from "../consent/codes";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { PARTICIPANT_KIND, type ParticipantKind } from "../directory/kinds";
import {
  checkUploadFormat,
  NOT_YOUR_PATIENT,
  REGISTER_TO_SEND_NOTES,
  SET_UP_KEY_FIRST,
  UPLOAD_KIND,
} from "./format";
import { envelopeBytes, json, keyringBytes } from "./testing";

const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const stranger = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey).address;
/** What the chain says, as the tests set it: `patient` has a registered patient key, nobody else. */
type ChainFacts = { patientKey?: boolean; writes?: { patient: string; category: number }[] };
/** The chain reads each check made, by name: the reads must stay lazy and few. */
let reads: string[] = [];
const context = (
  address = patient,
  kind: ParticipantKind = PARTICIPANT_KIND.None,
  facts: ChainFacts = {},
) => ({
  address,
  chainId: 31337,
  consentAddress: LOCAL_DEPLOYMENT.consent,
  participantKind: async () => {
    reads.push("kindOf");
    return kind;
  },
  hasPatientKey: async () => {
    reads.push("patientKeyOf");
    return facts.patientKey ?? address === patient;
  },
  canWrite: async (on: string, category: number) => {
    reads.push("canWrite");
    return (facts.writes ?? []).some((w) => w.patient === on && w.category === category);
  },
});
const whole = (bytes: Uint8Array) => ({ bytes, complete: true });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { status: number; message: string }) => ({ status: error.status, message: error.message }),
  );
const profile = {
  schema: "carekeys/provider-profile@1",
  name: "Dr. Rivera",
  organization: "Riverside Clinic",
};

describe("checkUploadFormat: only CareKeys objects are stored", () => {
  it("accepts a record envelope of this network and consent contract from its patient, with one chain read", async () => {
    const envelope = envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient });
    reads = [];
    expect(await checkUploadFormat(whole(envelope), context())).toBe(UPLOAD_KIND.envelope);
    expect(reads).toEqual(["patientKeyOf"]);
  });

  // Regression (sixth outside review, finding 3): any fresh key could sign in and store envelopes,
  // so N free keys had N quotas. Now an envelope is stored only for its patient, once they have a
  // registered patient key (a transaction), or for a writer the patient's consent allows.
  it("refuses with 403 an envelope from a fresh key with no patient key, even its own", async () => {
    const own = envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient: stranger });
    expect(await refusal(checkUploadFormat(whole(own), context(stranger)))).toEqual({
      status: 403,
      message: SET_UP_KEY_FIRST,
    });
  });

  it("refuses with 403 someone else's envelope unless the chain lets the uploader write that category for them", async () => {
    const notes = CATEGORY.notes;
    const forPatient = envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient });
    const noteEnvelope = envelopeBytes({
      chainId: 31337,
      contract: LOCAL_DEPLOYMENT.consent,
      patient,
      category: notes,
    });
    // Another patient (registered or not) and a clinician with no write grant: refused.
    expect(
      await refusal(
        checkUploadFormat(whole(forPatient), context(stranger, PARTICIPANT_KIND.None, { patientKey: true })),
      ),
    ).toEqual({
      status: 403,
      message: NOT_YOUR_PATIENT,
    });
    expect(
      await refusal(checkUploadFormat(whole(noteEnvelope), context(clinician, PARTICIPANT_KIND.Provider))),
    ).toEqual({ status: 403, message: NOT_YOUR_PATIENT });
    // A clinician whose write grant covers notes: a note is accepted, a lab result is not.
    const granted = context(clinician, PARTICIPANT_KIND.Provider, { writes: [{ patient, category: notes }] });
    reads = [];
    expect(await checkUploadFormat(whole(noteEnvelope), granted)).toBe(UPLOAD_KIND.envelope);
    expect(reads).toEqual(["canWrite"]);
    expect((await refusal(checkUploadFormat(whole(forPatient), granted)))?.status).toBe(403);
  });

  it("refuses with 415 an envelope whose header does not name a patient address and a category", async () => {
    for (const header of [{ patient: "someone" }, { category: "labs" }, { category: 300 }]) {
      const bytes = envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient, header });
      expect((await refusal(checkUploadFormat(whole(bytes), context())))?.status).toBe(415);
    }
  });

  it("refuses an envelope of another version, network or contract with 415", async () => {
    const other = envelopeBytes({ chainId: 1, contract: LOCAL_DEPLOYMENT.consent, patient });
    expect((await refusal(checkUploadFormat(whole(other), context())))?.status).toBe(415);
    const v2 = envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient });
    v2[4] = 2;
    expect(await refusal(checkUploadFormat(whole(v2), context()))).toEqual({
      status: 415,
      message: "This record uses envelope version 2, which this app cannot read yet.",
    });
  });

  it("accepts the signed-in patient's keyrings (their own, and a grantee's), refuses someone else's with 403", async () => {
    expect(await checkUploadFormat(whole(await keyringBytes(31337, patient)), context())).toBe(
      UPLOAD_KIND.keyring,
    );
    // A keyring the patient wrote for a clinician they share with.
    expect(await checkUploadFormat(whole(await keyringBytes(31337, patient, clinician)), context())).toBe(
      UPLOAD_KIND.keyring,
    );
    // A fresh key (no patient key, no Directory entry) cannot fill its quota with its own keyrings.
    expect(
      await refusal(checkUploadFormat(whole(await keyringBytes(31337, stranger)), context(stranger))),
    ).toEqual({ status: 403, message: SET_UP_KEY_FIRST });
    // The clinician cannot upload a "keyring" of the patient's records, for anyone.
    expect(
      (
        await refusal(
          checkUploadFormat(whole(await keyringBytes(31337, patient, clinician)), context(clinician)),
        )
      )?.status,
    ).toBe(403);
    expect(
      (await refusal(checkUploadFormat(whole(await keyringBytes(31337, patient)), context(clinician))))
        ?.status,
    ).toBe(403);
  });

  it("accepts a sealed note from its sender only, for this network and contract", async () => {
    const { x25519 } = await import("@noble/curves/ed25519.js");
    const { sealNote } = await import("../sharing/sealedNote");
    const note = (overrides: { chainId?: number; from?: typeof clinician } = {}) =>
      sealNote("Reason for asking", {
        chainId: overrides.chainId ?? 31337,
        consent: LOCAL_DEPLOYMENT.consent,
        kind: "request-reason",
        from: overrides.from ?? clinician,
        to: patient,
        toPublicKey: x25519.getPublicKey(new Uint8Array(32).fill(9)),
      });
    const registered = context(clinician, PARTICIPANT_KIND.Provider);
    reads = [];
    expect(await checkUploadFormat(whole(await note()), registered)).toBe(UPLOAD_KIND.note);
    expect(reads).toEqual(["kindOf"]);
    expect((await refusal(checkUploadFormat(whole(await note()), context(patient))))?.status).toBe(403);
    expect((await refusal(checkUploadFormat(whole(await note({ chainId: 1 })), registered)))?.status).toBe(
      415,
    );
    // Sent by a patient (a registered patient key, no Directory entry): accepted.
    expect(await checkUploadFormat(whole(await note({ from: patient })), context(patient))).toBe(
      UPLOAD_KIND.note,
    );
    // A fresh key (neither) cannot fill its quota with notes it sends.
    expect(
      await refusal(checkUploadFormat(whole(await note({ from: stranger })), context(stranger))),
    ).toEqual({ status: 403, message: REGISTER_TO_SEND_NOTES });
    const tampered = JSON.parse(new TextDecoder().decode(await note()));
    tampered.extra = "field";
    expect((await refusal(checkUploadFormat(whole(json(tampered)), registered)))?.status).toBe(415);
  });

  it("refuses anything else with 415 and a sentence: a web page, an image, arbitrary JSON, a truncated object", async () => {
    for (const bytes of [
      new TextEncoder().encode("<html><script>alert(1)</script></html>"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      json({ hello: "world" }),
      json({ schema: "carekeys/keyring@1" }),
    ]) {
      const refused = await refusal(checkUploadFormat(whole(bytes), context()));
      expect(refused?.status).toBe(415);
      expect(refused?.message).toMatch(/\.\)?$/);
    }
    const truncated = await refusal(checkUploadFormat({ bytes: json(profile), complete: false }, context()));
    expect(truncated?.status).toBe(415);
  });

  it("accepts public metadata only from a registered Directory participant (403 otherwise)", async () => {
    const refused = await refusal(checkUploadFormat(whole(json(profile)), context(clinician)));
    expect(refused).toEqual({
      status: 403,
      message: "Only clinics registered in the CareKeys Directory publish clinic profiles; register first.",
    });
    expect(await checkUploadFormat(whole(json(profile)), context(clinician, PARTICIPANT_KIND.Provider))).toBe(
      UPLOAD_KIND.profile,
    );
    // A model card and an ONNX artifact: from a registered model only.
    const card = whole(json(PCE_CARD));
    expect(await checkUploadFormat(card, context(clinician, PARTICIPANT_KIND.Model))).toBe(
      UPLOAD_KIND.modelCard,
    );
    expect(
      (await refusal(checkUploadFormat(card, context(clinician, PARTICIPANT_KIND.Provider))))?.status,
    ).toBe(403);
    const onnxFile = whole(survivalModelOnnx(PCE_SPEC));
    expect(await checkUploadFormat(onnxFile, context(clinician, PARTICIPANT_KIND.Model))).toBe(
      UPLOAD_KIND.artifact,
    );
    expect(
      (await refusal(checkUploadFormat(onnxFile, context(clinician, PARTICIPANT_KIND.Provider))))?.status,
    ).toBe(403);
    expect(
      (
        await refusal(
          checkUploadFormat(
            whole(new Uint8Array([8, 7, 0, 1, 2])),
            context(clinician, PARTICIPANT_KIND.Model),
          ),
        )
      )?.status,
    ).toBe(415);
    // Review 5: a model file hiding other bytes (an unknown field), or made of unknown operations.
    const model = survivalModelOnnx(PCE_SPEC);
    const hidden = new TextEncoder().encode(
      JSON.stringify({ resourceType: "Patient", name: [{ text: "X" }] }),
    );
    const smuggled = new Uint8Array([...model, 0xba, 0x3e, hidden.length, ...hidden]);
    expect(
      (await refusal(checkUploadFormat(whole(smuggled), context(clinician, PARTICIPANT_KIND.Model))))?.status,
    ).toBe(415);
    const strange = onnxProto.onnx.ModelProto.encode({
      irVersion: 7,
      opsetImport: [{ domain: "", version: 13 }],
      graph: {
        name: "g",
        node: [{ opType: "NotARealOp", input: ["x"], output: ["risk"] }],
        input: [{ name: "x" }],
        output: [{ name: "risk" }],
      },
    }).finish();
    expect(
      (await refusal(checkUploadFormat(whole(strange), context(clinician, PARTICIPANT_KIND.Model))))?.status,
    ).toBe(415);
    const broken = await refusal(
      checkUploadFormat(
        whole(json({ schema: "carekeys/model-card@2" })),
        context(clinician, PARTICIPANT_KIND.Model),
      ),
    );
    expect(broken?.status).toBe(415);
  });
});
