import { sha256 } from "@noble/hashes/sha2.js";
import { type Address, bytesToHex, concatBytes, type Hex, hexToBytes } from "viem";
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey, randomBytes, utf8 } from "./aead";
import { unwrapKey, type WrappedKey, wrapKey } from "./ecies";

/**
 * The sealed form of one record (docs/envelope-format.md): magic "CKEV", a version byte, a
 * JSON header, then the payload in AES-256-GCM chunks under a random content key. The
 * content key is wrapped under the category key; the category key is wrapped for the patient.
 */
export const ENVELOPE_MAGIC = utf8("CKEV");
export const ENVELOPE_VERSION = 1;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const TAG = 16;

export type RecordContext = {
  chainId: number;
  contract: Address;
  patient: Address;
  recordId: Hex;
  category: number;
  generation: number;
};

/** What travels encrypted with the content: never in the clear. */
export type RecordMeta = { name: string; type: string; createdAt: string };

export type EnvelopeHeader = RecordContext & {
  v: 1;
  chunkSize: number;
  chunkCount: number;
  payloadSize: number;
  contentKey: { nonce: Hex; ct: Hex };
  categoryKey: WrappedKey;
};

export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvelopeError";
  }
}

const lower = (ctx: RecordContext) => [
  ctx.chainId,
  ctx.contract.toLowerCase(),
  ctx.patient.toLowerCase(),
  ctx.recordId.toLowerCase(),
  ctx.category,
  ctx.generation,
];

/** Associated data of the content key wrapped under the category key. */
export const contentKeyAad = (ctx: RecordContext) =>
  utf8(["carekeys/content-key/v1", ...lower(ctx)].join("|"));

/** Associated data of a category key wrapped for one holder (the patient or a grantee). */
export const categoryKeyAad = (
  ctx: Pick<RecordContext, "chainId" | "patient" | "category" | "generation">,
  holder: Address,
) =>
  utf8(
    [
      "carekeys/category-key/v1",
      ctx.chainId,
      ctx.patient.toLowerCase(),
      holder.toLowerCase(),
      ctx.category,
      ctx.generation,
    ].join("|"),
  );

function chunkNonce(index: number): Uint8Array {
  const nonce = new Uint8Array(12);
  new DataView(nonce.buffer).setUint32(8, index);
  return nonce;
}

function chunkAad(headerHash: Uint8Array, index: number, last: boolean): Uint8Array {
  const aad = new Uint8Array(37);
  aad.set(headerHash, 0);
  new DataView(aad.buffer).setUint32(32, index);
  aad[36] = last ? 1 : 0;
  return aad;
}

/** Content is committed to in pieces of this size, so that large files hash natively and in place. */
export const COMMITMENT_PIECE = 1024 * 1024;

/**
 * The commitment's salt has exactly this length. With any length allowed, a writer could move
 * the hash of the first piece into a longer salt and open the same anchor to a second content.
 */
export const SALT_BYTES = 32;

/**
 * The on-chain commitment: SHA-256(salt || SHA-256(piece 0) || SHA-256(piece 1) || ...) over
 * 1 MiB pieces of the content, with a salt of exactly 32 bytes. Reveals nothing without the
 * salt (which is inside the envelope); uses the platform's SHA-256 on views of the content,
 * without copying it.
 */
export async function contentCommitment(salt: Uint8Array, content: Uint8Array): Promise<Hex> {
  if (salt.length !== SALT_BYTES) {
    throw new EnvelopeError(`The record's salt has ${salt.length} bytes instead of ${SALT_BYTES}.`);
  }
  const subtle = globalThis.crypto.subtle;
  const pieces: Uint8Array[] = [salt];
  for (let offset = 0; offset < content.length; offset += COMMITMENT_PIECE) {
    const piece = content.subarray(offset, Math.min(content.length, offset + COMMITMENT_PIECE));
    pieces.push(new Uint8Array(await subtle.digest("SHA-256", piece as BufferSource)));
  }
  return bytesToHex(new Uint8Array(await subtle.digest("SHA-256", concatBytes(pieces) as BufferSource)));
}

export type SealInput = {
  content: Uint8Array;
  meta: RecordMeta;
  context: RecordContext;
  categoryKey: Uint8Array;
  patientPublicKey: Uint8Array;
  chunkSize?: number;
  /** Injectable for known-answer tests only. */
  random?: (n: number) => Uint8Array;
};

/**
 * Seals a record. The envelope comes as parts (the prefix with the header, then one part per
 * chunk) so that large files can be streamed into a CAR without a second copy in memory.
 */
export async function sealParts(input: SealInput) {
  const random = input.random ?? randomBytes;
  const chunkSize = input.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const salt = random(SALT_BYTES);
  const metaBytes = utf8(JSON.stringify({ ...input.meta, salt: bytesToHex(salt) }));
  const prefix = new Uint8Array(4 + metaBytes.length);
  new DataView(prefix.buffer).setUint32(0, metaBytes.length);
  prefix.set(metaBytes, 4);
  const payloadSize = prefix.length + input.content.length;
  const chunkCount = Math.max(1, Math.ceil(payloadSize / chunkSize));

  const contentKey = random(32);
  const contentKeyNonce = random(12);
  const categoryCryptoKey = await importAesKey(input.categoryKey);
  const header: EnvelopeHeader = {
    v: 1,
    ...input.context,
    chunkSize,
    chunkCount,
    payloadSize,
    contentKey: {
      nonce: bytesToHex(contentKeyNonce),
      ct: bytesToHex(
        await aesGcmEncrypt(categoryCryptoKey, contentKeyNonce, contentKey, contentKeyAad(input.context)),
      ),
    },
    categoryKey: await wrapKey(
      input.patientPublicKey,
      input.categoryKey,
      categoryKeyAad(input.context, input.context.patient),
      random,
    ),
  };
  const headerBytes = utf8(JSON.stringify(header));
  const headerHash = sha256(headerBytes);
  const start = new Uint8Array(9 + headerBytes.length);
  start.set(ENVELOPE_MAGIC, 0);
  start[4] = ENVELOPE_VERSION;
  new DataView(start.buffer).setUint32(5, headerBytes.length);
  start.set(headerBytes, 9);

  const key = await importAesKey(contentKey);
  const content = input.content;
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield start;
    for (let i = 0; i < chunkCount; i++) {
      const from = i * chunkSize;
      const to = Math.min(payloadSize, from + chunkSize);
      // The payload is prefix || content; build each chunk without copying the whole content.
      const chunk = new Uint8Array(to - from);
      if (from < prefix.length) chunk.set(prefix.subarray(from, Math.min(prefix.length, to)), 0);
      const contentFrom = Math.max(0, from - prefix.length);
      const contentTo = to - prefix.length;
      if (contentTo > 0)
        chunk.set(content.subarray(contentFrom, contentTo), Math.max(0, prefix.length - from));
      yield aesGcmEncrypt(key, chunkNonce(i), chunk, chunkAad(headerHash, i, i === chunkCount - 1));
    }
  }
  return {
    header,
    contentHash: await contentCommitment(salt, input.content),
    parts,
    size: start.length + payloadSize + TAG * chunkCount,
  };
}

/** Seals a record into one buffer. */
export async function sealRecord(
  input: SealInput,
): Promise<{ envelope: Uint8Array; contentHash: Hex; header: EnvelopeHeader }> {
  const sealed = await sealParts(input);
  const chunks: Uint8Array[] = [];
  for await (const part of sealed.parts()) chunks.push(part);
  return { envelope: concatBytes(chunks), contentHash: sealed.contentHash, header: sealed.header };
}

/** Reads the header without decrypting anything. */
export function readHeader(envelope: Uint8Array): {
  header: EnvelopeHeader;
  headerBytes: Uint8Array;
  bodyOffset: number;
} {
  if (envelope.length < 9 || !ENVELOPE_MAGIC.every((b, i) => envelope[i] === b)) {
    throw new EnvelopeError("This file is not a CareKeys record envelope.");
  }
  if (envelope[4] !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      `This record uses envelope version ${envelope[4]}, which this app cannot read yet.`,
    );
  }
  const length = new DataView(envelope.buffer, envelope.byteOffset, envelope.byteLength).getUint32(5);
  if (9 + length > envelope.length) throw new EnvelopeError("The record envelope is truncated.");
  const headerBytes = envelope.subarray(9, 9 + length);
  let header: EnvelopeHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(headerBytes)) as EnvelopeHeader;
  } catch {
    throw new EnvelopeError("The record envelope's header is damaged.");
  }
  return { header, headerBytes, bodyOffset: 9 + length };
}

export type OpenKeys = { categoryKey: Uint8Array } | { patientPrivateKey: Uint8Array };

/**
 * Opens an envelope: checks it belongs to `expected` (chain, contract, patient, record,
 * category), unwraps the keys, decrypts and authenticates every chunk, and recomputes the
 * content commitment. Any altered byte, wrong key or wrong context fails.
 */
export async function openRecord(
  envelope: Uint8Array,
  keys: OpenKeys,
  expected: Omit<RecordContext, "generation">,
) {
  const { header, headerBytes, bodyOffset } = readHeader(envelope);
  const mismatch = (["chainId", "contract", "patient", "recordId", "category"] as const).find(
    (field) => String(header[field]).toLowerCase() !== String(expected[field]).toLowerCase(),
  );
  if (mismatch)
    throw new EnvelopeError(`This envelope does not belong to this record (${mismatch} differs).`);
  const categoryKey =
    "categoryKey" in keys
      ? keys.categoryKey
      : await unwrapKey(keys.patientPrivateKey, header.categoryKey, categoryKeyAad(header, header.patient));
  const contentKey = await aesGcmDecrypt(
    await importAesKey(categoryKey),
    hexToBytes(header.contentKey.nonce),
    hexToBytes(header.contentKey.ct),
    contentKeyAad(header),
    "the record key",
  );
  const { chunkSize, chunkCount, payloadSize } = header;
  const expectedSize = bodyOffset + payloadSize + TAG * chunkCount;
  if (envelope.length !== expectedSize || chunkCount !== Math.max(1, Math.ceil(payloadSize / chunkSize))) {
    throw new EnvelopeError("The record envelope has the wrong length: it is truncated or has extra bytes.");
  }
  const key = await importAesKey(contentKey);
  const headerHash = sha256(headerBytes);
  const payload = new Uint8Array(payloadSize);
  let offset = bodyOffset;
  for (let i = 0; i < chunkCount; i++) {
    const plainLength = Math.min(chunkSize, payloadSize - i * chunkSize);
    const ct = envelope.subarray(offset, offset + plainLength + TAG);
    offset += plainLength + TAG;
    const plain = await aesGcmDecrypt(
      key,
      chunkNonce(i),
      ct,
      chunkAad(headerHash, i, i === chunkCount - 1),
      "the record",
    );
    payload.set(plain, i * chunkSize);
  }
  const metaLength = new DataView(payload.buffer).getUint32(0);
  const metaJson = JSON.parse(new TextDecoder().decode(payload.subarray(4, 4 + metaLength))) as RecordMeta & {
    salt: Hex;
  };
  const content = payload.subarray(4 + metaLength);
  const { salt, ...meta } = metaJson;
  if (typeof salt !== "string" || !/^0x[0-9a-fA-F]*$/.test(salt)) {
    throw new EnvelopeError("The record's salt is missing or not hex.");
  }
  return { header, meta, content, contentHash: await contentCommitment(hexToBytes(salt), content) };
}
