// Names are compared as "pieces": lower-case, accent-free runs of letters and digits.
// Comparing pieces rather than tokens makes lookups indifferent to how the tokeniser
// split a name ("Jong-un" or "Jong", "-", "un"; "U.S." or "U", ".", "S", ".").

const PIECE = /[\p{L}\p{N}]+/gu;
const ONE_PIECE = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}/gu;

/** Lower-case, accent-free form of a word. Every token passes here: ASCII skips Unicode folding. */
export function foldPiece(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize("NFD").replace(MARKS, "").toLowerCase();
  }
  return word.toLowerCase();
}

/** The pieces of a name: "Kim Jong-un" → ["kim", "jong", "un"]. */
export function namePieces(name: string): string[] {
  if (ONE_PIECE.test(name)) return [foldPiece(name)];
  return (name.match(PIECE) ?? []).map(foldPiece);
}

/**
 * Appends the pieces of `text` (which starts at offset `base` of the article) to
 * `pieces`, with their offsets to `starts` and `ends`; returns how many. Every token of
 * every sentence passes here, so nothing is allocated but the folded strings.
 */
export function pushPieces(text: string, base: number, pieces: string[], starts: number[], ends: number[]): number {
  if (ONE_PIECE.test(text)) {
    pieces.push(foldPiece(text));
    starts.push(base);
    ends.push(base + text.length);
    return 1;
  }
  let count = 0;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
    pieces.push(foldPiece(m[0]));
    starts.push(base + m.index);
    ends.push(base + m.index + m[0].length);
    count++;
  }
  return count;
}

/** Slug for ids: "Corea del Nord" → "corea-del-nord". */
export function slugify(name: string): string {
  return namePieces(name).join("-");
}
