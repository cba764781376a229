// Names are compared as "pieces": lower-case, accent-free runs of letters and digits.
// Comparing pieces rather than tokens makes lookups indifferent to how the tokeniser
// split a name ("Jong-un" or "Jong", "-", "un"; "U.S." or "U", ".", "S", ".").

const PIECE = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Lower-case, accent-free form of a word. */
export function foldPiece(word: string): string {
  return word.normalize("NFD").replace(MARKS, "").toLowerCase();
}

/** The pieces of a name: "Kim Jong-un" → ["kim", "jong", "un"]. */
export function namePieces(name: string): string[] {
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
