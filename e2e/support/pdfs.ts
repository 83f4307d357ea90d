import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

/**
 * Small PDFs for the viewer's tests, built from text so no binary fixture is committed: a document
 * of several pages, one that carries JavaScript, and bytes that only start like a PDF.
 * Cross-reference offsets are computed, so readers accept them without repairs.
 */

/** Where a PDF's script or link would report to if it ever ran or navigated. */
export const PDF_SCRIPT_MARKER = "/pdf-script-ran";

/**
 * A PDF with one page per entry of `pages` (a line of Helvetica text each). `extraObjects` are
 * numbered 4, 5, ... and can be referenced from `catalogEntries`, `pageEntries` and `trailerEntries`.
 */
export function textPdf({
  pages,
  extraObjects = [],
  catalogEntries = "",
  pageEntries = "",
  trailerEntries = "",
}: {
  pages: string[];
  extraObjects?: string[];
  catalogEntries?: string;
  pageEntries?: string;
  trailerEntries?: string;
}): Uint8Array {
  const firstPage = 4 + extraObjects.length;
  const pageRefs = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(" ");
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogEntries} >>`,
    `<< /Type /Pages /Kids [${pageRefs}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...extraObjects,
    ...pages.flatMap((text, i) => {
      const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
      const stream = `BT /F1 24 Tf 72 700 Td (${escaped}) Tj ET 0 0 1 rg 72 600 200 40 re f`;
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${firstPage + 2 * i + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> ${pageEntries} >>`,
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      ];
    }),
  ];
  return assemble(objects, trailerEntries);
}

/** A PDF file of `objects` (numbered from 1; the first is the catalog), bytes as latin1 characters. */
function assemble(objects: string[], trailerEntries = ""): Uint8Array {
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerEntries} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/**
 * A 32 x 32 JPEG 2000 codestream (made with OpenJPEG's opj_compress, lossless): a black square on
 * white. Scanned letters often carry their pages as JPEG 2000 or JBIG2, which pdf.js decodes with
 * WebAssembly.
 */
const JPX_SQUARE = Buffer.from(
  "/0//UQApAAAAAAAgAAAAIAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAABBwEB/1IADAAAAAEABQQEAAH/XAATQEBISFBISFBISFBISFBISFD/ZAAlAAFDcmVhdGVkIGJ5IE9wZW5KUEVHIHZlcnNpb24gMi41LjD/kAAKAAAAAAEqAAH/k8HyAQLPwAp+AFH4AQAGvwa7CIfPwBp+AND7QUAMNOYsmB8OYCS/3eUHpIl2D9+YjfmJR+AgIOnIMqcN3e2unnduYRe4DwkZ2pxkxNRz8GLwL/aS/yBKp5sksMH9kVBWEpS7zIC8p3L3z8B+fgOw+0TACQeqJcLtu0eDYaBIzyS0TCZKGfq+kBZ/4lJv7tvkbx1A5DlmEs4KimWNOMAKo7kiyvng3JTS+k9Z5xlFEpLbZiRY7HBXIPnMSFradJLhL8/Aln4EkPtCgBnqEO0QlCxu+VZi/Nz0sxGEgovhkhdmwrlduevle8ELbj94hbYg3g1jO0xELtdIzG2R9HoLxqkKvvozTyEVXdiD0HVKJ2dulE8V+6Fm1Z3+vTv8/9k=",
  "base64",
);

/** A one-page PDF whose only content is a JPEG 2000 image (no text): drawn only if its decoder loads. */
export function jpegImagePdf(): Uint8Array {
  const draw = "q 400 0 0 400 106 196 cm /Im1 Do Q";
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /XObject << /Im1 4 0 R >> >> >>",
    `<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode /Length ${JPX_SQUARE.length} >>\nstream\n${JPX_SQUARE.toString("latin1")}\nendstream`,
    `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
  ]);
}

/**
 * A one-page PDF whose JavaScript, if any viewer ran it, would retitle the page, reach into the
 * app and report to `appUrl` + {@link PDF_SCRIPT_MARKER}: on opening (/OpenAction), from the
 * document's named scripts, on showing the page (/AA), and behind a link covering the page.
 */
export function pdfWithScript(appUrl: string): Uint8Array {
  const report = `${appUrl}${PDF_SCRIPT_MARKER}`;
  const script = `document.title = "pdf-script-ran"; try { app.alert("ran"); } catch (e) {} try { this.submitForm("${report}"); } catch (e) {} try { app.launchURL("${report}", true); } catch (e) {}`;
  const action = `<< /Type /Action /S /JavaScript /JS (${script.replace(/[\\()]/g, (c) => `\\${c}`)}) >>`;
  return textPdf({
    pages: ["A letter with a script"],
    extraObjects: [
      action, // 4
      `<< /Names [(run) 4 0 R] >>`, // 5
      `<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /Border [0 0 0] /A << /S /URI /URI (${report}) >> >>`, // 6
    ],
    catalogEntries: "/OpenAction 4 0 R /Names << /JavaScript 5 0 R >> /AA << /WC 4 0 R >>",
    pageEntries: "/AA << /O 4 0 R >> /Annots [6 0 R]",
  });
}

/** Bytes that start as a PDF does and are nothing of the kind. */
export const notReallyPdf = () =>
  new TextEncoder().encode("%PDF-1.7\nThis is not a PDF: no objects, no trailer.\n");

/** The padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3). */
const PASSWORD_PAD = Buffer.from("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A", "hex");
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, "latin1"), PASSWORD_PAD]).subarray(0, 32);
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

/**
 * A one-page PDF that opens only with a user password (40-bit RC4, revision 2 of the standard
 * security handler): a reader without the password must ask for it.
 */
export function passwordPdf(userPassword: string): Uint8Array {
  const md5 = (...parts: Uint8Array[]) => createHash("md5").update(Buffer.concat(parts)).digest();
  const id = Buffer.from("00112233445566778899aabbccddeeff", "hex");
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const owner = rc4(md5(padded("owner")).subarray(0, 5), padded(userPassword));
  const user = rc4(md5(padded(userPassword), owner, permissions, id).subarray(0, 5), PASSWORD_PAD);
  return textPdf({
    pages: ["Sealed letter"],
    extraObjects: [
      `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString("hex")}> /U <${user.toString("hex")}> /P -4 >>`,
    ],
    trailerEntries: `/Encrypt 4 0 R /ID [<${id.toString("hex")}> <${id.toString("hex")}>]`,
  });
}

/**
 * A small PDF whose one page asks for millions of drawing operations: a content stream of
 * `operations` short line segments, Flate-compressed to a few tens of kilobytes (the outside
 * review's 76 KB file held 3 million and took 1.2 GiB of the tab's memory).
 */
export function operatorBombPdf(operations = 3_000_000): Uint8Array {
  const stream = deflateSync(Buffer.from("0 0 m 1 1 l S\n".repeat(operations), "latin1"));
  const head = Buffer.from(
    "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n",
    "latin1",
  );
  const objectHead = Buffer.from(
    `4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
    "latin1",
  );
  const objectTail = Buffer.from("\nendstream\nendobj\n", "latin1");
  const offsets = [9, head.indexOf("2 0 obj"), head.indexOf("3 0 obj"), head.length];
  const xrefAt = head.length + objectHead.length + stream.length + objectTail.length;
  const xref = Buffer.from(
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    "latin1",
  );
  return new Uint8Array(Buffer.concat([head, objectHead, stream, objectTail, xref]));
}
