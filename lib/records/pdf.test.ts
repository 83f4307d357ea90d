import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { notReallyPdf, passwordPdf, pdfWithScript, textPdf } from "../../e2e/support/pdfs";
import { recordView } from "./fileTypes";
import { MAX_CANVAS_PIXELS, openPdf, PDF_PAGE_LIMIT, pageScale, pagesShown, pdfProblem } from "./pdf";

/** Opens `bytes` and says what the viewer would: the page count, or the problem. */
async function open(bytes: Uint8Array) {
  const task = openPdf(pdfjs, bytes);
  try {
    const doc = await task.promise;
    return { pages: doc.numPages };
  } catch (error) {
    return { problem: pdfProblem(error) };
  } finally {
    await task.destroy();
  }
}

describe("openPdf", () => {
  it("reads the pages of a PDF and leaves the caller's bytes intact (pdf.js takes its copy)", async () => {
    const bytes = textPdf({ pages: ["one", "two", "three"] });
    const before = bytes.slice();
    expect(await open(bytes)).toEqual({ pages: 3 });
    expect(bytes).toEqual(before);
  });

  it("says a password-protected PDF needs its password", async () => {
    const bytes = passwordPdf("s3cret");
    expect(recordView("application/pdf", bytes)).toBe("pdf");
    expect(await open(bytes)).toEqual({ problem: "password" });
  });

  it("says bytes that only start like a PDF cannot be read", async () => {
    const bytes = notReallyPdf();
    expect(recordView("application/pdf", bytes)).toBe("pdf");
    expect(await open(bytes)).toEqual({ problem: "unreadable" });
  });

  it("opens a PDF that carries JavaScript as a document, without XFA", async () => {
    const task = openPdf(pdfjs, pdfWithScript("http://127.0.0.1:1"));
    const doc = await task.promise;
    // The scripts are there (pdf.js would hand them to a scripting sandbox CareKeys never loads)...
    expect(JSON.stringify([...((await doc.getJSActions()) ?? [])])).toContain("pdf-script-ran");
    // ...and the page draws like any other.
    const page = await doc.getPage(1);
    const operators = await page.getOperatorList();
    expect(operators.fnArray.length).toBeGreaterThan(0);
    expect(doc.isPureXfa).toBe(false);
    await task.destroy();
  });
});

describe("pagesShown", () => {
  it(`shows at most ${PDF_PAGE_LIMIT} pages and says how many are left out`, () => {
    expect(pagesShown(1)).toEqual({ shown: 1, omitted: 0 });
    expect(pagesShown(PDF_PAGE_LIMIT)).toEqual({ shown: PDF_PAGE_LIMIT, omitted: 0 });
    expect(pagesShown(PDF_PAGE_LIMIT + 150)).toEqual({ shown: PDF_PAGE_LIMIT, omitted: 150 });
  });
});

describe("pageScale", () => {
  const page = (width: number, height: number) => ({
    getViewport: ({ scale }: { scale: number }) => ({ width: width * scale, height: height * scale }),
  });
  const letter = page(612, 792);

  it("fills the width on the screen's pixel ratio", () => {
    expect(pageScale(letter as never, 612, 2)).toBeCloseTo(2);
    expect(pageScale(letter as never, 306, 1)).toBeCloseTo(0.5);
  });

  it("never enlarges a page past twice its size", () => {
    expect(pageScale(page(100, 100) as never, 2000, 1)).toBe(2);
  });

  // A writer chooses the page box: a page of 14,400 points square must not become a canvas of
  // hundreds of millions of pixels.
  it(`keeps every canvas under ${MAX_CANVAS_PIXELS} pixels, however large the page box`, () => {
    const scale = pageScale(page(612, 14_400 * 50) as never, 800, 2);
    expect(612 * scale * 14_400 * 50 * scale).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.0001);
  });

  // Regression (outside review): a floor of 0.01 overrode the cap, so /UserUnit 75000 asked for a
  // canvas of 10,800,000 pixels square, and a 1 x 30,000,000 page one of 2 x 60,000.
  it("keeps the cap for pages kilometres wide or as thin as a thread", () => {
    for (const [width, height] of [
      [612 * 75_000, 792 * 75_000],
      [1, 30_000_000],
    ]) {
      const scale = pageScale(page(width, height) as never, 800, 2);
      expect(width * scale * height * scale).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.0001);
    }
  });
});
