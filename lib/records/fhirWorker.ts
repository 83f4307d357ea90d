// A web worker that validates and files one FHIR file, so a large export (up to 10,000
// resources) does not freeze the page while it is checked. Started by `parseFhirInWorker`.
import { ImportError, parseFhir } from "./fhir";
import type { FhirWorkerAnswer } from "./parseInWorker";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage: (answer: FhirWorkerAnswer) => void;
};

scope.onmessage = async (event) => {
  try {
    scope.postMessage({ ok: true, result: await parseFhir(event.data) });
  } catch (error) {
    scope.postMessage({
      ok: false,
      importError: error instanceof ImportError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
