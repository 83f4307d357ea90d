import { describe, expect, it } from "vitest";
import {
  CATEGORY,
  CATEGORY_LABEL,
  categoriesIn,
  categoryMask,
  categoryOfRecordId,
  newRecordId,
  purposeMask,
  purposesIn,
} from "./codes";

describe("consent codes", () => {
  it("round-trips category and purpose masks", () => {
    expect(categoryMask(["vitals", "labs", "aiResults"])).toBe(0b10_0000_0011);
    expect(categoriesIn(0b10_0000_0011)).toEqual(["vitals", "labs", "aiResults"]);
    expect(purposeMask(["aiInference"])).toBe(0b10);
    expect(purposesIn(0b10)).toEqual(["aiInference"]);
    expect(purposesIn(purposeMask(["treatment", "emergency"]))).toEqual(["treatment", "emergency"]);
  });

  it("keeps the on-chain category bits: new categories are appended, none renumbered", () => {
    expect(Object.entries(CATEGORY)).toEqual([
      ["vitals", 0],
      ["labs", 1],
      ["conditions", 2],
      ["medications", 3],
      ["allergies", 4],
      ["immunizations", 5],
      ["notes", 6],
      ["imaging", 7],
      ["documents", 8],
      ["aiResults", 9],
      ["demographics", 10],
      ["socialHistory", 11],
      ["assessments", 12],
      ["otherResults", 13],
    ]);
    expect(CATEGORY_LABEL.socialHistory).toBe("social history");
    expect(categoriesIn(categoryMask(["socialHistory", "vitals"]))).toEqual(["vitals", "socialHistory"]);
    expect(categoryOfRecordId(newRecordId("socialHistory"))).toBe("socialHistory");
    expect(categoryOfRecordId(newRecordId("assessments"))).toBe("assessments");
  });

  it("makes random record ids that carry their category in the lowest byte", () => {
    const a = newRecordId("medications");
    const b = newRecordId("medications");
    expect(a).toMatch(/^0x[0-9a-f]{62}03$/);
    expect(a).not.toBe(b);
    expect(categoryOfRecordId(a)).toBe("medications");
  });
});
