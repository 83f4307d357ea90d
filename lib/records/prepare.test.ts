import { describe, expect, it } from "vitest";
import { minimalPdf } from "./minimalPdf";
import { FHIR_JSON, prepareFile } from "./prepare";
import { syntheticPatientBundle } from "./synthetic";

const text = (s: string) => new TextEncoder().encode(s);
const options = { maxBytes: 1024 * 1024, now: new Date("2026-11-24T10:00:00Z") };

describe("prepareFile", () => {
  it("makes one record per category from a FHIR export", () => {
    const drafts = prepareFile(
      { name: "export.json", bytes: text(JSON.stringify(syntheticPatientBundle({ seed: 5 }))) },
      options,
    );
    expect(drafts.map((d) => d.category).sort()).toEqual(
      ["allergies", "conditions", "demographics", "immunizations", "labs", "medications", "vitals"].sort(),
    );
    const labs = drafts.find((d) => d.category === "labs")!;
    expect(labs.meta).toEqual({
      name: "Lab results from export.json",
      type: FHIR_JSON,
      createdAt: "2026-11-24T10:00:00.000Z",
    });
    expect(JSON.parse(new TextDecoder().decode(labs.content)).resourceType).toBe("Bundle");
  });

  it("recognises PDF, PNG and JPEG by their bytes, whatever the name", () => {
    expect(prepareFile({ name: "letter", bytes: minimalPdf("hi") }, options)[0]).toMatchObject({
      category: "documents",
      meta: { type: "application/pdf" },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(prepareFile({ name: "scan.pdf", bytes: png }, options)[0]).toMatchObject({
      category: "imaging",
      meta: { type: "image/png" },
    });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]);
    expect(prepareFile({ name: "x", bytes: jpeg }, options)[0].meta.type).toBe("image/jpeg");
  });

  it("names the problem with files it cannot take", () => {
    expect(() =>
      prepareFile({ name: "huge.pdf", bytes: new Uint8Array(options.maxBytes + 200 * 1024) }, options),
    ).toThrow(/"huge.pdf" is 1.2 MiB, more than the 1.0 MiB CareKeys accepts per file/);
    expect(() => prepareFile({ name: "empty.json", bytes: new Uint8Array(0) }, options)).toThrow(
      /"empty.json" is empty/,
    );
    expect(() => prepareFile({ name: "notes.docx", bytes: text("PK\u0003\u0004") }, options)).toThrow(
      /not a file type CareKeys accepts. Add FHIR R4 JSON, PDF, PNG or JPEG files/,
    );
    expect(() =>
      prepareFile({ name: "a.json", bytes: text('{"resourceType":"Observation"}') }, options),
    ).toThrow(/^"a.json": Observation #1 is not valid FHIR R4/);
  });
});
