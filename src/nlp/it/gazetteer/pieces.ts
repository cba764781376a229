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

/** A piece with where it sits in the text it came from. */
export interface PieceAt {
  piece: string;
  /** Offsets of the piece's characters in the source text. */
  start: number;
  end: number;
}

/** Pieces of `text` (which starts at offset `base` of the article) with their offsets. */
export function piecesAt(text: string, base: number): PieceAt[] {
  if (ONE_PIECE.test(text)) return [{ piece: foldPiece(text), start: base, end: base + text.length }];
  const out: PieceAt[] = [];
  for (const m of text.matchAll(PIECE)) {
    out.push({ piece: foldPiece(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Slug for ids: "Corea del Nord" → "corea-del-nord". */
export function slugify(name: string): string {
  return namePieces(name).join("-");
}
