import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { failAt, finish, moveTo, startFile, withDetails } from "@/lib/records/uploadProgress";
import { AddRecords } from "./AddRecords";

type Uploads = Parameters<typeof AddRecords>[0]["uploads"];

/** The rows of two files as adding them leaves them: one added, one that failed at the upload. */
function rows() {
  let all = [
    startFile("a", { name: "added.json", size: 10 }),
    startFile("b", { name: "fails.json", size: 10 }),
  ];
  for (const id of ["a", "b"]) {
    all = withDetails(all, id, {
      notImported: [
        "3 Encounter resources were not imported: CareKeys does not keep encounters (visits) yet.",
      ],
    });
    all = moveTo(all, id, "uploading");
  }
  all = finish(all, "a");
  return failAt(all, "b", "The storage node did not answer.", "again");
}

describe("AddRecords", () => {
  // Walk 6 #12: a failed file said "✕ Not added" and, beneath, "Not everything in fails.json was imported".
  it("reports what an added file held that is not shown, and nothing of the kind for a file not added", () => {
    const progress = rows();
    const html = renderToStaticMarkup(
      createElement(AddRecords, { uploads: { progress, busy: false } as unknown as Uploads }),
    );
    const [added, failed] = html.split('aria-label="fails.json"');
    expect(added).toContain("Not everything in added.json is shown");
    expect(added).toContain("3 Encounter resources were not imported");
    expect(failed).toContain("Not added");
    expect(failed).toContain("Nothing from this file was added.");
    expect(failed).not.toContain("Not everything");
    expect(failed).not.toContain("Encounter");
  });
});
