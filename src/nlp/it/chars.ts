// Character classes for the tokeniser, looked up by UTF-16 code unit in one table so the
// hot loop never runs a regular expression. The table is built once, on first use.

export const OTHER = 0;
export const SPACE = 1;
export const LOWER = 2;
/** Upper-case and title-case letters: the sentence splitter looks for these. */
export const UPPER = 3;
/** Letters without case (CJK, Arabic, …) and combining marks: part of a word. */
export const LETTER = 4;
export const DIGIT = 5;
/** Half of a surrogate pair: classified by code point in `classAt`. */
export const SURROGATE = 6;

let table: Uint8Array | undefined;

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const upper = /\p{Lu}|\p{Lt}/u;
  const lower = /\p{Ll}/u;
  const word = /[\p{L}\p{M}\p{Nl}\p{No}\p{Nd}]/u;
  const space = /[\s\p{Zs}\u200B\uFEFF]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (c >= 0x30 && c <= 0x39) t[c] = DIGIT;
    else if (space.test(ch)) t[c] = SPACE;
    else if (upper.test(ch)) t[c] = UPPER;
    else if (lower.test(ch)) t[c] = LOWER;
    else if (word.test(ch)) t[c] = LETTER;
  }
  // invisible characters that live inside words (soft hyphen, zero-width joiners, word
  // joiner): they must not cut "Vla\u00ADdi\u00ADvo\u00ADstok" into pieces
  for (const c of [0x00ad, 0x200c, 0x200d, 0x2060]) t[c] = LETTER;
  return t;
}

export function charTable(): Uint8Array {
  return (table ??= buildTable());
}

const astralUpper = /^[\p{Lu}\p{Lt}]$/u;
const astralWord = /^[\p{L}\p{M}\p{N}]$/u;

/** The class of the character at `i`; a lone surrogate is OTHER, a valid pair is classified by code point. */
export function classAt(text: string, i: number, t: Uint8Array): number {
  const c = t[text.charCodeAt(i)]!;
  if (c !== SURROGATE) return c;
  const cp = text.codePointAt(i)!;
  if (cp < 0x10000) return OTHER;
  const ch = String.fromCodePoint(cp);
  if (astralUpper.test(ch)) return UPPER;
  return astralWord.test(ch) ? LETTER : OTHER;
}

/** Width in code units of the character at `i` (2 for a valid surrogate pair). */
export function widthAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? 2 : 1;
}

export function isWordClass(c: number): boolean {
  return c === LOWER || c === UPPER || c === LETTER || c === DIGIT;
}

export function isLetterClass(c: number): boolean {
  return c === LOWER || c === UPPER || c === LETTER;
}
