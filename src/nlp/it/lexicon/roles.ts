// Role titles of people in the news, and a matcher over a sentence's tokens.
// Resolution uses it to read "il ministro degli Esteri russo Sergei Lavrov" (a role
// phrase naming one person); relations use it for HOLDS_ROLE. Usage:
//   const m = matchRole(sentence.tokens.map((t) => t.text), i);
//   if (m) { m.title /* "ministro degli Esteri" */; m.tokenEnd; m.former; m.family }
// Titles are matched case- and accent-insensitively, longest first; an elided
// preposition counts as its word ("dell'Interno" = "dell Interno").
import type { Sentence } from "../../../types.ts";
import { namePieces } from "../gazetteer/pieces.ts";
import { sentencePieces, type SentencePieces } from "../gazetteer/sentence-pieces.ts";
import { PieceTrie } from "../gazetteer/trie.ts";

/**
 * Offices, not characterisations: "il dittatore nordcoreano" describes Kim Jong-un but
 * is no title he holds, so it is not listed.
 * Titles as they are printed; `family` groups titles that name the same post in news
 * usage ("il leader nordcoreano" = "il presidente nordcoreano" = "il dittatore nordcoreano").
 */
const TITLES: Array<[title: string, family: string]> = [
  ["presidente", "leader"],
  ["presidente eletto", "leader"],
  ["neo presidente", "leader"],
  ["neopresidente", "leader"],
  ["presidentessa", "leader"],
  ["leader", "leader"],
  ["leader supremo", "leader"],
  ["co-leader", "leader"],
  ["coleader", "leader"],
  ["co-presidente", "leader"],
  ["copresidente", "leader"],
  ["guida suprema", "leader"],
  ["capo di Stato", "leader"],
  ["re", "monarch"],
  ["regina", "monarch"],
  ["emiro", "monarch"],
  ["principe ereditario", "monarch"],
  ["papa", "pope"],
  ["pontefice", "pope"],
  ["vicepresidente", "vicepresidente"],
  ["vicepremier", "vicepremier"],
  ["vice premier", "vicepremier"],
  ["vicecancelliere", "vicepremier"],
  ["vicesegretario", "vicesegretario"],
  ["vicesindaco", "vicesindaco"],
  ["vicecomandante", "comandante"],
  ["vice presidente", "vicepresidente"],
  ["primo ministro", "premier"],
  ["prima ministra", "premier"],
  ["premier", "premier"],
  ["capo del governo", "premier"],
  ["presidente del Consiglio", "premier-it"],
  ["presidente del Consiglio dei ministri", "premier-it"],
  ["presidente della Repubblica", "head of state"],
  ["capo dello Stato", "head of state"],
  ["cancelliere", "premier"],
  ["cancelliera", "premier"],
  ["cancelliere dello Scacchiere", "ministro dell'Economia"],
  ["cancelliera dello Scacchiere", "ministro dell'Economia"],
  ["ministro", "ministro"],
  ["ministra", "ministro"],
  ["ministro degli Esteri", "ministro degli Esteri"],
  ["ministra degli Esteri", "ministro degli Esteri"],
  ["ministro degli Affari Esteri", "ministro degli Esteri"],
  ["capo della diplomazia", "ministro degli Esteri"],
  ["segretario di Stato", "ministro degli Esteri"],
  ["ministro della Difesa", "ministro della Difesa"],
  ["ministra della Difesa", "ministro della Difesa"],
  ["segretario alla Difesa", "ministro della Difesa"],
  ["segretario al Tesoro", "ministro dell'Economia"],
  ["segretario al Commercio", "ministro"],
  ["Alto rappresentante", "alto rappresentante"],
  ["Alta rappresentante", "alto rappresentante"],
  ["alto commissario", "alto commissario"],
  ["alta commissaria", "alto commissario"],
  ["commissario", "commissario"],
  ["commissaria", "commissario"],
  ["commissario europeo", "commissario"],
  ["commissaria europea", "commissario"],
  ["segretario della Difesa", "ministro della Difesa"],
  ["ministro dell'Interno", "ministro dell'Interno"],
  ["ministro dell'Economia", "ministro dell'Economia"],
  ["ministro delle Finanze", "ministro dell'Economia"],
  ["ministro della Giustizia", "ministro della Giustizia"],
  ["vice ministro", "vice ministro"],
  ["viceministro", "vice ministro"],
  ["vice ministro degli Esteri", "vice ministro degli Esteri"],
  ["viceministro degli Esteri", "vice ministro degli Esteri"],
  ["vice ministro della Difesa", "vice ministro della Difesa"],
  ["viceministro della Difesa", "vice ministro della Difesa"],
  ["sottosegretario", "sottosegretario"],
  ["segretario generale", "segretario generale"],
  ["segretario", "segretario"],
  ["portavoce", "portavoce"],
  ["consigliere", "consigliere"],
  ["consigliere per la sicurezza", "consigliere per la sicurezza"],
  ["consigliere per la sicurezza nazionale", "consigliere per la sicurezza"],
  ["consigliere alla sicurezza nazionale", "consigliere per la sicurezza"],
  ["ambasciatore", "ambasciatore"],
  ["ambasciatrice", "ambasciatore"],
  ["omologo", "omologo"],
  ["omologa", "omologo"],
  ["inviato", "inviato"],
  ["inviato speciale", "inviato"],
  ["sindaco", "sindaco"],
  ["governatore", "governatore"],
  ["governatrice", "governatore"],
  ["senatore", "senatore"],
  ["senatrice", "senatore"],
  ["deputato", "deputato"],
  ["deputata", "deputato"],
  ["generale", "generale"],
  ["comandante", "comandante"],
  ["capo di stato maggiore", "capo di stato maggiore"],
  ["ammiraglio", "ammiraglio"],
  ["direttore", "direttore"],
  ["direttrice", "direttore"],
  ["direttore generale", "direttore"],
  ["direttrice generale", "direttore"],
  ["amministratrice delegata", "amministratore delegato"],
  ["presidente del consiglio di amministrazione", "presidente del cda"],
  ["assessore", "assessore"],
  ["assessora", "assessore"],
  ["consigliere regionale", "consigliere regionale"],
  ["consigliera regionale", "consigliere regionale"],
  ["consigliere comunale", "consigliere comunale"],
  ["consigliera comunale", "consigliere comunale"],
  ["capogruppo", "capogruppo"],
  ["eurodeputato", "eurodeputato"],
  ["eurodeputata", "eurodeputato"],
  ["europarlamentare", "eurodeputato"],
  ["prefetto", "prefetto"],
  ["questore", "questore"],
  ["procuratore", "procuratore"],
  ["procuratrice", "procuratore"],
  ["procuratore capo", "procuratore"],
  ["rettore", "rettore"],
  ["rettrice", "rettore"],
  ["amministratore delegato", "amministratore delegato"],
  ["ceo", "amministratore delegato"],
  ["fondatore", "fondatore"],
  // Feminine forms of titles listed above in the masculine: news uses both.
  ["segretaria", "segretario"],
  ["segretaria generale", "segretario generale"],
  ["vicesegretaria", "vicesegretario"],
  ["sottosegretaria", "sottosegretario"],
  ["segretaria di Stato", "ministro degli Esteri"],
  ["sindaca", "sindaco"],
  ["vicesindaca", "vicesindaco"],
  ["consigliera", "consigliere"],
  ["consigliera per la sicurezza nazionale", "consigliere per la sicurezza"],
  ["ministra dell'Interno", "ministro dell'Interno"],
  ["ministra dell'Economia", "ministro dell'Economia"],
  ["ministra delle Finanze", "ministro dell'Economia"],
  ["ministra della Giustizia", "ministro della Giustizia"],
  ["viceministra", "vice ministro"],
  ["viceministra degli Esteri", "vice ministro degli Esteri"],
  ["fondatrice", "fondatore"],
  ["capo", "capo"],
  // "X, alla guida della Y", "X, a capo della Y", "il numero uno della Y X": who leads a body.
  ["alla guida", "capo"],
  ["a capo", "capo"],
  ["numero uno", "capo"],
];

/** Words before a title that make the role a former one. */
// Pieces are unaccented: "già" is read as "gia".
const FORMER = new Set(["ex", "allora", "già", "gia", "former"]);

export interface RoleTitle {
  /** The title as printed: "ministro degli Esteri". */
  title: string;
  /** Titles of one post share a family ("presidente", "leader", "dittatore" → "leader"). */
  family: string;
}

export interface RoleMatch extends RoleTitle {
  /** Token range of the title itself (without "ex"). */
  tokenStart: number;
  tokenEnd: number;
  /** "ex ambasciatore", "l'allora presidente". */
  former: boolean;
}

let trie: PieceTrie<RoleTitle> | undefined;
/** First words of titles: most tokens are ruled out by one lookup. */
let firstWords: Set<string> | undefined;

function roleTrie(): PieceTrie<RoleTitle> {
  if (trie) return trie;
  trie = new PieceTrie<RoleTitle>();
  firstWords = new Set();
  for (const [title, family] of TITLES) {
    const pieces = namePieces(title);
    trie.add(pieces, { title, family });
    firstWords.add(pieces[0]!);
  }
  return trie;
}

/** Lower-case word of a token: "dell’" → "dell", "Esteri" → "esteri"; "" for punctuation. */
function wordOf(token: string): string {
  return namePieces(token).join(" ");
}

/**
 * The longest role title starting at token `i` of `tokens` (token texts of one
 * sentence), or undefined. Titles span whole tokens ("vice-ministro" is one token).
 */
export function matchRole(tokens: readonly string[], i: number): RoleMatch | undefined {
  const titles = roleTrie();
  const first = tokens[i] === undefined ? undefined : namePieces(tokens[i]!)[0];
  if (first === undefined || !firstWords!.has(first)) return undefined;
  const pieces: string[] = [];
  const tokenOf: number[] = [];
  // Enough look-ahead for the longest title.
  for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
    const ps = namePieces(tokens[j]!);
    if (ps.length === 0) break;
    for (const p of ps) {
      pieces.push(p);
      tokenOf.push(j);
    }
  }
  let best: RoleMatch | undefined;
  for (const [end, values] of titles.matchesAt(pieces, 0)) {
    const lastToken = tokenOf[end - 1]!;
    if (end < pieces.length && tokenOf[end] === lastToken) continue; // stops inside a token
    best = { ...values[0]!, tokenStart: i, tokenEnd: lastToken + 1, former: false };
  }
  if (!best) return undefined;
  const prev = i > 0 ? wordOf(tokens[i - 1]!) : "";
  const prev2 = i > 1 ? wordOf(tokens[i - 2]!) : "";
  best.former = FORMER.has(prev) || FORMER.has(prev2);
  return best;
}

/** The longest role title at token `i` of a sentence: the fast form, on shared pieces. */
export function matchRoleInSentence(sentence: Sentence, i: number): RoleMatch | undefined {
  return matchAt(sentencePieces(sentence), i);
}

/** Every role title of a sentence, left to right, not overlapping: the fast form. */
export function findRolesInSentence(sentence: Sentence): RoleMatch[] {
  const sp = sentencePieces(sentence);
  const out: RoleMatch[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const m = matchAt(sp, i);
    if (m) {
      out.push(m);
      i = m.tokenEnd - 1;
    }
  }
  return out;
}

function matchAt(sp: SentencePieces, i: number): RoleMatch | undefined {
  const titles = roleTrie();
  const from = sp.firstPiece[i];
  if (from === undefined || from < 0 || !firstWords!.has(sp.pieces[from]!)) return undefined;
  let best: RoleMatch | undefined;
  for (const [end, values] of titles.matchesAt(sp.pieces, from)) {
    const lastToken = sp.token[end - 1]!;
    if (sp.endPiece[lastToken] !== end) continue; // stops inside a token
    best = { ...values[0]!, tokenStart: i, tokenEnd: lastToken + 1, former: false };
  }
  if (best) best.former = formerBefore(sp, i);
  return best;
}

function formerBefore(sp: SentencePieces, i: number): boolean {
  for (const t of [i - 1, i - 2]) {
    const p = t >= 0 ? sp.firstPiece[t]! : -1;
    if (p >= 0 && sp.endPiece[t]! - p === 1 && FORMER.has(sp.pieces[p]!)) return true;
  }
  return false;
}

/** Every role title in a sentence's tokens, left to right, not overlapping. */
export function findRoles(tokens: readonly string[]): RoleMatch[] {
  const out: RoleMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchRole(tokens, i);
    if (m) {
      out.push(m);
      i = m.tokenEnd - 1;
    }
  }
  return out;
}
