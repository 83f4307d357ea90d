import { describe, expect, it } from "vitest";
import { downloadFileName, MAX_NAME_LENGTH, shownFileName } from "./fileName";
import { FHIR_JSON } from "./fileTypes";

const text = (value: string) => new TextEncoder().encode(value);
const PDF = text("%PDF-1.7\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const EXE = text("MZ\x90\x00 not a pdf");

const pdf = (name: unknown) => ({
  meta: { name, type: "application/pdf" } as { name: string; type: string },
  content: PDF,
});
const shown = ({ meta, content }: ReturnType<typeof pdf>) => shownFileName(meta, content);
const saved = ({ meta, content }: ReturnType<typeof pdf>) => downloadFileName(meta, content);

describe("a record's file name", () => {
  it("keeps an ordinary name as it is, in any script", () => {
    for (const name of [
      "cardiology-letter.pdf",
      "Lab results 2025 (Riverside).pdf",
      "Müller Befund.pdf",
      "検査結果.pdf",
    ]) {
      expect(shown(pdf(name))).toBe(name);
      expect(saved(pdf(name))).toBe(name);
    }
    expect(shownFileName({ name: "Lab results from export.json", type: FHIR_JSON }, text("{}"))).toBe(
      "Lab results from export.json",
    );
  });

  // Regression (attack 6, finding 6): a writer's U+202E made "lab-result\u202Efdp.exe" read as
  // "Download lab-resultexe.pdf" for bytes that are no PDF at all.
  it("removes bidi and other invisible characters, so a name cannot pass for another type", () => {
    const spoof = { meta: { name: "lab-result\u202Efdp.exe", type: "application/pdf" }, content: EXE };
    expect(shown(spoof)).toBe("lab-resultfdp.exe");
    expect(saved(spoof)).toBe("lab-resultfdp.exe.bin");
    for (const control of [
      "\u200E",
      "\u200F",
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u061C",
      "\u200B",
      "\u200C",
      "\u200D",
      "\u2060",
      "\uFEFF",
      "\u00AD",
      "\u0000",
      "\u001B",
      "\u007F",
      "\uD800",
    ]) {
      expect(shown(pdf(`report${control}.pdf`)), `U+${control.codePointAt(0)?.toString(16)}`).toBe(
        "report.pdf",
      );
      expect(saved(pdf(`report${control}.pdf`))).toBe("report.pdf");
    }
    expect(shown(pdf("two\nlines\tand\u2028more.pdf"))).toBe("two lines and more.pdf");
  });

  // Regression (attack 6, finding 6): path characters were shown verbatim.
  it("never carries a path: separators become _, and . and .. steps are dropped", () => {
    expect(shown(pdf("../../..\\..\\Windows\\System32\\evil.pdf"))).toBe("Windows_System32_evil.pdf");
    expect(saved(pdf("../../..\\..\\Windows\\System32\\evil.pdf"))).toBe("Windows_System32_evil.pdf");
    expect(shown(pdf("/etc/passwd"))).toBe("etc_passwd");
    expect(shown(pdf("Results 03/2025.pdf"))).toBe("Results 03_2025.pdf");
    expect(shown(pdf("a\uFF0Fb\uFF3Cc\u2215d.pdf"))).toBe("a_b_c_d.pdf"); // full-width and division slashes
  });

  it("trims leading and trailing dots and spaces, so a name neither hides nor loses its extension", () => {
    expect(shown(pdf("  .hidden.pdf  "))).toBe("hidden.pdf");
    expect(shown(pdf("report.pdf. . "))).toBe("report.pdf");
    expect(saved(pdf("report.pdf..."))).toBe("report.pdf");
  });

  it("falls back to a plain name by what the file is when nothing is left", () => {
    for (const name of ["", "   ", "\u202E\u200B", "../..", "...", 42, null, undefined, { toString: "x" }]) {
      expect(shown(pdf(name))).toBe("record.pdf");
      expect(saved(pdf(name))).toBe("record.pdf");
    }
    expect(shownFileName({ name: "", type: "image/png" }, PNG)).toBe("record.png");
    expect(shownFileName({ name: "", type: "image/jpeg" }, JPEG)).toBe("record.jpg");
    expect(shownFileName({ name: "", type: FHIR_JSON }, text("{}"))).toBe("record.json");
    expect(downloadFileName({ name: "", type: "text/html" }, text("<p>"))).toBe("record.bin");
  });

  it("caps the length, keeping the extension of a download", () => {
    const long = `${"a".repeat(500)}.pdf`;
    expect([...shown(pdf(long))]).toHaveLength(MAX_NAME_LENGTH + 1);
    expect(shown(pdf(long)).endsWith("a…")).toBe(true);
    expect(saved(pdf(long))).toBe(`${"a".repeat(MAX_NAME_LENGTH - 4)}.pdf`);
    // Cut between whole characters: an accented letter or an emoji is never split.
    const accented = "e\u0301".repeat(300);
    expect(shown(pdf(accented)).normalize("NFC")).toBe(`${"é".repeat(MAX_NAME_LENGTH)}…`);
    expect([...saved(pdf("👩‍⚕️".repeat(300)))].every((c) => c !== "\uFFFD")).toBe(true);
  });

  it("saves under the extension of the bytes really served, whatever the writer named it", () => {
    // A real PDF keeps a .pdf name (in its own case) and gains .pdf when it has none or another.
    expect(saved(pdf("Scan.PDF"))).toBe("Scan.PDF");
    expect(saved(pdf("results"))).toBe("results.pdf");
    expect(saved(pdf("results.pdf.exe"))).toBe("results.pdf.exe.pdf");
    expect(downloadFileName({ name: "xray", type: "image/png" }, PNG)).toBe("xray.png");
    expect(downloadFileName({ name: "photo.jpeg", type: "image/jpeg" }, JPEG)).toBe("photo.jpeg");
    expect(downloadFileName({ name: "photo.png", type: "image/jpeg" }, JPEG)).toBe("photo.png.jpg");
    // Bytes CareKeys does not recognise are saved as opaque bytes: .bin, never the claimed type.
    expect(downloadFileName({ name: "scan.svg", type: "image/svg+xml" }, text("<svg/>"))).toBe(
      "scan.svg.bin",
    );
    expect(downloadFileName({ name: "xray.png", type: "image/png" }, text("<svg/>"))).toBe("xray.png.bin");
    expect(downloadFileName({ name: "letter.pdf", type: "application/pdf" }, EXE)).toBe("letter.pdf.bin");
    expect(downloadFileName({ name: "letter.pdf", type: 7 as unknown as string }, PDF)).toBe(
      "letter.pdf.bin",
    );
  });

  it("has no character Windows refuses in a download name", () => {
    expect(saved(pdf('Visit: "follow-up" <1|2>?*.pdf'))).toBe("Visit_ _follow-up_ _1_2___.pdf");
    expect(shown(pdf("Visit: follow-up.pdf"))).toBe("Visit: follow-up.pdf");
  });
});
