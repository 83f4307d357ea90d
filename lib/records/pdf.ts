import type {
  PDFDocumentLoadingTask,
  PDFDocumentProxy,
  PDFPageProxy,
  PDFWorker,
} from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * PDF records drawn onto canvases with pdf.js, from the decrypted bytes in memory. A PDF is the
 * writer's file, so pdf.js is given nothing that lets the file act: its JavaScript never runs
 * (scripting lives only in pdf.js's viewer, which CareKeys does not load, and pdf.js 6 has no
 * eval-based code path left), XFA forms (HTML made from the file) stay off, and no annotation or
 * text layer is built, so a link in the file is at most a drawing, never a navigation.
 * The legacy build is used: it runs in the browsers patients still have (and in Node for tests).
 */
export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** The most pages shown; the rest of a longer document is a download away. */
export const PDF_PAGE_LIMIT = 100;

/** The largest image pdf.js decodes, in pixels (a 600 dpi A4 scan is about 35 million). */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

/** The largest canvas a page is drawn on, in pixels: a huge page box must not exhaust memory. */
export const MAX_CANVAS_PIXELS = 16 * 1024 * 1024;

/** The image decoders pdf.js loads on demand (JPEG 2000, JBIG2 scans), by file name. */
export const PDF_DECODERS = ["openjpeg.wasm", "jbig2.wasm"] as const;
export type PdfDecoderUrls = Partial<Record<(typeof PDF_DECODERS)[number], URL>>;

/**
 * pdf.js asks for helper files by name; this answers only for the decoders the app serves from its
 * own origin (nothing else is ever fetched for a PDF: no CMap or font URLs).
 */
function decoderFiles(urls: PdfDecoderUrls) {
  return class {
    async fetch({ filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const url = Object.hasOwn(urls, filename) ? urls[filename as keyof PdfDecoderUrls] : undefined;
      if (!url) throw new Error(`No ${filename} in this app`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${filename}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }
  };
}

/**
 * Starts reading `bytes` as a PDF. pdf.js moves the buffer it is given into its worker, so it gets
 * a copy and the caller's record stays intact (for the download). `worker` is the caller's pdf.js
 * worker (the browser's, from this origin); without one, pdf.js runs its worker code in-process.
 */
export function openPdf(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  { worker, decoders = {} }: { worker?: PDFWorker; decoders?: PdfDecoderUrls } = {},
): PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    data: bytes.slice(),
    worker,
    enableXfa: false,
    // The worker fetches nothing itself: the decoders come through the page (its connect-src);
    // fonts a file does not embed come from the system; colour profiles fall back to the file's
    // alternate colours; no range requests.
    useWorkerFetch: false,
    BinaryDataFactory: decoderFiles(decoders),
    useSystemFonts: true,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    disableWorkerRendering: true,
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

/** Why a PDF cannot be shown, in the terms the viewer explains to a patient. */
export type PdfProblem = "password" | "unreadable" | "complex";

/**
 * How long one page may take to draw. A tiny file can describe millions of drawing operations
 * (76 KB made 3 million, 1.2 GiB of the tab's memory): past this, the document and its worker are
 * ended and the patient is offered the download.
 */
export const PAGE_TIME_BUDGET_MS = 8_000;

/** Classifies a pdf.js failure: a password the patient would have to type, or a file it cannot read. */
export function pdfProblem(error: unknown): PdfProblem {
  return error instanceof Error && error.name === "PasswordException" ? "password" : "unreadable";
}

/** How many pages are shown and how many are left out. */
export function pagesShown(numPages: number): { shown: number; omitted: number } {
  const shown = Math.min(numPages, PDF_PAGE_LIMIT);
  return { shown, omitted: numPages - shown };
}

/**
 * The scale at which a page fills `cssWidth` CSS pixels on a screen of `pixelRatio`, never above
 * twice its size and never over {@link MAX_CANVAS_PIXELS}.
 */
export function pageScale(page: Pick<PDFPageProxy, "getViewport">, cssWidth: number, pixelRatio: number) {
  const { width, height } = page.getViewport({ scale: 1 });
  const fit = Math.min((cssWidth * pixelRatio) / width, 2 * pixelRatio);
  const cap = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  // The cap wins over any floor: a page that claims to be kilometres wide (/UserUnit) is drawn
  // tiny, never onto a canvas over the cap.
  const scale = Math.min(fit, cap);
  return Number.isFinite(scale) && scale > 0 ? scale : 0;
}

export type { PDFDocumentProxy, PDFPageProxy, PDFWorker };
