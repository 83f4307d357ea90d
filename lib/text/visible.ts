/**
 * Text from a file or the chain as it may be shown: without the characters that change how text
 * around them reads while showing nothing themselves. Bidi overrides and isolates (U+202A-202E,
 * U+2066-2069) can make "\u202Edetcefni ton\u202C" render as "not infected" while search reads the
 * stored letters; marks (U+200E/F, U+061C), zero-width spaces, the BOM and every other format
 * character (Unicode category Cf) go too, but a zero-width joiner between two pictographs stays (it
 * builds emoji such as 👩‍⚕️). Control characters (C0, C1) and lone surrogate halves go, except line
 * breaks and tabs, which the text keeps (a carriage return reads as a line break).
 */
export function visibleText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(HIDDEN, (char, offset: number, whole: string) => {
    if (char === "\n" || char === "\t") return char;
    const joinsPictographs =
      char === "\u200d" &&
      PICTOGRAPH_BEFORE.test(whole.slice(Math.max(0, offset - 4), offset)) &&
      PICTOGRAPH_AFTER.test(whole.slice(offset + 1, offset + 3));
    return joinsPictographs ? char : "";
  });
}

/** Also letters that draw nothing (Hangul fillers, the braille blank): a name of them looks empty. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** A pictograph, maybe with a variation selector or a skin tone, just before the joiner. */
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * A name someone else chose (a Directory entry, a file name), as one line: compatibility forms
 * folded (NFKC: a full-width "／" becomes "/"), {@link visibleText}, every space or line break one
 * space, trimmed, so "lab-result\u202Efdp.exe" cannot pass for "lab-resultexe.pdf". May return "".
 */
export function visibleName(raw: string): string {
  return visibleText(raw.normalize("NFKC")).replace(/\s/gu, " ").replace(/ +/g, " ").trim();
}
