import { type Hex, pad, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { CATEGORY, type Category } from "../consent/codes";
import {
  CLINICIAN_CATEGORIES,
  endedInWords,
  formatDay,
  historyEntries,
  historyInWords,
  historyLine,
  readsInReceipt,
  untilInWords,
} from "./consentView";
import { UNTIL_REVOKED } from "./grants";

const recordId = (n: number, category: Category): Hex =>
  pad(toHex(BigInt(n) * 256n + BigInt(CATEGORY[category])), { size: 32 });

describe("consent view helpers", () => {
  it("offers every kind of record to a clinician, AI results last", () => {
    expect(new Set(CLINICIAN_CATEGORIES)).toEqual(new Set(Object.keys(CATEGORY)));
    expect(CLINICIAN_CATEGORIES.at(-1)).toBe("aiResults");
  });

  it("writes dates as '5 Mar 2027' and 'until I revoke' as such", () => {
    expect(formatDay(new Date(Date.UTC(2027, 2, 5, 23, 0)))).toBe("5 Mar 2027");
    expect(untilInWords(new Date(Date.UTC(2027, 2, 5)))).toBe("until 5 Mar 2027");
    expect(untilInWords(UNTIL_REVOKED)).toBe("until you stop sharing");
  });

  it("counts distinct records read, per kind, across read receipts", () => {
    const read = (ids: Hex[]) => ({
      recordIds: ids,
      purpose: "treatment" as const,
      blockNumber: 1n,
      transactionHash: "0x00" as Hex,
      at: new Date(0),
    });
    const receipt = readsInReceipt({
      reads: [
        read([recordId(1, "labs"), recordId(2, "labs"), recordId(3, "vitals")]),
        read([recordId(1, "labs")]),
      ],
    });
    expect(receipt).toEqual({
      times: 2,
      records: 3,
      byCategory: [
        { category: "vitals", records: 1 },
        { category: "labs", records: 2 },
      ],
    });
    expect(readsInReceipt({ reads: [] })).toEqual({ times: 0, records: 0, byCategory: [] });
  });

  const dec1 = new Date("2026-12-01T10:00:00Z");
  const dec3 = new Date("2026-12-03T09:00:00Z");
  const read = (ids: Hex[], at: Date, tx = "0x01") => ({
    recordIds: ids,
    purpose: "treatment" as const,
    blockNumber: 1n,
    transactionHash: tx as Hex,
    at,
  });

  // Walk #2: the patient could not see who read what while the share was on.
  it("lists a share's history newest first: who opened what, and what they added, with dates", () => {
    const entries = historyEntries({
      reads: [
        read([recordId(1, "labs")], dec1),
        read([recordId(1, "labs"), recordId(2, "vitals")], dec3, "0x02"),
      ],
      added: [{ recordId: recordId(9, "notes"), category: "notes", at: dec1 }],
    });
    expect(entries.map((e) => historyLine("Dr. Maya Rivera", e))).toEqual([
      "Opened by Dr. Maya Rivera on 3 Dec 2026: 1 record of vital signs and 1 lab result",
      "Opened by Dr. Maya Rivera on 1 Dec 2026: 1 lab result",
      "Added by Dr. Maya Rivera on 1 Dec 2026: 1 note",
    ]);
    expect(historyEntries({ reads: [], added: [] })).toEqual([]);
  });

  // Walk #8: the stop receipt was stiff ("logged reading 1 record (lab results: 1), 1 time") and undated.
  it("says in one plain sentence what a party did, for the stop receipt", () => {
    expect(
      historyInWords({
        reads: [read([recordId(1, "labs")], dec1)],
        added: [{ recordId: recordId(9, "notes"), category: "notes", at: dec1 }],
      }),
    ).toBe("opened your lab results once, on 1 Dec 2026, and added 1 note");
    expect(
      historyInWords({
        reads: [read([recordId(1, "labs")], dec1), read([recordId(2, "labs")], dec3), read([], dec3)],
        added: [],
      }),
    ).toBe("opened your lab results 3 times, between 1 Dec 2026 and 3 Dec 2026");
    expect(historyInWords({ reads: [], added: [] })).toBe("did not open any of your records");
  });

  // Walk #3: a stopped share still read "Lasts: until 31 Dec 2026", as if running.
  it("says how an ended share ended, in the past tense", () => {
    const expiresAt = new Date("2026-12-31T23:00:00Z");
    expect(endedInWords({ status: "revoked", expiresAt }, dec1)).toBe("Stopped by you on 1 Dec 2026");
    expect(endedInWords({ status: "expired", expiresAt }, expiresAt)).toBe("Ran out on 31 Dec 2026");
    expect(endedInWords({ status: "used", expiresAt }, dec3)).toBe("Used once, on 3 Dec 2026");
    expect(endedInWords({ status: "allRevoked", expiresAt }, dec1)).toMatch(/^Stopped by you on 1 Dec 2026/);
    expect(endedInWords({ status: "active", expiresAt }, null)).toBeNull();
  });
});
