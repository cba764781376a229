import type { Sentence } from "../types.ts";
import { gazetteer, longCuratedNames, type GazetteerHit } from "../nlp/it/gazetteer/index.ts";
import { RANK, type Candidate } from "./candidate.ts";
import type { SentencePieces } from "../nlp/it/gazetteer/sentence-pieces.ts";

// Names the gazetteer lists, found by walking the piece trie from every token start.
// A listed name must look like a name in the text: a capital first letter, and all
// capitals for acronyms ("USA", not the verb "usa").

const UPPER_START = /^[\p{Lu}\p{N}]/u;
const LOWER_CASE_MIN_PIECES = 4;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /\p{Ll}/u;

export function listedNames(sentence: Sentence, sp: SentencePieces, text: string): Candidate[] {
  const out: Candidate[] = [];
  const all = gazetteer();
  // Long curated names are names even in lower case: "consiglio per la sicurezza nazionale".
  const lowerCase = longCuratedNames(LOWER_CASE_MIN_PIECES);
  for (const tok of sentence.tokens) {
    const from = sp.firstPiece[tok.index]!;
    if (from < 0) continue;
    const capitalised = UPPER_START.test(tok.text);
    for (const [endPiece, hits] of (capitalised ? all : lowerCase).matchesAt(sp.pieces, from)) {
      const lastToken = sp.token[endPiece - 1]!;
      if (sp.endPiece[lastToken] !== endPiece) continue; // must end at a token boundary
      const start = sp.start[from]!;
      const end = sp.end[endPiece - 1]!;
      const surface = text.slice(start, end);
      const hit = bestHit(hits, surface);
      if (!hit) continue;
      const source = hit.entry.source;
      out.push({
        sentence: sentence.index,
        tokenStart: tok.index,
        tokenEnd: lastToken + 1,
        start,
        end,
        type: hit.entry.type,
        by: `gazetteer:${source}`,
        why: `"${surface}" is listed as ${hit.entry.type} ${hit.entry.name}${source === "kind-orgs" ? " (KIND organisation names)" : ""}`,
        rank: source === "kind-orgs" ? RANK.kind : RANK.curated,
        score: source === "kind-orgs" ? 0.6 : 0.95,
      });
    }
  }
  return out;
}

function letters(s: string): string {
  return s.normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
}

/** The preferred entry whose case rules the surface form meets. */
function bestHit(hits: readonly GazetteerHit[], surface: string): GazetteerHit | undefined {
  let best: GazetteerHit | undefined;
  for (const h of hits) {
    // Acronyms in capitals, or in the Italian title case from three letters ("Fbi", "Idf").
    if (h.entry.acronym && LOWER.test(surface) && !(TITLE_CASE.test(surface) && surface.length >= 3)) continue;
    // The long KIND list is trusted only as written: "CIO" is not "Ciò".
    if (h.entry.source === "kind-orgs" && letters(h.variant) !== letters(surface)) continue;
    if (!best || h.rank < best.rank) best = h;
  }
  return best;
}

/** The preferred gazetteer entry for a name as written, for resolution ("Mosca" → moscow). */
export function lookupName(surface: string, pieces: readonly string[]): GazetteerHit | undefined {
  for (const [end, hits] of gazetteer().matchesAt(pieces, 0)) {
    if (end === pieces.length) return bestHit(hits, surface);
  }
  return undefined;
}
