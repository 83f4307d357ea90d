import type { Hex } from "viem";
import { describe, expect, it } from "vitest";
import {
  addRows,
  dismiss,
  dismissReport,
  failAt,
  finish,
  moveTo,
  progressOf,
  settlePending,
  startFile,
  withDetails,
} from "./uploadProgress";

const file = { name: "export.json", size: 1200 };
const idA = "0xaa" as Hex;
const idB = "0xbb" as Hex;

describe("upload progress", () => {
  it("stops a failed file's bar at the step that failed, never at full (regression: a full bar beside 'Not added')", () => {
    let rows = addRows([], [startFile("1", file)]);
    rows = moveTo(rows, "1", "uploading");
    rows = failAt(rows, "1", "The storage node is not reachable.", "pending");
    expect(rows[0]).toMatchObject({ stage: "failed", failedAt: "uploading", recovery: "pending" });
    expect(progressOf(rows[0])).toBe(0.55);
    expect(progressOf(finish(rows, "1")[0])).toBe(1);
  });

  it("removes a 'Not added' row when the same file is added later, and keeps other files' rows", () => {
    let rows = addRows([], [startFile("1", file), startFile("2", { name: "other.json", size: 5 })]);
    rows = failAt(rows, "1", "no", "again");
    rows = failAt(rows, "2", "no", "fix");
    rows = addRows(rows, [startFile("3", file)]);
    rows = finish(rows, "3");
    expect(rows.map((r) => [r.id, r.stage])).toEqual([
      ["2", "failed"],
      ["3", "done"],
    ]);
    // A different file with the same name (another size) is not the same file.
    rows = addRows(rows, [startFile("4", { name: "other.json", size: 6 })]);
    expect(finish(rows, "4").map((r) => r.id)).toEqual(["2", "4"]);
  });

  it("marks a failed file added once its pending records are anchored by a retry", () => {
    let rows = withDetails([startFile("1", file)], "1", { recordIds: [idA, idB] });
    rows = failAt(moveTo(rows, "1", "anchoring"), "1", "rejected", "pending");
    expect(settlePending(rows, new Set([idB]))[0].stage).toBe("failed");
    expect(settlePending(rows, new Set())[0].stage).toBe("done");
  });

  it("lets every message be dismissed; an import report outlives the next batch until dismissed", () => {
    let rows = withDetails([startFile("1", file)], "1", {
      notImported: ["3 Encounter resources were not imported"],
    });
    rows = finish(rows, "1");
    rows = addRows(rows, [startFile("2", file)]);
    expect(rows.map((r) => r.id)).toEqual(["1", "2"]);
    expect(dismissReport(rows, "1")[0].notImported).toEqual([]);
    expect(addRows(dismissReport(rows, "1"), []).map((r) => r.id)).toEqual(["2"]);
    expect(dismiss(rows, "2").map((r) => r.id)).toEqual(["1"]);
  });
});
