import type { Category } from "../consent/codes";

/** The type of a FHIR R4 JSON record (a Bundle or resources of one category). */
export const FHIR_JSON = "application/fhir+json";

/**
 * How a decrypted record may be shown. The type in a record's envelope is chosen by whoever wrote
 * it, so it is a claim, not a fact: shown are only the types CareKeys renders safely, and images
 * and PDFs only when their bytes start as the claimed type does. An SVG or HTML file opened on
 * the app's origin would run its script where the identity key lives; anything not listed here
 * is offered as a download of opaque bytes instead.
 */
export type RecordView = "pdf" | "image" | "fhir" | "download";

/** The binary files CareKeys takes and shows, known by their first bytes (not by name or claim). */
export const BINARY_TYPES = [
  { type: "application/pdf", category: "documents", view: "pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    type: "image/png",
    category: "imaging",
    view: "image",
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: "image/jpeg", category: "imaging", view: "image", magic: [0xff, 0xd8, 0xff] },
] as const satisfies readonly {
  type: string;
  category: Category;
  view: "pdf" | "image";
  magic: readonly number[];
}[];

/** Whether `bytes` start with `magic`. */
export const startsWithMagic = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

/** The MIME type every download is given: a browser neither renders nor sniffs it. */
export const DOWNLOAD_TYPE = "application/octet-stream";

/** Decides how a record whose envelope claims `type` is shown, from the claim and the bytes. */
export function recordView(type: string, content: Uint8Array): RecordView {
  if (type === FHIR_JSON) return "fhir";
  const known = BINARY_TYPES.find((entry) => entry.type === type);
  return known && startsWithMagic(content, known.magic) ? known.view : "download";
}
