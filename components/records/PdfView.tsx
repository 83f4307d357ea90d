"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  openPdf,
  PAGE_TIME_BUDGET_MS,
  type PDFDocumentProxy,
  type PDFWorker,
  type PdfJs,
  type PdfProblem,
  pageScale,
  pagesShown,
  pdfProblem,
} from "@/lib/records/pdf";
import { Notice } from "../Notice";

type Loaded = { status: "loading" } | { status: "ready"; doc: PDFDocumentProxy; pdfjs: PdfJs } | PdfFailure;
type PdfFailure = { status: "failed"; problem: PdfProblem };

const PROBLEMS: Record<PdfProblem, string> = {
  password:
    "This PDF is protected by a password, so CareKeys cannot show it. Download it and open it in a PDF app, which will ask for the password.",
  unreadable:
    "CareKeys could not read this PDF: the file may be damaged or not really a PDF. You can download it and try another PDF app.",
  complex: "This PDF is too complex to draw here: a page took too long. Download it to read it in a PDF app.",
};

/**
 * A PDF record drawn onto canvases, page by page as they scroll into view (the first at once).
 * pdf.js parses the file in a worker served from this origin; the decrypted bytes go to it in
 * memory and nowhere else. Nothing in the file runs or navigates (see lib/records/pdf.ts).
 */
export function PdfView({ name, content }: { name: string; content: Uint8Array }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [endDocument, setEndDocument] = useState<(() => void) | null>(null);

  useEffect(() => {
    let port: Worker | null = null;
    let worker: PDFWorker | null = null;
    let task: ReturnType<typeof openPdf> | null = null;
    let stopped = false;
    setLoaded({ status: "loading" });
    (async () => {
      // Loaded only when a PDF is opened, and only in the browser.
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      if (stopped) return;
      port = new Worker(new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url), {
        type: "module",
      });
      worker = pdfjs.PDFWorker.create({ port });
      task = openPdf(pdfjs, content, {
        worker,
        decoders: {
          "openjpeg.wasm": new URL("pdfjs-dist/wasm/openjpeg.wasm", import.meta.url),
          "jbig2.wasm": new URL("pdfjs-dist/wasm/jbig2.wasm", import.meta.url),
        },
      });
      const doc = await task.promise;
      if (!stopped) setLoaded({ status: "ready", doc, pdfjs });
      if (!stopped) setEndDocument(() => end);
    })().catch((error: unknown) => {
      if (!stopped) setLoaded({ status: "failed", problem: pdfProblem(error) });
    });
    // Ends the document and the worker, and with them the worker's copy of the file.
    const end = () => {
      stopped = true;
      void task?.destroy();
      worker?.destroy();
      port?.terminate();
    };
    return end;
  }, [content]);
  const tooComplex = useCallback(() => {
    endDocument?.();
    setLoaded({ status: "failed", problem: "complex" });
  }, [endDocument]);

  if (loaded.status === "loading") {
    return (
      <p className="text-sm text-slate-600" role="status">
        Opening {name}…
      </p>
    );
  }
  if (loaded.status === "failed") {
    return (
      <Notice tone="warning" title="This PDF cannot be shown here">
        {PROBLEMS[loaded.problem]}
      </Notice>
    );
  }
  const { doc, pdfjs } = loaded;
  const { shown, omitted } = pagesShown(doc.numPages);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600" data-testid="pdf-page-count">
        {doc.numPages === 1 ? "1 page" : `${doc.numPages} pages`}
      </p>
      <ol className="max-w-3xl space-y-3" aria-label={`Pages of ${name}`}>
        {Array.from({ length: shown }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: pages are numbered, and never reorder
          <li key={i}>
            <PdfPage
              doc={doc}
              pdfjs={pdfjs}
              number={i + 1}
              total={doc.numPages}
              name={name}
              onTooComplex={tooComplex}
            />
          </li>
        ))}
      </ol>
      {omitted > 0 && (
        <Notice tone="info">
          CareKeys shows the first {shown} pages of this document. Download it to read the other {omitted}.
        </Notice>
      )}
    </div>
  );
}

/** One page: drawn when it comes near the screen (the first page at once), never twice. */
function PdfPage({
  doc,
  pdfjs,
  number,
  total,
  name,
  onTooComplex,
}: {
  doc: PDFDocumentProxy;
  pdfjs: PdfJs;
  number: number;
  total: number;
  name: string;
  onTooComplex: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<"waiting" | "drawn" | "failed">("waiting");

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let render: { cancel(): void } | null = null;
    let stopped = false;
    let budget: ReturnType<typeof setTimeout> | undefined;
    const draw = async () => {
      budget = setTimeout(() => {
        if (stopped) return;
        stopped = true;
        render?.cancel();
        onTooComplex();
      }, PAGE_TIME_BUDGET_MS);
      const page = await doc.getPage(number);
      if (stopped) return;
      const width = element.parentElement?.clientWidth || 800;
      const viewport = page.getViewport({ scale: pageScale(page, width, window.devicePixelRatio || 1) });
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      // Annotations with a drawn appearance are painted like the rest of the page; none becomes
      // an element (no links, no form fields), since no annotation layer is built.
      const task = page.render({ canvas: element, viewport, annotationMode: pdfjs.AnnotationMode.ENABLE });
      render = task;
      await task.promise;
      clearTimeout(budget);
      if (!stopped) setState("drawn");
    };
    const start = () => {
      draw().catch((error: unknown) => {
        if (!stopped && !(error instanceof pdfjs.RenderingCancelledException)) setState("failed");
      });
    };
    if (number === 1) {
      start();
      return () => {
        stopped = true;
        clearTimeout(budget);
        render?.cancel();
      };
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          start();
        }
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => {
      stopped = true;
      clearTimeout(budget);
      observer.disconnect();
      render?.cancel();
    };
  }, [doc, pdfjs, number, onTooComplex]);

  return (
    <figure className="space-y-1">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Page ${number} of ${total} of ${name}`}
        data-state={state}
        // Until drawn, a letter-sized space keeps later pages below the screen.
        className={`w-full rounded border bg-white ${state === "drawn" ? "h-auto" : "aspect-[612/792]"}`}
      />
      {state === "failed" && (
        <figcaption className="text-sm text-amber-900">
          Page {number} could not be drawn. Download the file to read it.
        </figcaption>
      )}
    </figure>
  );
}
