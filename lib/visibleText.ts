/**
 * Control and format characters: bidi embeddings, overrides, isolates and marks (U+202A-202E,
 * U+2066-2069, U+200E/F, U+061C), zero-width ones (U+200B-200D, U+2060), the BOM, soft hyphens,
 * and lone surrogate halves.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Text someone else chose, as it may be shown: compatibility forms folded (NFKC: a full-width
 * "／" becomes "/"), every space or line break one space (a BOM, a space to JavaScript, is
 * invisible), invisible and bidi-control characters removed (so "lab-result\u202Efdp.exe" cannot
 * pass for "lab-resultexe.pdf"), spaces collapsed and trimmed. May return "".
 */
export function visibleText(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[^\S\uFEFF]/gu, " ")
    .replace(INVISIBLE, "")
    .replace(/ +/g, " ")
    .trim();
}
