import { x25519 } from "@noble/curves/ed25519.js";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { MAX_NOTE_CHARACTERS, NoteError, openNote, readNote, sealNote } from "./sealedNote";

const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
const patientKey = new Uint8Array(32).fill(3);
const header = {
  chainId: 31337,
  consent: LOCAL_DEPLOYMENT.consent,
  kind: "request-reason" as const,
  from: clinician,
  to: patient,
  toPublicKey: x25519.getPublicKey(patientKey),
};
const expected = {
  chainId: 31337,
  consent: LOCAL_DEPLOYMENT.consent,
  from: clinician,
  to: patient,
  kind: "request-reason" as const,
};

describe("sealed notes", () => {
  it("opens for the recipient only, and keeps the words out of the file", async () => {
    const bytes = await sealNote("Follow-up of your chest pain after the March visit", header);
    expect(new TextDecoder().decode(bytes)).not.toContain("chest pain");
    expect(await openNote(bytes, expected, patientKey)).toBe(
      "Follow-up of your chest pain after the March visit",
    );
    await expect(openNote(bytes, expected, new Uint8Array(32).fill(4))).rejects.toThrow(/another key/);
  });

  it("does not open when moved to another sender, recipient, kind or network", async () => {
    const bytes = await sealNote("Reason", header);
    for (const other of [
      { ...expected, from: patient },
      { ...expected, to: clinician },
      { ...expected, kind: "message" as const },
      { ...expected, chainId: 1 },
    ]) {
      await expect(openNote(bytes, other, patientKey)).rejects.toThrow(NoteError);
    }
    // Editing the public part (here: claiming another sender) breaks the seal, not only the check.
    const note = readNote(bytes);
    const forged = new TextEncoder().encode(JSON.stringify({ ...note, from: patient }));
    await expect(openNote(forged, { ...expected, from: patient }, patientKey)).rejects.toThrow(/another key/);
  });

  it("refuses empty and over-long notes with a sentence", async () => {
    await expect(sealNote("   ", header)).rejects.toThrow("Write a few words first.");
    await expect(sealNote("x".repeat(MAX_NOTE_CHARACTERS + 1), header)).rejects.toThrow(
      /under 2000 characters/,
    );
    expect(() => readNote(new TextEncoder().encode('{"schema":"carekeys/sealed-note@1"}'))).toThrow(
      /malformed/,
    );
  });
});
