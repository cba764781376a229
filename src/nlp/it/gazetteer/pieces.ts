// Names are compared as "pieces": lower-case, accent-free runs of letters and digits.
// Comparing pieces rather than tokens makes lookups indifferent to how the tokeniser
// split a name ("Jong-un" or "Jong", "-", "un"; "U.S." or "U", ".", "S", ".").

/** A letter or digit: what pieces are runs of. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;
/** 1 for the ASCII letters and digits: most text is ASCII, and is read without a regex. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Code units of the letter or digit at `text[i]` (2 for one outside the BMP), or 0 for
 * anything else (punctuation, spaces, combining marks, lone surrogates).
 */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c]!;
  const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

/** Code units of the non-piece character at `text[i]`. */
function otherCharAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** Lower-case, accent-free form of a word. Every token passes here: ASCII skips Unicode folding. */
export function foldPiece(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize("NFD").replace(MARKS, "").toLowerCase();
  }
  return word.toLowerCase();
}

/** Where the first piece at or after `i` starts (`text.length` when none does). */
function pieceStart(text: string, i: number): number {
  while (i < text.length && wordCharAt(text, i) === 0) i += otherCharAt(text, i);
  return i;
}

/** Where the piece starting at `start` ends. */
function pieceEnd(text: string, start: number): number {
  let end = start;
  for (let w = wordCharAt(text, end); w > 0; w = wordCharAt(text, end)) end += w;
  return end;
}

/** The folded piece text[start, end): the text itself when it is one piece. */
function foldedPiece(text: string, start: number, end: number): string {
  return foldPiece(end - start === text.length ? text : text.slice(start, end));
}

/** The pieces of a name: "Kim Jong-un" → ["kim", "jong", "un"]. */
export function namePieces(name: string): string[] {
  const out: string[] = [];
  for (let i = pieceStart(name, 0); i < name.length; ) {
    const end = pieceEnd(name, i);
    out.push(foldedPiece(name, i, end));
    i = pieceStart(name, end);
  }
  return out;
}

/** The first piece of a name (`namePieces(name)[0]`), without reading the others. */
export function firstPiece(name: string): string | undefined {
  const start = pieceStart(name, 0);
  return start < name.length ? foldedPiece(name, start, pieceEnd(name, start)) : undefined;
}

/**
 * Appends the pieces of `text` (which starts at offset `base` of the article) to
 * `pieces`, with their offsets to `starts` and `ends`; returns how many. Every token of
 * every sentence passes here, so nothing is allocated but the folded strings.
 */
export function pushPieces(text: string, base: number, pieces: string[], starts: number[], ends: number[]): number {
  let count = 0;
  for (let i = pieceStart(text, 0); i < text.length; ) {
    const end = pieceEnd(text, i);
    pieces.push(foldedPiece(text, i, end));
    starts.push(base + i);
    ends.push(base + end);
    count++;
    i = pieceStart(text, end);
  }
  return count;
}

/** Slug for ids: "Corea del Nord" → "corea-del-nord". */
export function slugify(name: string): string {
  return namePieces(name).join("-");
}
