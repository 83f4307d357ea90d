import { describe, expect, it } from "vitest";
import { describeTerms } from "./grants";
import { withCategory, withWriting } from "./terms";

describe("adding notes goes with reading clinical notes", () => {
  it("allowing notes shares clinical notes too; taking clinical notes away takes notes away", () => {
    const labs = { categories: ["labs" as const], write: false };
    const writing = withWriting(labs, true);
    expect(writing).toMatchObject({ categories: ["labs", "notes"], write: true });
    expect(withCategory(writing, "notes", false)).toMatchObject({ categories: ["labs"], write: false });
    expect(withCategory(writing, "vitals", true)).toMatchObject({
      categories: ["labs", "notes", "vitals"],
      write: true,
    });
    // Ticked then unticked: clinical notes came only with it, so they go (review T1).
    expect(withWriting(writing, false)).toMatchObject({ categories: ["labs"], write: false });
    // Picked by the patient first: they stay.
    const picked = withWriting(withCategory(labs, "notes", true), true);
    expect(withWriting(picked, false)).toMatchObject({ categories: ["labs", "notes"], write: false });
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
