import type { ModelCard } from "./card";
import { type Answers, type InputRecord, type ReadInputs, readModelInputs } from "./inputs";

/**
 * "Run on this device": the model runs in the patient's own browser, on records decrypted there,
 * with onnxruntime-web (WebAssembly, one thread), loaded only when the patient asks. Nothing is
 * sent anywhere: no grant, no receipt, no result stored — the model file is fetched by its
 * registered CID and verified, the records never leave the page.
 */
export type OnDeviceResult = { inputs: ReadInputs; risk?: number };

type Ort = typeof import("onnxruntime-web");

let runtime: Promise<Ort> | null = null;

/** The runtime, loaded once per page on first use (it is about 10 MB of WebAssembly). */
function loadRuntime(): Promise<Ort> {
  runtime ??= import("onnxruntime-web/wasm").then((ort) => {
    ort.env.wasm.numThreads = 1; // no SharedArrayBuffer: the page is not cross-origin isolated
    ort.env.wasm.proxy = false;
    return ort as unknown as Ort;
  });
  return runtime;
}

export async function runOnDevice(input: {
  card: ModelCard;
  /** The registered artifact's bytes, already verified against its CID. */
  artifact: Uint8Array;
  records: readonly InputRecord[];
  answers?: Answers;
  asOf: Date;
}): Promise<OnDeviceResult> {
  const inputs = readModelInputs(input.card, input.records, { asOf: input.asOf, answers: input.answers });
  if (!inputs.ok) return { inputs };
  const ort = await loadRuntime();
  const session = await ort.InferenceSession.create(input.artifact, { executionProviders: ["wasm"] });
  try {
    const x = new ort.Tensor("float32", Float32Array.from(inputs.row), [1, inputs.row.length]);
    const out = await session.run({ x });
    return { inputs, risk: (out[session.outputNames[0]].data as Float32Array)[0] };
  } finally {
    await session.release();
  }
}
