import onnxProto from "onnx-proto";
import { type Address, getAddress, isAddress, isAddressEqual } from "viem";
import { z } from "zod";
import { modelCardSchema } from "../ai/card";
import { EnvelopeError, readHeader } from "../crypto/envelope";
import { PARTICIPANT_KIND, type ParticipantKind } from "../directory/kinds";
import { providerProfileSchema } from "../directory/metadata";
import { UploadRejected } from "../ipfs/acceptCar";
import { KEYRING_SCHEMA, KeyringError, readKeyring } from "../records/keyring";
import { NoteError, readNote, SEALED_NOTE_SCHEMA } from "../sharing/sealedNote";

// onnx-proto is CommonJS: its namespace comes through the default export under ESM.
const { onnx } = onnxProto;

/** What the upload route stores: CareKeys objects only. */
export const UPLOAD_KIND = {
  envelope: "record-envelope",
  keyring: "keyring",
  profile: "provider-profile",
  modelCard: "model-card",
  artifact: "model-artifact",
  note: "sealed-note",
} as const;
export type UploadKind = (typeof UPLOAD_KIND)[keyof typeof UPLOAD_KIND];

/** How much of an upload's file is read to tell what it is: JSON objects must fit in it whole. */
export const INSPECT_BYTES = 16 * 1024 * 1024;

/**
 * Who uploads, and what the chain says about them. The chain is asked lazily, only for what the
 * upload's kind needs (one read for most uploads, two at most); each read answers 503 when the
 * chain is unreachable.
 */
export type UploadContext = {
  /** The signed-in address. */
  address: Address;
  chainId: number;
  consentAddress: Address;
  /** The signed-in address's kind in the Directory (None when not registered). */
  participantKind: () => Promise<ParticipantKind>;
  /** Whether the signed-in address has registered a patient key in the Directory. */
  hasPatientKey: () => Promise<boolean>;
  /** Whether the signed-in address may add records of `category` for `patient` now (`ConsentRegistry.canWrite`). */
  canWrite: (patient: Address, category: number) => Promise<boolean>;
};

/** Said to someone who uploads records, keyrings or notes with no key or entry on the chain. */
export const SET_UP_KEY_FIRST =
  'Set up your encryption key first: on your CareKeys home page, press "Set up your encryption key" (one transaction), then upload again.';
export const REGISTER_TO_SEND_NOTES =
  "Only registered CareKeys users send notes: register in the Directory (clinics) or set up your encryption key (patients) first.";
export const NOT_YOUR_PATIENT =
  "You can upload records only for yourself, or for a patient whose consent lets you add notes.";

/** Public metadata, by schema: what it is, and which kind of participant publishes it. */
const METADATA = {
  "carekeys/provider-profile@1": {
    kind: UPLOAD_KIND.profile,
    schema: providerProfileSchema,
    by: PARTICIPANT_KIND.Provider,
  },
  "carekeys/model-card@2": {
    kind: UPLOAD_KIND.modelCard,
    schema: modelCardSchema,
    by: PARTICIPANT_KIND.Model,
  },
} as const;

const NOT_CAREKEYS =
  "CareKeys stores only its own objects: an encrypted record, a keyring, or a registered clinic's or AI model's public description. This file is none of them.";

/**
 * Tells what an upload's file is (`file`: its first bytes, `complete` if that is all of it) and
 * refuses anything that is not a CareKeys object: 415 for other files; 403 for an envelope of a
 * patient who is not the signed-in address and has not let it write, a keyring of someone else, a
 * note from someone else, public metadata from an address the Directory does not list, or
 * anything from an address with no identity on the chain.
 */
export async function checkUploadFormat(
  file: { bytes: Uint8Array; complete: boolean },
  context: UploadContext,
): Promise<UploadKind> {
  const { bytes } = file;
  if (bytes.length >= 4 && new TextDecoder().decode(bytes.subarray(0, 4)) === "CKEV") {
    await checkEnvelope(bytes, context);
    return UPLOAD_KIND.envelope;
  }
  if (bytes[0] !== 0x7b /* { */) {
    if (!file.complete || !isOnnxModel(bytes)) throw new UploadRejected(415, NOT_CAREKEYS);
    await requireParticipant(
      context,
      PARTICIPANT_KIND.Model,
      "Only AI models registered in the CareKeys Directory publish model files; register first.",
    );
    return UPLOAD_KIND.artifact;
  }
  if (!file.complete)
    throw new UploadRejected(415, `${NOT_CAREKEYS} (A JSON object over ${INSPECT_BYTES} bytes.)`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new UploadRejected(415, NOT_CAREKEYS);
  }
  const schema = z.object({ schema: z.string() }).safeParse(json).data?.schema;
  if (schema === KEYRING_SCHEMA) {
    checkKeyring(bytes, json, context);
    await requireIdentity(context, "patient key first", SET_UP_KEY_FIRST);
    return UPLOAD_KIND.keyring;
  }
  if (schema === SEALED_NOTE_SCHEMA) {
    checkNote(bytes, context);
    await requireIdentity(context, "Directory entry first", REGISTER_TO_SEND_NOTES);
    return UPLOAD_KIND.note;
  }
  const metadata = schema && schema in METADATA ? METADATA[schema as keyof typeof METADATA] : undefined;
  if (!metadata) throw new UploadRejected(415, NOT_CAREKEYS);
  const parsed = metadata.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UploadRejected(
      415,
      `This ${schema} document is malformed (${issue.path.join(".") || "document"}: ${issue.message}).`,
    );
  }
  await requireParticipant(
    context,
    metadata.by,
    metadata.by === PARTICIPANT_KIND.Model
      ? "Only AI models registered in the CareKeys Directory publish model cards; register first."
      : "Only clinics registered in the CareKeys Directory publish clinic profiles; register first.",
  );
  return metadata.kind;
}

/**
 * Finding 3 of the sixth outside review: a fresh key costs nothing, so a quota per address bounded
 * nothing. Keyrings and sealed notes are stored only for an address with an identity on the chain
 * (a registered patient key, or a Directory entry of any kind), which costs a transaction.
 * `first` says which of the two is asked first (the likelier one: a patient's key for keyrings,
 * a clinician's entry for notes), so most uploads cost one read.
 */
async function requireIdentity(
  context: UploadContext,
  first: "patient key first" | "Directory entry first",
  refusal: string,
): Promise<void> {
  const hasEntry = async () => (await context.participantKind()) !== PARTICIPANT_KIND.None;
  const [a, b] =
    first === "patient key first" ? [context.hasPatientKey, hasEntry] : [hasEntry, context.hasPatientKey];
  if (!(await a()) && !(await b())) throw new UploadRejected(403, refusal);
}

async function requireParticipant(
  context: UploadContext,
  kind: ParticipantKind,
  refusal: string,
): Promise<void> {
  if ((await context.participantKind()) !== kind) throw new UploadRejected(403, refusal);
}

/**
 * A model file as CareKeys models are: an ONNX ModelProto of standard operators only, one input
 * `x` and one output `risk`, at most 1 MiB, short descriptions, and nothing the ONNX schema does not
 * know (decoding and encoding again gives the same bytes: no unknown fields to hide a file in).
 * The upload route would otherwise host any bytes for anyone who registers as a model (review 5).
 */
export const MAX_MODEL_BYTES = 1024 * 1024;
const MAX_MODEL_TEXT = 2048;
const STANDARD_OPS = new Set([
  "Abs",
  "Add",
  "Clip",
  "Concat",
  "Div",
  "Exp",
  "Gather",
  "Gemm",
  "Identity",
  "Log",
  "MatMul",
  "Max",
  "Min",
  "Mul",
  "Neg",
  "Pow",
  "ReduceSum",
  "Relu",
  "Reshape",
  "Sigmoid",
  "Slice",
  "Softmax",
  "Sqrt",
  "Squeeze",
  "Sub",
  "Tanh",
  "Transpose",
  "Unsqueeze",
  "Where",
  "Cast",
  "Less",
  "Greater",
  "Equal",
  "Not",
  "And",
  "Or",
]);
function isOnnxModel(bytes: Uint8Array): boolean {
  if (bytes.length > MAX_MODEL_BYTES) return false;
  try {
    const model = onnx.ModelProto.decode(bytes);
    const again = onnx.ModelProto.encode(model).finish();
    if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) return false;
    const graph = model.graph;
    const nodes = graph?.node ?? [];
    if (!graph || nodes.length === 0 || model.opsetImport.length === 0) return false;
    const texts = [model.docString, graph.docString, ...model.metadataProps.map((p) => `${p.key}${p.value}`)];
    if (texts.some((t) => (t ?? "").length > MAX_MODEL_TEXT)) return false;
    const foreign = nodes.some(
      (n) => (n.domain ?? "") !== "" || !STANDARD_OPS.has(n.opType ?? "") || (n.docString ?? "").length > 0,
    );
    if (foreign) return false;
    const names = (list: { name?: string | null }[] | null | undefined) =>
      (list ?? []).map((v) => v.name).join();
    return names(graph.input) === "x" && names(graph.output) === "risk";
  } catch {
    return false;
  }
}

const envelopeSubject = z.object({
  patient: z.string().refine((value) => isAddress(value)),
  category: z.number().int().min(0).max(255),
});

/**
 * A record envelope of this network and consent contract, uploaded by its patient (with a
 * registered patient key) or by someone the chain lets write that category for the patient (a
 * clinician's note under a write grant). Anyone else gets 403: a free, unregistered key stores
 * nothing (finding 3 of the sixth outside review).
 */
async function checkEnvelope(bytes: Uint8Array, context: UploadContext): Promise<void> {
  let header: ReturnType<typeof readHeader>["header"];
  try {
    ({ header } = readHeader(bytes));
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    throw new UploadRejected(415, error.message);
  }
  let contract: Address | undefined;
  try {
    contract = getAddress(header.contract);
  } catch {
    contract = undefined;
  }
  if (header.chainId !== context.chainId || !contract || !isAddressEqual(contract, context.consentAddress)) {
    throw new UploadRejected(
      415,
      "This encrypted record was sealed for another network or consent contract than this CareKeys server's.",
    );
  }
  const subject = envelopeSubject.safeParse(header);
  if (!subject.success)
    throw new UploadRejected(415, "This encrypted record's header does not name its patient and category.");
  const patient = getAddress(subject.data.patient);
  if (isAddressEqual(patient, context.address)) {
    if (!(await context.hasPatientKey())) throw new UploadRejected(403, SET_UP_KEY_FIRST);
  } else if (!(await context.canWrite(patient, subject.data.category))) {
    throw new UploadRejected(403, NOT_YOUR_PATIENT);
  }
}

/**
 * A sealed note (a request's reason, a message) is its sender's: it must be well formed, for this
 * network and contract, and sent by the signed-in address. Its words stay sealed for the recipient.
 */
function checkNote(bytes: Uint8Array, context: UploadContext): void {
  let note: ReturnType<typeof readNote>;
  try {
    note = readNote(bytes);
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    throw new UploadRejected(415, error.message);
  }
  if (note.chainId !== context.chainId || !isAddressEqual(note.consent as Address, context.consentAddress)) {
    throw new UploadRejected(
      415,
      "This note was sealed for another network or consent contract than this server's.",
    );
  }
  if (!isAddressEqual(note.from as Address, context.address)) {
    throw new UploadRejected(403, "You can upload only notes you send yourself (from your address).");
  }
}

/**
 * A keyring is the patient's to write: its patient must be the signed-in address. Its holder is
 * the patient (their own keyring) or anyone they share with (a grantee's keyring, wrapped for the
 * grantee's Directory key); only the patient can point the chain at it (`publishKeyring`).
 */
function checkKeyring(bytes: Uint8Array, json: unknown, context: UploadContext): void {
  const holder = z.object({ holder: z.string() }).safeParse(json).data?.holder;
  try {
    readKeyring(bytes, {
      chainId: context.chainId,
      patient: context.address,
      holder: holder && isAddress(holder) ? holder : context.address,
    });
  } catch (error) {
    if (!(error instanceof KeyringError)) throw error;
    const status = error.message.includes("another patient") ? 403 : 415;
    throw new UploadRejected(
      status,
      status === 403
        ? "You can upload only keyrings of your own records (for your address, on this network)."
        : error.message,
    );
  }
}
