import type { Bundle, Resource } from "@medplum/fhirtypes";
import { CATEGORY_LABEL, type Category } from "../consent/codes";
import type { RecordMeta } from "../crypto/envelope";
import { type FhirImport, ImportError, type NotImported, parseFhir } from "./fhir";
import { BINARY_TYPES, FHIR_JSON, startsWithMagic } from "./fileTypes";

/** One record about to be sealed: plaintext that stays on this device until it is encrypted. */
export type RecordDraft = { category: Category; meta: RecordMeta; content: Uint8Array; summary: string };

/**
 * What one file gives: its record drafts, the FHIR resources it held that CareKeys does not keep,
 * and how many of its entries are kept but not shown (marked entered in error); see `importReport`.
 */
export type PreparedFile = { drafts: RecordDraft[]; notImported: NotImported[]; enteredInError: number };

export { FHIR_JSON };

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

/**
 * Turns one chosen file into record drafts: FHIR JSON becomes one record per category, a PDF
 * or an image one record. The type comes from the bytes, not the file name. FHIR is validated in
 * full (the validator loads on the first FHIR file). Problems are {@link ImportError}s that say
 * what is wrong and what CareKeys accepts; a file with any problem gives no drafts at all.
 */
export async function prepareFile(
  file: { name: string; bytes: Uint8Array },
  options: {
    maxBytes: number;
    now?: Date;
    /** How FHIR is checked and filed: `parseFhir`, or the page's worker (`parseFhirInWorker`). */
    parse?: (text: string) => Promise<FhirImport>;
  },
): Promise<PreparedFile> {
  const createdAt = (options.now ?? new Date()).toISOString();
  if (file.bytes.length > options.maxBytes) {
    throw new ImportError(
      `"${file.name}" is ${mib(file.bytes.length)}, more than the ${mib(options.maxBytes)} CareKeys accepts per file.`,
    );
  }
  if (file.bytes.length === 0) throw new ImportError(`"${file.name}" is empty.`);
  const known = BINARY_TYPES.find((t) => startsWithMagic(file.bytes, t.magic));
  if (known) {
    const draft: RecordDraft = {
      category: known.category,
      meta: { name: file.name, type: known.type, createdAt },
      content: file.bytes,
      summary: known.type === "application/pdf" ? "PDF document" : "Image",
    };
    return { drafts: [draft], notImported: [], enteredInError: 0 };
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(file.bytes);
  if (!/^\s*[{[]/.test(text)) {
    throw new ImportError(
      `"${file.name}" is not a file type CareKeys accepts. Add FHIR R4 JSON, PDF, PNG or JPEG files.`,
    );
  }
  let parsed: Awaited<ReturnType<typeof parseFhir>>;
  try {
    parsed = await (options.parse ?? parseFhir)(text);
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(`"${file.name}": ${error.message}`);
    throw error;
  }
  const drafts = [...parsed.groups].map(([category, resources]): RecordDraft => {
    const bundle: Bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: resources.map((resource: Resource) => ({ resource })),
    };
    return {
      category,
      meta: { name: `${capitalize(CATEGORY_LABEL[category])} from ${file.name}`, type: FHIR_JSON, createdAt },
      content: new TextEncoder().encode(JSON.stringify(bundle)),
      summary: `${resources.length} ${resources.length === 1 ? "entry" : "entries"}`,
    };
  });
  return { drafts, notImported: parsed.notImported, enteredInError: parsed.enteredInError };
}

const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);
