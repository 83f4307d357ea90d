// A clinician's note in a patient's chart: a FHIR DocumentReference (a progress note in plain
// text), validated like any import, sealed on the clinician's device with a key of its own wrapped
// for the patient's identity key, and anchored by the clinician under its write grant. The patient's
// keys and keyring are never read or changed.

import type { DocumentReference } from "@medplum/fhirtypes";
import { base64pad } from "multiformats/bases/base64";
import { type Address, getAddress, type Hex, isAddressEqual } from "viem";
import { CATEGORY_LABEL, type Category } from "../consent/codes";
import { toChainAnchors } from "../consent/consent";
import type { ContractCall } from "../contracts/sendCall";
import { randomBytes } from "../crypto/aead";
import type { AnchoredRecord } from "../records/chain";
import { ImportError, parseFhir } from "../records/fhir";
import { FHIR_JSON, type RecordDraft } from "../records/prepare";
import { type AuthorLookup, authorText } from "../records/read";
import { type SealedRecord, sealDraft } from "../records/seal";
import { consentCall } from "./calls";
import { isActive } from "./chart";
import type { Share } from "./grants";

/** The category a clinician's note is filed under. */
export const NOTE_CATEGORY = "notes" as const satisfies Category;

/** The longest title and text a note may have (characters). */
export const MAX_NOTE_TITLE = 200;
export const MAX_NOTE_TEXT = 20_000;

/**
 * The generation named in the envelope of a record sealed with its author's own key. Patient
 * generations start at 1 (keyrings hold positive generations only), so no keyring ever holds this
 * one: the patient opens the note with the envelope's copy of its key, and a grantee reading the
 * chart is never handed it.
 */
export const AUTHOR_KEY_GENERATION = 0;

/** LOINC 11506-3, "Progress note": the type of every note written in a chart. */
export const PROGRESS_NOTE = {
  system: "http://loinc.org",
  code: "11506-3",
  display: "Progress note",
} as const;

/** Whether this share lets the clinician add a note now, or the sentence saying why not. */
export function noteWriting(share: {
  status: Share["status"];
  write: boolean;
  categories: readonly Category[];
}): { allowed: true } | { allowed: false; reason: string } {
  if (!isActive(share)) return { allowed: false, reason: "Your access to this patient's records has ended." };
  if (!share.write) {
    return {
      allowed: false,
      reason:
        "The patient has not allowed you to add notes to their records: you can read what they shared only.",
    };
  }
  if (!share.categories.includes(NOTE_CATEGORY)) {
    return {
      allowed: false,
      reason: `The patient allows you to add only ${share.categories.map((c) => CATEGORY_LABEL[c]).join(", ")}, not ${CATEGORY_LABEL[NOTE_CATEGORY]}.`,
    };
  }
  return { allowed: true };
}

/**
 * Why a note the clinician wrote was not saved, once the share no longer lets them add it (the
 * patient stopped sharing while they wrote): said plainly, with the reassurance that the text is
 * still on screen. Saving again cannot work, so nothing here invites a retry. Null while writing
 * is allowed.
 */
export function noteBlockedSentence(share: Parameters<typeof noteWriting>[0]): string | null {
  if (noteWriting(share).allowed) return null;
  const kept = "Your text is still here.";
  switch (share.status) {
    case "revoked":
    case "allRevoked":
      return `The patient ended your access, so the note was not saved. ${kept}`;
    case "expired":
      return `Your access ran out, so the note was not saved. ${kept}`;
    case "used":
      return `The one opening the patient allowed was used, so the note was not saved. ${kept}`;
    case "suspended":
      return `Your verification as a provider lapsed, so the note was not saved. ${kept}`;
    case "identityChanged":
      return `Your encryption key changed after the patient gave consent, so the note was not saved. ${kept}`;
    case "active":
      return `The patient no longer allows you to add notes, so the note was not saved. ${kept}`;
  }
}

/** A note that cannot be saved as written, with the sentence to show. */
export class NoteInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoteInputError";
  }
}

/** The title and text, trimmed and checked against the limits; a {@link NoteInputError} otherwise. */
export function checkNoteInput(input: { title: string; text: string }): { title: string; text: string } {
  // Line breaks and tabs become spaces; other control characters (pasted by accident) are dropped.
  const title = input.title
    .replace(/\s+/g, " ")
    .replace(/\p{Cc}/gu, "")
    .trim();
  const text = input.text.trim();
  if (title.length === 0) throw new NoteInputError("Give the note a title.");
  if (title.length > MAX_NOTE_TITLE)
    throw new NoteInputError(`Keep the title under ${MAX_NOTE_TITLE} characters (it has ${title.length}).`);
  if (text.length === 0) throw new NoteInputError("Write the note first.");
  if (text.length > MAX_NOTE_TEXT) {
    throw new NoteInputError(
      `Keep the note under ${MAX_NOTE_TEXT.toLocaleString("en-GB")} characters (it has ${text.length.toLocaleString("en-GB")}).`,
    );
  }
  return { title, text };
}

/** An account as FHIR names it: a DID of the account on its chain (did:pkh, CAIP-10). */
const accountIdentifier = (chainId: number, address: Address) => ({
  system: "urn:ietf:rfc:3986",
  value: `did:pkh:eip155:${chainId}:${address}`,
});

/**
 * The note as a FHIR R4 DocumentReference: current, a progress note, dated now, written by the
 * clinician (Directory name and account), about the patient (account), the text as a plain-text
 * attachment (UTF-8, base64).
 */
export function noteDocument(input: {
  title: string;
  text: string;
  author: { name: string; address: Address };
  patient: Address;
  chainId: number;
  now: Date;
}): DocumentReference {
  const { title, text } = checkNoteInput(input);
  const date = input.now.toISOString();
  return {
    resourceType: "DocumentReference",
    status: "current",
    docStatus: "final",
    type: { coding: [{ ...PROGRESS_NOTE }], text: PROGRESS_NOTE.display },
    subject: { identifier: accountIdentifier(input.chainId, input.patient) },
    date,
    author: [
      { display: input.author.name, identifier: accountIdentifier(input.chainId, input.author.address) },
    ],
    description: title,
    content: [
      {
        attachment: {
          contentType: "text/plain; charset=utf-8",
          data: base64pad.baseEncode(new TextEncoder().encode(text)),
          title,
          creation: date,
        },
      },
    ],
  };
}

/**
 * The note as a record draft, after the same full FHIR validation every import gets: refused with
 * an {@link ImportError} or {@link NoteInputError} that says why. Plaintext: it stays on this
 * device until {@link sealClinicianNote}.
 */
export async function prepareClinicianNote(input: Parameters<typeof noteDocument>[0]): Promise<RecordDraft> {
  const document = noteDocument(input);
  const json = JSON.stringify(document);
  const parsed = await parseFhir(json);
  if (parsed.groups.get(NOTE_CATEGORY)?.length !== 1 || parsed.groups.size !== 1) {
    throw new ImportError("The note would not be filed as a clinical note.");
  }
  return {
    category: NOTE_CATEGORY,
    meta: { name: document.description!, type: FHIR_JSON, createdAt: document.date! },
    content: new TextEncoder().encode(json),
    summary: PROGRESS_NOTE.display,
  };
}

/**
 * Seals the note for the patient with a fresh key of its own (generation
 * {@link AUTHOR_KEY_GENERATION}), wrapped for the patient's identity public key, and builds its
 * CAR. Nothing of the patient's keys is used, so nothing of them can change.
 */
export function sealClinicianNote(input: {
  draft: RecordDraft;
  chainId: number;
  consent: Address;
  patient: Address;
  patientPublicKey: Uint8Array;
}): Promise<SealedRecord> {
  return sealDraft({ ...input, categoryKey: { generation: AUTHOR_KEY_GENERATION, key: randomBytes(32) } });
}

/** The one transaction that anchors the note: `anchorRecords(patient, [note])`, as its author. */
export function anchorNoteCall(
  consent: Address,
  patient: Address,
  note: { recordId: Hex; cid: string; contentHash: Hex },
): ContractCall {
  return consentCall(consent, "anchorRecords", [patient, toChainAnchors([note])]);
}

/** A note that could not be stored: nothing was sent, so nothing changed; the text is still there. */
export function noteNotStoredSentence(reason: string): string {
  const first = (reason.split(". ")[0] || "the storage node did not answer").replace(/\.$/, "");
  return (
    `Your note could not be stored, so nothing was sent and nothing changed (${first.charAt(0).toLowerCase()}${first.slice(1)}). ` +
    "Your text is still here: try again in a moment."
  );
}

/**
 * The records in a chart that someone other than the patient added (a clinician's notes): sealed
 * for the patient alone, so no grantee can open them, and they are not "added after your access
 * ended" either.
 */
export function addedByOthers(records: readonly AnchoredRecord[], patient: Address): AnchoredRecord[] {
  return records.filter((r) => r.author.toLowerCase() !== patient.toLowerCase());
}

/** "2 records added by someone other than the patient ... are encrypted for the patient alone." */
export function addedByOthersSentence(count: number): string {
  if (count === 0) return "";
  return count === 1
    ? "1 record added by someone other than the patient (a clinician's note, an AI result) is encrypted for the patient alone, so it is not shown here."
    : `${count} records added by someone other than the patient (clinicians' notes, AI results) are encrypted for the patient alone, so they are not shown here.`;
}

/**
 * Who added the records others added, for the clinician reading the chart: "Added by you." or
 * "Added by Dr. Maya Rivera, Riverside Clinic (clinician, verified); 0x12ab…cdef, an account not in
 * the CareKeys directory." (Directory names; "you" first).
 */
export function addedByOthersAuthors(
  records: readonly Pick<AnchoredRecord, "author">[],
  me: Address,
  authorOf: AuthorLookup,
): string {
  const authors = [...new Set(records.map((r) => getAddress(r.author)))];
  if (authors.length === 0) return "";
  const mine = authors.some((a) => isAddressEqual(a, me));
  const others = authors.filter((a) => !isAddressEqual(a, me)).map((a) => authorText(a, authorOf(a)));
  return `Added by ${[...(mine ? ["you"] : []), ...others].join("; ")}.`;
}
