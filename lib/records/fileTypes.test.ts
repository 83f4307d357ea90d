import { describe, expect, it } from "vitest";
import { recordView } from "./fileTypes";
import { FHIR_JSON } from "./prepare";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const PDF = text("%PDF-1.7\n");

describe("recordView", () => {
  it("shows PDFs, PNGs and JPEGs whose bytes match the claimed type", () => {
    expect(recordView("application/pdf", PDF)).toBe("pdf");
    expect(recordView("image/png", PNG)).toBe("image");
    expect(recordView("image/jpeg", JPEG)).toBe("image");
  });

  it("shows FHIR JSON as a table", () => {
    expect(recordView(FHIR_JSON, text('{"resourceType":"Bundle"}'))).toBe("fhir");
  });

  // Regression: the viewer rendered whatever type the writer put in the envelope, so an SVG or
  // HTML record ran its script on the app's origin.
  it("never shows types that can carry script: SVG, HTML, XML, JavaScript", () => {
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const type of [
      "image/svg+xml",
      "text/html",
      "application/xhtml+xml",
      "text/xml",
      "text/javascript",
    ]) {
      expect(recordView(type, svg)).toBe("download");
    }
  });

  it("does not show an image or PDF whose bytes are another type's", () => {
    const svg = text("<svg xmlns='http://www.w3.org/2000/svg'/>");
    expect(recordView("image/png", svg)).toBe("download");
    expect(recordView("image/jpeg", PNG)).toBe("download");
    expect(recordView("application/pdf", text("<html>%PDF-"))).toBe("download");
    expect(recordView("image/png", PNG.slice(0, 4))).toBe("download");
    expect(recordView("image/png", new Uint8Array())).toBe("download");
  });

  it("does not treat near-miss type names as known", () => {
    expect(recordView("IMAGE/PNG", PNG)).toBe("download");
    expect(recordView("image/png; charset=utf-8", PNG)).toBe("download");
    expect(recordView("toString", PNG)).toBe("download");
    expect(recordView("", PDF)).toBe("download");
  });
});
