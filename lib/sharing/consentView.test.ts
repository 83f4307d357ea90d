import { type Hex, pad, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { CATEGORY, type Category } from "../consent/codes";
import { CLINICIAN_CATEGORIES, formatDay, readsInReceipt, untilInWords } from "./consentView";
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
});
