import type { RecordMeta } from "../crypto/envelope";
import { visibleName } from "../text/visible";
import { type RecordView, recordView } from "./fileTypes";

/** The most characters of a record's name shown or saved (a name is a label, not a document). */
export const MAX_NAME_LENGTH = 120;

/** Path separators, and a division slash that looks like one and that Windows may turn into "/". */
const SEPARATORS = /[/\\\u2215]/u;
/** Characters Windows does not take in a file name. */
const RESERVED = /[<>:"|?*]/g;

/** What a saved file really is: the extension of the bytes the viewer serves, and others meaning the same. */
function servedExtensions(view: RecordView, type: unknown): readonly string[] {
  if (view === "pdf") return ["pdf"];
  if (view === "image") return type === "image/png" ? ["png"] : ["jpg", "jpeg"];
  if (view === "fhir") return ["json"];
  return ["bin"]; // application/octet-stream: opaque bytes, which no app should open as anything else
}

/** At most `max` characters, cut between whole characters (a letter keeps its accents). */
function capped(text: string, max: number): string {
  const segments = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)];
  if (segments.length <= max) return text;
  return segments
    .slice(0, max)
    .map((s) => s.segment)
    .join("");
}

/** Leading and trailing dots and spaces: a name never hides (".name") or loses its extension ("x.pdf."). */
const trimmed = (text: string) => text.replace(/^[. ]+|[. ]+$/g, "");

/**
 * A writer-chosen name without what could mislead or reach outside a file name: invisible and
 * bidi-control characters (see `visibleName`); path separators, with the "." and ".."
 * steps between them dropped and the rest joined by "_" ("../../Windows/evil.pdf" becomes
 * "Windows_evil.pdf"); leading and trailing dots and spaces. "" when nothing is left.
 */
function cleanName(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return visibleName(raw)
    .split(SEPARATORS)
    .map(trimmed)
    .filter((step) => step !== "")
    .join("_");
}

/** What a record's bytes are served as, decided from its claimed type and its first bytes. */
const viewOf = (meta: Pick<RecordMeta, "type">, content: Uint8Array) =>
  recordView(typeof meta.type === "string" ? meta.type : "", content);

/**
 * A record's name as CareKeys shows it (in the list, the viewer, the combined views): the name
 * its writer chose, cleaned and at most {@link MAX_NAME_LENGTH} characters, or a plain name
 * by what the file is ("record.pdf") when nothing of it is left.
 */
export function shownFileName(meta: Pick<RecordMeta, "name" | "type">, content: Uint8Array): string {
  const view = viewOf(meta, content);
  const name = cleanName(meta.name);
  if (name === "") return `record.${servedExtensions(view, meta.type)[0]}`;
  const short = trimmed(capped(name, MAX_NAME_LENGTH));
  return short.length < name.length ? `${short}…` : short;
}

/**
 * The name a record is saved under: the cleaned name, with no character Windows refuses, and
 * ending in the extension of what is really saved (a PDF as ".pdf"; bytes CareKeys does not
 * recognise, saved as application/octet-stream, as ".bin"), so a writer's "results.pdf.exe" or
 * a "scan.pdf" that is not a PDF is never saved as something an app would open as that type.
 */
export function downloadFileName(meta: Pick<RecordMeta, "name" | "type">, content: Uint8Array): string {
  const extensions = servedExtensions(viewOf(meta, content), meta.type);
  const name = cleanName(meta.name).replace(RESERVED, "_");
  const last = /\.([^.]+)$/.exec(name)?.[1];
  const extension = last !== undefined && extensions.includes(last.toLowerCase()) ? last : extensions[0];
  const stem = extension === last ? name.slice(0, -last.length - 1) : name;
  const cut = trimmed(capped(stem, MAX_NAME_LENGTH - extension.length - 1));
  return `${cut || "record"}.${extension}`;
}
