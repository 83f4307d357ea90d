import { getAddress, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { buildClinicalView, sourceText } from "../clinical/model";
import type { AnchoredRecord } from "./chain";
import {
  addedByOthersSince,
  authorText,
  directoryLookup,
  newRecordText,
  readRecord,
  withAuthorNames,
} from "./read";

const PATIENT = getAddress("0x00000000000000000000000000000000000000aa");
const RIVERA = getAddress("0x1234567890abcdef1234567890abcdef12345678");
const STRANGER = getAddress("0xabcdef0000000000000000000000000000009876");
const MODEL = getAddress("0x5555555555555555555555555555555555555555");

const directory = directoryLookup([
  { address: RIVERA, name: "Dr. Maya Rivera, Riverside Clinic", verified: true, kind: "provider" },
  { address: STRANGER, name: "Dr. Who Knows", verified: false, kind: "provider" },
  { address: MODEL, name: "ASCVD risk", verified: true, kind: "model" },
]);

const note = (author: typeof PATIENT): [AnchoredRecord, Parameters<typeof readRecord>[1]] => [
  {
    recordId: `0x${"11".repeat(31)}06` as Hex,
    category: "notes",
    cid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    contentHash: `0x${"22".repeat(32)}` as Hex,
    author,
    anchoredAt: new Date("2027-03-07T00:00:00Z"),
    addedAt: new Date("2027-03-05T00:00:00Z"),
    blockNumber: 1n,
    transactionHash: `0x${"33".repeat(32)}` as Hex,
  },
  {
    status: "verified",
    meta: { name: "Follow-up", type: "application/fhir+json", createdAt: "2027-03-05T00:00:00Z" },
    content: new TextEncoder().encode(
      JSON.stringify({
        resourceType: "DocumentReference",
        status: "current",
        description: "Follow-up",
        content: [{ attachment: { contentType: "text/plain", data: btoa("Stable.") } }],
      }),
    ),
  },
];

describe("who added a record, in words", () => {
  it("names another author by the Directory: name, role, verified or plainly unverified", () => {
    expect(authorText(RIVERA, directory(RIVERA))).toBe(
      "Dr. Maya Rivera, Riverside Clinic (clinician, verified)",
    );
    expect(authorText(STRANGER, directory(STRANGER))).toBe("Dr. Who Knows (clinician, unverified)");
    expect(authorText(MODEL, directory(MODEL))).toBe("ASCVD risk (AI model, verified)");
  });

  // Attack N4: the author line of a record showed a Directory name as registered.
  it("shows an impostor's name without a claimed '(verified)' or bidi override", () => {
    expect(
      authorText(STRANGER, {
        name: "Dr. Maya Rivera, Mercy Clinic (verified)\u202e",
        verified: false,
        kind: "provider",
      }),
    ).toBe("Dr. Maya Rivera, Mercy Clinic (clinician, unverified)");
  });

  it("falls back to the short address only when the Directory has no entry", () => {
    const nobody = getAddress("0x9999999999999999999999999999999999990001");
    expect(authorText(nobody, directory(nobody))).toBe(
      "0x9999…0001, an account not in the CareKeys directory",
    );
  });

  it("finds entries whatever the address's case", () => {
    expect(directory(RIVERA.toLowerCase() as typeof RIVERA)?.name).toBe("Dr. Maya Rivera, Riverside Clinic");
  });

  // Regression (sharing review): a clinician's note was named by its author's short address in the
  // patient's and the clinician's views.
  it("names a clinician's note in the combined view by the author's Directory name, not the address", () => {
    const [record, opened] = note(RIVERA);
    const read = readRecord(record, opened, PATIENT, directory);
    const [item] = buildClinicalView(read ? [read] : []).lists.documents;
    const source = sourceText(item.sources[0]);
    expect(source).toBe(
      "Follow-up (added by Dr. Maya Rivera, Riverside Clinic (clinician, verified), not by the patient), added 5 Mar 2027",
    );
    expect(source).not.toContain("0x1234");
  });

  it("renames what was read before the Directory loaded, and leaves the patient's own records as they are", () => {
    const [record, opened] = note(STRANGER);
    const early = readRecord(record, opened, PATIENT)!;
    expect(early.source.name).toBe(
      "Follow-up (added by 0xaBcD…9876, an account not in the CareKeys directory, not by the patient)",
    );
    const [named] = withAuthorNames([early], directory);
    expect(named.source.name).toBe(
      "Follow-up (added by Dr. Who Knows (clinician, unverified), not by the patient)",
    );

    const own = readRecord(note(PATIENT)[0], opened, PATIENT)!;
    const list = [own];
    expect(own.source.name).toBe("Follow-up");
    expect(withAuthorNames(list, directory)).toBe(list);
  });
});

// Walk #8: a clinician's note appeared only if the patient scrolled their records.
describe("records someone else added since the patient last looked", () => {
  const at = (block: bigint, author: typeof PATIENT, category: AnchoredRecord["category"]) => ({
    ...note(author)[0],
    recordId: `0x${block.toString(16).padStart(64, "0")}` as Hex,
    blockNumber: block,
    category,
    addedAt: new Date("2026-12-01T10:00:00Z"),
  });
  const records = [
    at(5n, PATIENT, "labs"),
    at(7n, RIVERA, "notes"),
    at(9n, STRANGER, "labs"),
    at(3n, RIVERA, "notes"),
  ];

  it("lists only others' records anchored after the last look, newest first", () => {
    expect(addedByOthersSince(records, PATIENT, 6n).map((r) => r.blockNumber)).toEqual([9n, 7n]);
    expect(addedByOthersSince(records, PATIENT, 9n)).toEqual([]);
    expect(addedByOthersSince(records, PATIENT, null).map((r) => r.blockNumber)).toEqual([9n, 7n, 3n]);
  });

  it("says what is new, from whom (by the Directory) and when", () => {
    expect(newRecordText(at(7n, RIVERA, "notes"), directory)).toBe(
      "New: a note from Dr. Maya Rivera, Riverside Clinic (clinician, verified), 1 Dec 2026",
    );
    expect(newRecordText(at(9n, STRANGER, "labs"), directory)).toBe(
      "New: a record of lab results from Dr. Who Knows (clinician, unverified), 1 Dec 2026",
    );
  });
});
