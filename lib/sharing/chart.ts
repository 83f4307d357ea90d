// The clinician's side of a share, in the clinician's words: which patients shared with me, what a
// chart may show, and the one read receipt an opening of the chart sends first.

import { type Address, getAddress, type Hex, isAddress, isAddressEqual, type PublicClient } from "viem";
import { CATEGORY_LABEL, type Category, inCategoryOrder, PURPOSE, type Purpose } from "../consent/codes";
import { consentRegistryAbi } from "../contracts/generated";
import type { ContractCall } from "../contracts/sendCall";
import type { AnchoredRecord } from "../records/chain";
import { type AuthorLookup, shortAddress } from "../records/read";
import { consentCall } from "./calls";
import { listInWords, listSharedWith, type Share, type ShareStatus, UNTIL_REVOKED } from "./grants";
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
      return "You can open this patient's shared records. Each opening is recorded on the chain, and the patient sees it under My consents.";
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

/**
 * "Lab results and medications, for treatment" (with "; you may add records" when writing is
 * allowed). Once the access ended it says only what was shared: no permission in the present tense.
 */
export function scopeText(
  share: Pick<Share, "categories" | "purposes" | "write" | "oneShot">,
  options: { ended?: boolean } = {},
): string {
  const what = listInWords(share.categories.map((c) => CATEGORY_LABEL[c]));
  const why = listInWords(share.purposes.map((p) => CLINICIAN_PURPOSE_LABEL[p]));
  const text = `${what.charAt(0).toUpperCase()}${what.slice(1)}, for ${why}`;
  if (options.ended) return text;
  return `${text}${share.oneShot ? ", one opening only" : ""}${share.write ? "; you may add notes (and records of these kinds)" : ""}`;
}

// ------------------------------------------------------------------ when a share ended

/** A share as the clinician's screens show it: with when its access ended, when the chain says so. */
export type ClinicianShare = Share & {
  /**
   * When the access ended: the block time of the revocation (the patient's, or "stop sharing with
   * everyone") or of the one opening, the expiry for an expired share; null while active, or when
   * the chain holds no date for it (a lapsed verification, a changed key).
   */
  endedAt: Date | null;
};

type EventClient = Pick<PublicClient, "getContractEvents" | "readContract" | "getBlock">;

/**
 * Every patient who ever shared with `me` ({@link listSharedWith}), each with when its access
 * ended. Reads the revocations and one-time openings of the ended shares only (three event
 * queries and one block per date at most), so an all-active list costs nothing more.
 */
export async function listSharedWithMe(
  client: EventClient,
  consent: Address,
  me: Address,
): Promise<ClinicianShare[]> {
  const shares = await listSharedWith(client, consent, me);
  const ended = shares.filter((s) => !isActive(s));
  if (ended.length === 0) return shares.map((s) => ({ ...s, endedAt: null }));
  const where = { address: consent, abi: consentRegistryAbi, fromBlock: 0n } as const;
  const allRevoked = ended.filter((s) => s.status === "allRevoked").map((s) => s.patient);
  const [revoked, everyone, used] = await Promise.all([
    ended.some((s) => s.status === "revoked")
      ? client.getContractEvents({ ...where, eventName: "AccessRevoked", args: { grantee: me } })
      : [],
    allRevoked.length > 0
      ? client.getContractEvents({ ...where, eventName: "AllAccessRevoked", args: { patient: allRevoked } })
      : [],
    ended.some((s) => s.status === "used")
      ? client.getContractEvents({ ...where, eventName: "OneShotGrantUsed", args: { grantee: me } })
      : [],
  ]);
  /** The block of the latest event for this patient after its latest grant. */
  const endingBlock = (share: Share): bigint | null => {
    const events =
      share.status === "revoked"
        ? revoked
        : share.status === "allRevoked"
          ? everyone
          : share.status === "used"
            ? used
            : [];
    let latest: bigint | null = null;
    for (const event of events) {
      const patient = event.args.patient;
      if (!patient || !isAddressEqual(patient, share.patient)) continue;
      if (event.blockNumber < share.grantedInBlock) continue;
      if (latest === null || event.blockNumber > latest) latest = event.blockNumber;
    }
    return latest;
  };
  const blocks = new Map(ended.map((s) => [s.patient, endingBlock(s)]));
  const distinct = [...new Set([...blocks.values()].filter((b): b is bigint => b !== null))];
  const times = new Map(
    await Promise.all(
      distinct.map(
        async (blockNumber) =>
          [blockNumber, new Date(Number((await client.getBlock({ blockNumber })).timestamp) * 1000)] as const,
      ),
    ),
  );
  return shares.map((share) => {
    if (isActive(share)) return { ...share, endedAt: null };
    if (share.status === "expired") return { ...share, endedAt: share.expiresAt };
    const block = blocks.get(share.patient);
    return { ...share, endedAt: block != null ? (times.get(block) ?? null) : null };
  });
}

/**
 * When and why a share's access ended, in the past tense: "Ended on 1 Dec 2026: the patient
 * stopped sharing", "Ran out on 31 Dec 2026"; for an active share, its expiry ({@link expiryText}).
 */
export function endedText(
  share: Pick<ClinicianShare, "status" | "expiresAt" | "endedAt">,
  timeZone = "UTC",
): string {
  const on = share.endedAt ? ` on ${formatDate(share.endedAt, timeZone)}` : "";
  switch (share.status) {
    case "active":
      return expiryText(share, timeZone);
    case "expired":
      return `Ran out on ${formatDate(share.expiresAt, timeZone)}`;
    case "revoked":
      return `Ended${on}: the patient stopped sharing`;
    case "allRevoked":
      return `Ended${on}: the patient stopped sharing with everyone`;
    case "used":
      return `Ended${on}: the one opening the patient allowed was used`;
    case "suspended":
      return "Ended: your verification as a provider lapsed";
    case "identityChanged":
      return "Ended: your encryption key changed after the patient gave consent";
  }
}

/** The address of the request form on the clinician's home, with this patient's address filled in. */
export const askAgainHref = (patient: Address) => `/?${ASK_PARAM}=${patient}`;
export const ASK_PARAM = "ask";

// ------------------------------------------------------------------ an opened chart, in words

/** "1 file of lab results", "2 files of lab results and 1 file of medications" (kinds in their usual order). */
export function filesInWords(records: readonly Pick<AnchoredRecord, "category">[]): string {
  const counts = new Map<Category, number>();
  let unknown = 0;
  for (const { category } of records) {
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
    else unknown++;
  }
  const files = (n: number) => (n === 1 ? "1 file" : `${n} files`);
  const parts = inCategoryOrder([...counts.keys()]).map(
    (c) => `${files(counts.get(c)!)} of ${CATEGORY_LABEL[c]}`,
  );
  if (unknown > 0) parts.push(`${files(unknown)} of another kind`);
  return parts.length > 0 ? listInWords(parts) : "no files";
}

/** "You opened 1 file of lab results for treatment. The patient sees this under My consents." */
export function openedSentence(
  records: readonly Pick<AnchoredRecord, "category">[],
  purpose: Purpose | null,
): string {
  const why = purpose ? ` for ${CLINICIAN_PURPOSE_LABEL[purpose]}` : "";
  return `You opened ${filesInWords(records)}${why}. The patient sees this under My consents.`;
}

/** For screen readers, once every file of an opened chart is decrypted: "The file is read." / "All 3 files are read." */
export function readingDoneText(count: number): string {
  if (count === 0) return "There are no files to read.";
  return count === 1 ? "The file is read." : `All ${count} files are read.`;
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
export function clinicianPatientList<S extends Share>(
  shares: readonly S[],
  authorOf: AuthorLookup,
  query = "",
): { active: S[]; ended: S[] } {
  const text = query.trim().toLowerCase();
  const hex = text.startsWith("0x") ? text.slice(2) : text;
  const words = text.split(/\s+/);
  const matches = (share: S) => {
    if (!text) return true;
    if (/^[0-9a-f]{4,40}$/.test(hex) && share.patient.toLowerCase().includes(hex)) return true;
    const name = patientLabel(share.patient, authorOf).name.toLowerCase();
    return words.every((word) => name.includes(word));
  };
  const found = shares.filter(matches);
  return { active: found.filter(isActive), ended: found.filter((s) => !isActive(s)) };
}
