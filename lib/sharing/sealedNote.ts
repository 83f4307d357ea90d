import { type Address, bytesToHex, getAddress, isAddress, isAddressEqual, isHex } from "viem";
import { z } from "zod";
import { utf8 } from "../crypto/aead";
import { unwrapKey, wrapKey } from "../crypto/ecies";

/**
 * A short text for one reader, encrypted to their Directory (or identity) key: the reason a
 * clinician gives when asking a patient for access, a message that goes with a shared record.
 * The file on IPFS names the network, contract, sender, recipient and kind, and all of that is
 * bound to the ciphertext (AEAD associated data): a note moved to another request, sender or
 * recipient does not open. Only the recipient's key opens it; the server and the IPFS node see
 * the envelope, never the words.
 */
export const SEALED_NOTE_SCHEMA = "carekeys/sealed-note@1";

/** The most a note may say (characters): a reason or a message, not a record. */
export const MAX_NOTE_CHARACTERS = 2_000;

export const NOTE_KINDS = ["request-reason", "message"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const hex = z.string().refine((v) => isHex(v), "must be hex");
const address = z.string().refine((v) => isAddress(v), "must be an address");

export const sealedNoteSchema = z
  .object({
    schema: z.literal(SEALED_NOTE_SCHEMA),
    chainId: z.number().int().positive(),
    consent: address,
    kind: z.enum(NOTE_KINDS),
    from: address,
    to: address,
    /** The recipient's public key the note is sealed for (X25519, hex). */
    toKey: hex,
    sealed: z.object({
      epk: hex,
      nonce: hex,
      // At most the longest note in UTF-8 (4 bytes a character) plus the tag, in hex.
      ct: hex.refine(
        (v) => v.length <= 2 + 2 * (MAX_NOTE_CHARACTERS * 4 + 16),
        "is longer than a note may be",
      ),
    }),
  })
  .strict();
export type SealedNote = z.infer<typeof sealedNoteSchema>;

type NoteHeader = Omit<SealedNote, "schema" | "sealed">;

/** The associated data: every public field, in a fixed order. */
const aadOf = (h: NoteHeader) =>
  utf8(
    JSON.stringify([
      SEALED_NOTE_SCHEMA,
      h.chainId,
      getAddress(h.consent),
      h.kind,
      getAddress(h.from),
      getAddress(h.to),
      h.toKey.toLowerCase(),
    ]),
  );

export class NoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoteError";
  }
}

/** Seals `text` for the recipient's public key; the bytes to upload. */
export async function sealNote(
  text: string,
  header: Omit<NoteHeader, "toKey"> & { toPublicKey: Uint8Array },
): Promise<Uint8Array> {
  const words = text.trim();
  if (words.length === 0) throw new NoteError("Write a few words first.");
  if (words.length > MAX_NOTE_CHARACTERS)
    throw new NoteError(`Keep it under ${MAX_NOTE_CHARACTERS} characters (it has ${words.length}).`);
  const { toPublicKey, ...rest } = header;
  const toKey = bytesToHex(toPublicKey);
  const full: NoteHeader = { ...rest, toKey };
  const sealed = await wrapKey(toPublicKey, utf8(words), aadOf(full));
  const note: SealedNote = { schema: SEALED_NOTE_SCHEMA, ...full, sealed };
  return utf8(JSON.stringify(note));
}

/** Reads a note's public part, checked against what the reader expects (network, contract, kind). */
export function readNote(bytes: Uint8Array): SealedNote {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new NoteError("The note is not readable.");
  }
  const parsed = sealedNoteSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NoteError(`The note is malformed (${issue.path.join(".") || "note"}: ${issue.message}).`);
  }
  return parsed.data;
}

/**
 * Opens a note with the recipient's private key, after checking it was sent by `from` to `to`
 * on this network and contract: the words, or a {@link NoteError} that says why not.
 */
export async function openNote(
  bytes: Uint8Array,
  expected: { chainId: number; consent: Address; from: Address; to: Address; kind: NoteKind },
  privateKey: Uint8Array,
): Promise<string> {
  const note = readNote(bytes);
  if (
    note.chainId !== expected.chainId ||
    !isAddressEqual(note.consent as Address, expected.consent) ||
    !isAddressEqual(note.from as Address, expected.from) ||
    !isAddressEqual(note.to as Address, expected.to) ||
    note.kind !== expected.kind
  ) {
    throw new NoteError("This note was written for another request, sender, recipient or network.");
  }
  try {
    return new TextDecoder().decode(await unwrapKey(privateKey, note.sealed, aadOf(note)));
  } catch {
    throw new NoteError(
      "This note cannot be opened with your key: it was sealed for another key, or changed since.",
    );
  }
}
