import { type FhirImport, ImportError, parseFhir } from "./fhir";

/** How long a file's check may take before it is stopped with a message (a 10,000-resource export takes a few seconds). */
export const CHECK_TIMEOUT_MS = 120_000;

export type FhirWorkerAnswer =
  | { ok: true; result: FhirImport }
  | { ok: false; importError: boolean; message: string };

/**
 * `parseFhir` in a web worker of this origin, so validating a large export (10,000 resources
 * took 2.3 s of main thread in the outside review) never freezes the page; one worker per file,
 * ended when it answers. Where there is no `Worker` (Node: the seed, tests) it runs in place.
 * The plaintext stays on this device: the worker is a script of this origin with no network
 * (its policy, `WORKER_POLICY` in next.config.ts, allows no connection).
 */
export function parseFhirInWorker(text: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<FhirImport> {
  if (typeof Worker === "undefined" || typeof window === "undefined") return parseFhir(text);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./fhirWorker.ts", import.meta.url), { type: "module" });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(
        new ImportError(
          `Checking this file took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was stopped and nothing was added. Export a shorter period, or split the export into several files.`,
        ),
      );
    }, timeoutMs);
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<FhirWorkerAnswer>) => {
      end();
      const answer = event.data;
      if (answer.ok) resolve(answer.result);
      else reject(answer.importError ? new ImportError(answer.message) : new Error(answer.message));
    };
    worker.onerror = (event) => {
      end();
      event.preventDefault();
      reject(
        new Error(
          `The file could not be checked on this device (${event.message || "the checker stopped"}). Try again.`,
        ),
      );
    };
    worker.postMessage(text);
  });
}
