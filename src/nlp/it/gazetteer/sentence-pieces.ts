import type { Sentence } from "../../../types.ts";
import { pushPieces } from "./pieces.ts";

// A sentence seen as gazetteer pieces (lower-case, accent-free letter/digit runs), each
// knowing its token, so a trie match can be mapped back to tokens and offsets. Computed
// once per sentence and shared by every stage that looks words up (names, roles, demonyms).

/** Never equal to a piece of a name: stands where punctuation breaks a name. */
const BARRIER = "\u0000";
/** Punctuation that may sit inside a name: hyphens, dots of initials, apostrophes, &. */
const INSIDE_NAME = /^[-‐‑.'’&]+$/;

export interface SentencePieces {
  pieces: string[];
  /** Token index of each piece. */
  token: number[];
  start: number[];
  end: number[];
  /** Index of each token's first piece (-1 for punctuation). */
  firstPiece: number[];
  /** Index after each token's last piece (-1 for punctuation). */
  endPiece: number[];
}

const memo = new WeakMap<Sentence, SentencePieces>();

export function sentencePieces(sentence: Sentence): SentencePieces {
  let sp = memo.get(sentence);
  if (!sp) {
    sp = computePieces(sentence);
    memo.set(sentence, sp);
  }
  return sp;
}

function computePieces(sentence: Sentence): SentencePieces {
  const sp: SentencePieces = { pieces: [], token: [], start: [], end: [], firstPiece: [], endPiece: [] };
  for (const tok of sentence.tokens) {
    const first = sp.pieces.length;
    const count = pushPieces(tok.text, tok.start, sp.pieces, sp.start, sp.end);
    if (count === 0) {
      sp.firstPiece.push(-1);
      sp.endPiece.push(-1);
      if (!INSIDE_NAME.test(tok.text)) {
        sp.pieces.push(BARRIER);
        sp.token.push(tok.index);
        sp.start.push(tok.start);
        sp.end.push(tok.end);
      }
      continue;
    }
    for (let k = 0; k < count; k++) sp.token.push(tok.index);
    sp.firstPiece.push(first);
    sp.endPiece.push(first + count);
  }
  return sp;
}
