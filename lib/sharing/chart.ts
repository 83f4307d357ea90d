// The clinician's side of a share, in the clinician's words: which patients shared with me, what a
// chart may show, and the one read receipt an opening of the chart sends first.

import { type Address, getAddress, type Hex, isAddress, isAddressEqual } from "viem";
import { CATEGORY_LABEL, PURPOSE, type Purpose } from "../consent/codes";
import type { ContractCall } from "../contracts/sendCall";
import type { AnchoredRecord } from "../records/chain";
import { type AuthorLookup, shortAddress } from "../records/read";
import { consentCall } from "./calls";
import { listInWords, type Share, type ShareStatus, UNTIL_REVOKED } from "./grants";
import type { SharedRecord } from "./openShared";

/** A patient's address as typed into a URL: a checked address, or the sentence saying what is wrong. */
export function parsePatientAddress(raw: string): { address: Address } | { error: string } {
  let text: string;
  try {
    text = decodeURIComponent(raw).trim();
  } catch {
    text = raw.trim();
  }
  if (!isAddress(text, { strict: false })) {
    return {
      error: `“${text.slice(0, 60)}” is not a patient's account address. An address starts with 0x followed by 40 letters and digits (0-9, a-f).`,
    };
  }
  // A mixed-case address with a wrong checksum is a typo, not another patient.
  const hex: string = text.slice(2);
  if (!isAddress(text) && hex !== hex.toUpperCase()) {
    return {
      error: `“${text}” has a typing mistake: its capital letters do not match a real address. Copy the address again.`,
    };
  }
  return { address: getAddress(text) };
}

/** For what a clinician reads, in a clinician's words. */
export const CLINICIAN_PURPOSE_LABEL: Record<Purpose, string> = {
  treatment: "treatment",
  aiInference: "running an AI model",
  aiTraining: "training AI models",
  research: "research",
  emergency: "emergencies",
};

/** Whether the share lets the clinician read now. */
export const isActive = (share: Pick<Share, "status">) => share.status === "active";

/** The status of a share as a clinician's list shows it. */
export const CLINICIAN_STATUS_LABEL: Record<ShareStatus, string> = {
  active: "Active",
  expired: "Access ended (expired)",
  revoked: "Access ended (revoked)",
  allRevoked: "Access ended (revoked)",
  suspended: "Access ended (your verification lapsed)",
  identityChanged: "Access ended (your identity changed)",
  used: "Access ended (one-time access used)",
};

/** One plain sentence on where a share stands, for the clinician. */
export function statusSentence(share: Pick<Share, "status" | "expiresAt">): string {
  switch (share.status) {
    case "active":
      return "You can open this patient's shared records. Each opening is recorded on the chain, and the patient can see it.";
    case "expired":
      return `The patient's consent expired on ${formatDate(share.expiresAt)}.`;
    case "revoked":
      return "The patient ended your access.";
    case "allRevoked":
      return "The patient ended access for everyone they shared with.";
    case "suspended":
      return "Your verification as a provider has lapsed, so no patient's records can be opened until a verifier checks your entry again.";
    case "identityChanged":
      return "Your encryption key changed after the patient gave consent, so the patient has to share again.";
    case "used":
      return "The patient allowed one opening of their records, and it has been used.";
  }
}

/** "5 Mar 2027" (en-GB, UTC unless told otherwise). */
export function formatDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  }).format(date);
}

/**
 * "Until 5 Mar 2027", "Ended 5 Mar 2027" (expired, by the chain's clock) or "Until the patient
 * revokes it".
 */
export function expiryText(share: Pick<Share, "expiresAt" | "status">, timeZone = "UTC"): string {
  if (share.expiresAt.getTime() >= UNTIL_REVOKED.getTime()) return "Until the patient revokes it";
  return `${share.status === "expired" ? "Ended" : "Until"} ${formatDate(share.expiresAt, timeZone)}`;
}

/** "Lab results and medications, for treatment" (with "; you may add records" when writing is allowed). */
export function scopeText(share: Pick<Share, "categories" | "purposes" | "write" | "oneShot">): string {
  const what = listInWords(share.categories.map((c) => CATEGORY_LABEL[c]));
  const why = listInWords(share.purposes.map((p) => CLINICIAN_PURPOSE_LABEL[p]));
  const text = `${what.charAt(0).toUpperCase()}${what.slice(1)}, for ${why}`;
  return `${text}${share.oneShot ? ", one opening only" : ""}${share.write ? "; you may add records of these kinds" : ""}`;
}

/** The purpose a clinician's receipt names: treatment when the share allows it, otherwise the first one allowed. */
export function chartPurpose(share: Pick<Share, "purposes">): Purpose | null {
  if (share.purposes.includes("treatment")) return "treatment";
  return [...share.purposes].sort((a, b) => PURPOSE[a] - PURPOSE[b])[0] ?? null;
}

const coveredBy = (share: Pick<Share, "categories">) => {
  const covered = new Set(share.categories);
  return (r: AnchoredRecord) => r.category !== undefined && covered.has(r.category);
};

/**
 * The records a chart opens and its read receipt lists: those the patient added, of the kinds the
 * share covers, in the order given (newest first). Records someone else added (a clinician's note)
 * are sealed for the patient alone: no grantee can open them, so a receipt never names them (the
 * patient's history would otherwise say this clinician read what it could not).
 */
export function recordsInScope(
  records: readonly AnchoredRecord[],
  share: Pick<Share, "categories" | "patient">,
): AnchoredRecord[] {
  const covered = coveredBy(share);
  return records.filter((r) => covered(r) && isAddressEqual(r.author, share.patient));
}

/** The records of the kinds shared that someone other than the patient added: counted apart, never opened or logged. */
export function inScopeByOthers(
  records: readonly AnchoredRecord[],
  share: Pick<Share, "categories" | "patient">,
): AnchoredRecord[] {
  const covered = coveredBy(share);
  return records.filter((r) => covered(r) && !isAddressEqual(r.author, share.patient));
}

/**
 * The one read receipt of a chart's opening: `logAccess(patient, recordIds, purpose)`. The
 * contract refuses it unless the share is active and covers every record's kind for the purpose.
 */
export function readReceiptCall(
  consent: Address,
  patient: Address,
  recordIds: readonly Hex[],
  purpose: Purpose,
): ContractCall {
  return consentCall(consent, "logAccess", [patient, recordIds, PURPOSE[purpose]]);
}

/** "2 records added after your access ended cannot be opened." */
export function notSharedSentence(count: number): string {
  if (count === 0) return "";
  return count === 1
    ? "1 record added after your access ended or changed cannot be opened."
    : `${count} records added after your access ended or changed cannot be opened.`;
}

/** What became of the records of an opened chart, for the notices beside the combined views. */
export function chartOutcomes(outcomes: Iterable<SharedRecord>) {
  let notShared = 0;
  let large = 0;
  const failed: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === "notShared") notShared++;
    else if (outcome.status === "large") large++;
    else if (outcome.status !== "verified") failed.push(outcome.reason);
  }
  /** Records added after the access ended are counted apart: they are not damaged, only not shared. */
  return { notShared, large, failed: failed.length, reasons: [...new Set(failed)] };
}

// ------------------------------------------------------------------ the clinician's patient list

/** How many patients each part of the clinician's list shows before "Show more". */
export const PATIENTS_PAGE = 25;

/** A patient as the clinician's list names them. */
export type PatientLabel = {
  /** The Directory name of the account, or "Unnamed patient" (patients need not register a name). */
  name: string;
  /** Whether a verifier attests that name; null for an unnamed patient. */
  verified: boolean | null;
  /** "0x1234…abcd" */
  short: string;
};

/**
 * The name a patient is listed under: the account's Directory name when it has an entry (with
 * whether a verifier attests it), otherwise "Unnamed patient". Anyone can share with a clinician,
 * so the name is never taken from what the sharer says.
 */
export function patientLabel(patient: Address, authorOf: AuthorLookup): PatientLabel {
  const entry = authorOf(patient);
  return entry
    ? { name: entry.name, verified: entry.verified, short: shortAddress(patient) }
    : { name: "Unnamed patient", verified: null, short: shortAddress(patient) };
}

/**
 * The clinician's list of patients: the shares matching what was typed (every word in the
 * patient's name, or a part of the address of at least 4 hex digits, with or without 0x), split
 * into active ones and those whose access ended; each part keeps the given order (newest grant
 * first).
 */
export function clinicianPatientList(
  shares: readonly Share[],
  authorOf: AuthorLookup,
  query = "",
): { active: Share[]; ended: Share[] } {
  const text = query.trim().toLowerCase();
  const hex = text.startsWith("0x") ? text.slice(2) : text;
  const words = text.split(/\s+/);
  const matches = (share: Share) => {
    if (!text) return true;
    if (/^[0-9a-f]{4,40}$/.test(hex) && share.patient.toLowerCase().includes(hex)) return true;
    const name = patientLabel(share.patient, authorOf).name.toLowerCase();
    return words.every((word) => name.includes(word));
  };
  const found = shares.filter(matches);
  return { active: found.filter(isActive), ended: found.filter((s) => !isActive(s)) };
}
