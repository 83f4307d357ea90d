import type { Bundle, Resource } from "@medplum/fhirtypes";
import { type Address, isAddressEqual } from "viem";
import { formatDay } from "../clinical/dates";
import type { ReadRecord } from "../clinical/model";
import { CATEGORY_LABEL } from "../consent/codes";
import { type DirectoryEntry, displayName } from "../sharing/directory";
import type { AnchoredRecord } from "./chain";
import { shownFileName } from "./fileName";
import { recordView } from "./fileTypes";
import type { OpenedRecord } from "./open";

/** Parsed FHIR by decrypted content: each record is parsed once, however often the views rebuild. */
const parsed = new WeakMap<Uint8Array, Resource[] | null>();

/** The resources of a FHIR JSON record (a Bundle or one resource), or null if it is not FHIR JSON. */
export function resourcesOf(content: Uint8Array): Resource[] | null {
  const cached = parsed.get(content);
  if (cached !== undefined) return cached;
  let resources: Resource[] | null = null;
  try {
    const json = JSON.parse(new TextDecoder().decode(content)) as Resource;
    if (json && typeof json === "object" && typeof json.resourceType === "string") {
      resources =
        json.resourceType === "Bundle"
          ? ((json as Bundle).entry ?? []).flatMap((e) =>
              e?.resource && typeof e.resource.resourceType === "string" ? [e.resource] : [],
            )
          : [json];
    }
  } catch {
    resources = null;
  }
  parsed.set(content, resources);
  return resources;
}

/** What the Directory says of the account that added a record (undefined: it has no entry). */
export type AuthorEntry = Pick<DirectoryEntry, "name" | "verified" | "kind">;
/** The Directory entry of an account, if it has one. */
export type AuthorLookup = (author: Address) => AuthorEntry | undefined;

/** "0x1234…abcd" */
export const shortAddress = (address: Address) => `${address.slice(0, 6)}…${address.slice(-4)}`;

/** A lookup over Directory entries (listDirectory), by address in any case. */
export function directoryLookup(entries: readonly (AuthorEntry & { address: Address })[]): AuthorLookup {
  const byAddress = new Map(entries.map((e) => [e.address.toLowerCase(), e] as const));
  return (author) => byAddress.get(author.toLowerCase());
}

/**
 * Who added a record, in words: the Directory name, with the role and whether a verifier attests
 * it ("Dr. Maya Rivera, Riverside Clinic (clinician, verified)", "... (clinician, unverified)"),
 * or the short address when the Directory has no entry for the account.
 */
export function authorText(author: Address, entry: AuthorEntry | undefined): string {
  if (!entry) return `${shortAddress(author)}, an account not in the CareKeys directory`;
  const role = entry.kind === "model" ? "AI model" : "clinician";
  return `${displayName(entry.name)} (${role}, ${entry.verified ? "verified" : "unverified"})`;
}

/** "note.json (added by Dr. Maya Rivera (clinician, verified), not by the patient)" */
const byOtherName = (file: string, author: Address, authorOf: AuthorLookup | undefined) =>
  `${file} (added by ${authorText(author, authorOf?.(author))}, not by the patient)`;

/** Who added a record someone else added, from the chain (never from the record's own text). */
function addedBy(file: string, author: Address, authorOf: AuthorLookup | undefined) {
  const entry = authorOf?.(author);
  return {
    author,
    file,
    who: authorText(author, entry),
    ...(entry ? { name: displayName(entry.name) } : {}),
  };
}

/**
 * The records read so far with the names of the accounts that added them as the Directory has
 * them now (the reader decrypts before the Directory may have loaded). The same array when
 * nothing was added by someone else.
 */
export function withAuthorNames(
  records: readonly ReadRecord[],
  authorOf: AuthorLookup,
): readonly ReadRecord[] {
  if (!records.some((r) => r.source.addedBy)) return records;
  return records.map((r) => {
    const by = r.source.addedBy;
    return by
      ? {
          ...r,
          source: {
            ...r.source,
            name: byOtherName(by.file, by.author, authorOf),
            addedBy: addedBy(by.file, by.author, authorOf),
          },
        }
      : r;
  });
}

/**
 * A verified record as the combined views read it: FHIR resources, or a file (PDF, image) listed
 * by name. Anything that did not pass every check, or that CareKeys does not render, is left out
 * of the combined views (the file list still shows it, with what failed).
 */
export function readRecord(
  record: AnchoredRecord,
  opened: OpenedRecord,
  patient?: Address,
  authorOf?: AuthorLookup,
): ReadRecord | undefined {
  if (opened.status !== "verified") return undefined;
  // What someone else added (a clinician with write access) is read as theirs: named with its
  // author (see withAuthorNames), and limited to its own category (see buildClinicalView).
  const byPatient = patient === undefined || isAddressEqual(record.author, patient);
  const file = shownFileName(opened.meta, opened.content);
  const source = byPatient
    ? { recordId: record.recordId, name: file, addedAt: record.addedAt }
    : {
        recordId: record.recordId,
        name: byOtherName(file, record.author, authorOf),
        addedAt: record.addedAt,
        addedBy: addedBy(file, record.author, authorOf),
      };
  const view = recordView(opened.meta.type, opened.content);
  if (view === "fhir") {
    const resources = resourcesOf(opened.content);
    return resources ? { kind: "fhir", source, category: record.category, resources, byPatient } : undefined;
  }
  if (view === "pdf" || view === "image")
    return { kind: "file", source, category: record.category, type: opened.meta.type };
  return undefined;
}

/**
 * Records someone else added (a clinician's note) since the patient last looked, newest first:
 * those anchored after block `seenThrough` (all of them when the patient has not looked on this
 * device yet).
 */
export function addedByOthersSince(
  records: readonly AnchoredRecord[],
  patient: Address,
  seenThrough: bigint | null,
): AnchoredRecord[] {
  return records
    .filter(
      (r) => !isAddressEqual(r.author, patient) && (seenThrough === null || r.blockNumber > seenThrough),
    )
    .sort((a, b) => Number(b.blockNumber - a.blockNumber));
}

/** "New: a note from Dr. Maya Rivera, Riverside Clinic (clinician, verified), 1 Dec 2026" */
export function newRecordText(
  record: Pick<AnchoredRecord, "author" | "category" | "addedAt">,
  authorOf: AuthorLookup,
) {
  const what =
    record.category === "notes"
      ? "a note"
      : record.category
        ? `a record of ${CATEGORY_LABEL[record.category]}`
        : "a record";
  return `New: ${what} from ${authorText(record.author, authorOf(record.author))}, ${formatDay(record.addedAt)}`;
}
