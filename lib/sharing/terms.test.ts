import { describe, expect, it } from "vitest";
import { describeTerms } from "./grants";
import { withCategory, withWriting } from "./terms";

describe("adding notes goes with reading clinical notes", () => {
  it("allowing notes shares clinical notes too; taking clinical notes away takes notes away", () => {
    const labs = { categories: ["labs" as const], write: false };
    const writing = withWriting(labs, true);
    expect(writing).toEqual({ categories: ["labs", "notes"], write: true });
    expect(withWriting(writing, true).categories).toEqual(["labs", "notes"]);
    expect(withCategory(writing, "notes", false)).toEqual({ categories: ["labs"], write: false });
    expect(withCategory(writing, "vitals", true)).toEqual({
      categories: ["labs", "notes", "vitals"],
      write: true,
    });
    expect(withWriting(writing, false)).toEqual({ categories: ["labs", "notes"], write: false });
  });

  it("the summary says notes may be added, and that records of the shared kinds may be added", () => {
    const sentence = describeTerms(
      { name: "Dr. Maya Rivera, Riverside Clinic", verified: true },
      {
        categories: ["labs", "notes"],
        purposes: ["treatment"],
        expiresAt: new Date(Date.UTC(2027, 2, 5)),
        write: true,
      },
    );
    expect(sentence).toMatch(/can add notes/);
  });
});
