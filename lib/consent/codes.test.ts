import { describe, expect, it } from "vitest";
import {
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

  it("makes random record ids that carry their category in the lowest byte", () => {
    const a = newRecordId("medications");
    const b = newRecordId("medications");
    expect(a).toMatch(/^0x[0-9a-f]{62}03$/);
    expect(a).not.toBe(b);
    expect(categoryOfRecordId(a)).toBe("medications");
  });
});
