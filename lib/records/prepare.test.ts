import { describe, expect, it } from "vitest";
import { minimalPdf } from "./minimalPdf";
import { FHIR_JSON, prepareFile } from "./prepare";
import { syntheticPatientBundle } from "./synthetic";

const text = (s: string) => new TextEncoder().encode(s);
const options = { maxBytes: 1024 * 1024, now: new Date("2026-11-24T10:00:00Z") };

describe("prepareFile", () => {
  it("makes one record per category from a FHIR export", async () => {
    const { drafts, notImported } = await prepareFile(
      { name: "export.json", bytes: text(JSON.stringify(syntheticPatientBundle({ seed: 5 }))) },
      options,
    );
    expect(drafts.map((d) => d.category).sort()).toEqual(
      [
        "allergies",
        "conditions",
        "demographics",
        "immunizations",
        "labs",
        "medications",
        "socialHistory",
        "vitals",
      ].sort(),
    );
    expect(notImported).toEqual([]);
    expect(drafts.find((d) => d.category === "socialHistory")?.meta.name).toBe(
      "Social history from export.json",
    );
    const labs = drafts.find((d) => d.category === "labs")!;
    expect(labs.meta).toEqual({
      name: "Lab results from export.json",
      type: FHIR_JSON,
      createdAt: "2026-11-24T10:00:00.000Z",
    });
    expect(JSON.parse(new TextDecoder().decode(labs.content)).resourceType).toBe("Bundle");
  });

  it("passes on the resources a FHIR file held that CareKeys does not keep", async () => {
    const file = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: { resourceType: "Encounter", status: "finished", class: { code: "AMB" } } },
        {
          resource: {
            resourceType: "Observation",
            status: "final",
            code: { coding: [{ system: "http://loinc.org", code: "8867-4" }], text: "Heart rate" },
          },
        },
      ],
    };
    const prepared = await prepareFile({ name: "visit.json", bytes: text(JSON.stringify(file)) }, options);
    expect(prepared.drafts.map((d) => d.category)).toEqual(["vitals"]);
    expect(prepared.notImported).toEqual([{ resourceType: "Encounter", count: 1 }]);
  });

  it("recognises PDF, PNG and JPEG by their bytes, whatever the name", async () => {
    const first = async (file: { name: string; bytes: Uint8Array }) =>
      (await prepareFile(file, options)).drafts[0];
    expect(await first({ name: "letter", bytes: minimalPdf("hi") })).toMatchObject({
      category: "documents",
      meta: { type: "application/pdf" },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(await first({ name: "scan.pdf", bytes: png })).toMatchObject({
      category: "imaging",
      meta: { type: "image/png" },
    });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]);
    expect((await first({ name: "x", bytes: jpeg })).meta.type).toBe("image/jpeg");
  });

  it("names the problem with files it cannot take", async () => {
    await expect(
      prepareFile({ name: "huge.pdf", bytes: new Uint8Array(options.maxBytes + 200 * 1024) }, options),
    ).rejects.toThrow(/"huge.pdf" is 1.2 MiB, more than the 1.0 MiB CareKeys accepts per file/);
    await expect(prepareFile({ name: "empty.json", bytes: new Uint8Array(0) }, options)).rejects.toThrow(
      /"empty.json" is empty/,
    );
    await expect(prepareFile({ name: "notes.docx", bytes: text("PK\u0003\u0004") }, options)).rejects.toThrow(
      /not a file type CareKeys accepts. Add FHIR R4 JSON, PDF, PNG or JPEG files/,
    );
    await expect(
      prepareFile({ name: "a.json", bytes: text('{"resourceType":"Observation"}') }, options),
    ).rejects.toThrow(
      `"a.json": Observation #1 is not valid FHIR R4: 'status' is required (and 1 more problem).`,
    );
  });
});
