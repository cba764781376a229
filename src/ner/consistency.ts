import type { Doc, EntityType, Mention } from "../types.ts";
import { namePieces } from "../nlp/it/gazetteer/index.ts";
import { PieceTrie } from "../nlp/it/gazetteer/trie.ts";
import type { SentencePieces } from "../nlp/it/gazetteer/sentence-pieces.ts";

// One sense per name within an article: a name keeps the type its most trusted source
// gave it, and where it recurs unrecognised ("Peskov" after "Dmitry Peskov") it is
// found again. A person's surname (last word) counts as a name of its own.

const TRUST: Record<string, number> = { gazetteer: 3, rule: 2, ner: 1 };
const UPPER_START = /^\p{Lu}/u;

function trustOf(m: Mention): number {
  const by = m.provenance[0]?.by ?? "";
  if (by === "gazetteer:kind-orgs") return 1.5;
  return TRUST[by.split(":")[0]!] ?? 0;
}

/** A name's votes: its types in the order first given, and the weight each gathered. */
interface Votes {
  types: EntityType[];
  weights: number[];
}

/** What a name found again is, and the mention it was learnt from. */
interface KnownName {
  type: EntityType;
  from: string;
}

// The steps are separate functions, with index loops rather than destructuring
// iterators: one function holding them all took V8's optimising compiler about 0.2 s of
// CPU each time, and it was compiled again after each early deoptimisation.

/** `pieces[i]` are the pieces of sentence i. */
export function keepOneTypePerName(doc: Doc, mentions: Mention[], pieces: readonly SentencePieces[]): Mention[] {
  // Nothing to keep or find again. Returning here also keeps an article's empty array
  // (another elements kind) out of the optimised loops below, which it deoptimised.
  if (mentions.length === 0) return [];
  const words = mentions.map((m) => namePieces(m.text));
  const keys = words.map((w) => w.join(" "));
  const typeOf = typePerName(mentions, words, keys);
  retype(mentions, keys, typeOf);
  const added = findAgain(doc, mentions, pieces, namesToFind(doc, mentions, words, keys, typeOf));
  return mentions.concat(added).sort(byStart);
}

/** The type of each name: the most trusted source, then the most frequent. */
function typePerName(mentions: readonly Mention[], words: readonly string[][], keys: readonly string[]): Map<string, EntityType> {
  const votes = new Map<string, Votes>();
  /** Names some list or rule vouches for, not only the model. */
  const vouched = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const trust = trustOf(m);
    addVote(votes, keys[i]!, m.type, 10 ** trust);
    if (trust > TRUST.ner!) vouched.add(keys[i]!);
  }
  const typeOf = new Map<string, EntityType>();
  for (const key of votes.keys()) typeOf.set(key, mostVoted(votes.get(key)!));

  // A word of a person's full name is that person when only the model said otherwise
  // ("Terri" after "Terri Schiavo").
  const personWords = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (typeOf.get(keys[i]!) === "PERSON" && w.length > 1) personWords.add(w[0]!).add(w[w.length - 1]!);
  }
  // The first word of a company's name is that company when only the model said otherwise
  // ("la Ferlini" after "l'azienda Ferlini Marmi"), unless it is also a person's name word.
  const companyWords = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const by = m.provenance[0]?.by;
    if (m.type === "ORG" && words[i]!.length > 1 && (by === "rule:company-word" || by === "rule:org-cue")) companyWords.add(words[i]![0]!);
  }
  for (const key of votes.keys()) {
    if (vouched.has(key)) continue;
    if (personWords.has(key)) typeOf.set(key, "PERSON");
    else if (companyWords.has(key)) typeOf.set(key, "ORG");
  }
  return typeOf;
}

function addVote(votes: Map<string, Votes>, key: string, type: EntityType, weight: number): void {
  let v = votes.get(key);
  if (v === undefined) {
    v = { types: [], weights: [] };
    votes.set(key, v);
  }
  const k = v.types.indexOf(type);
  if (k < 0) {
    v.types.push(type);
    v.weights.push(weight);
  } else v.weights[k]! += weight;
}

/** The type with the most weight; on a tie, the one voted first. */
function mostVoted(v: Votes): EntityType {
  let best = 0;
  for (let k = 1; k < v.types.length; k++) if (v.weights[k]! > v.weights[best]!) best = k;
  return v.types[best]!;
}

function retype(mentions: readonly Mention[], keys: readonly string[], typeOf: ReadonlyMap<string, EntityType>): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const type = typeOf.get(keys[i]!)!;
    if (type !== m.type) {
      m.provenance.push({ by: "rule:one-type-per-name", why: `"${m.text}" is ${type} elsewhere in the article, by a more trusted source` });
      m.type = type;
    }
  }
}

/** Names to look for again: every recognised name, and the surnames of people. */
function namesToFind(
  doc: Doc,
  mentions: readonly Mention[],
  words: readonly string[][],
  keys: readonly string[],
  typeOf: ReadonlyMap<string, EntityType>,
): PieceTrie<KnownName> {
  const trie = new PieceTrie<KnownName>();
  const known = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    learn(trie, known, words[i]!, keys[i]!, m.type, m.text);
    if (m.type === "PERSON" && m.tokenEnd - m.tokenStart > 1) {
      const last = namePieces(doc.sentences[m.sentence]!.tokens[m.tokenEnd - 1]!.text);
      if (last.length === 1 && last[0]!.length > 2 && !typeOf.has(last[0]!)) learn(trie, known, last, last[0]!, "PERSON", m.text);
    }
  }
  return trie;
}

function learn(trie: PieceTrie<KnownName>, known: Set<string>, pieces: string[], key: string, type: EntityType, from: string): void {
  if (pieces.length === 0 || known.has(key)) return;
  known.add(key);
  trie.add(pieces, { type, from });
}

/** Capitalised words of names found elsewhere in the article, where no mention stands. */
function findAgain(doc: Doc, mentions: readonly Mention[], pieces: readonly SentencePieces[], trie: PieceTrie<KnownName>): Mention[] {
  const added: Mention[] = [];
  const taken = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = taken.get(m.sentence);
    if (list) list.push(m);
    else taken.set(m.sentence, [m]);
  }
  for (const sentence of doc.sentences) {
    const sp = pieces[sentence.index]!;
    const busy = taken.get(sentence.index) ?? [];
    for (let t = 0; t < sentence.tokens.length; t++) {
      const from = sp.firstPiece[t]!;
      if (from < 0 || !UPPER_START.test(sentence.tokens[t]!.text)) continue;
      const m = longestFreeMatch(doc, sentence, sp, trie, t, busy);
      if (m === undefined) continue;
      added.push(m);
      busy.push(m);
      t = m.tokenEnd - 1;
    }
  }
  return added;
}

/**
 * The longest known name starting at token `t` and ending at a token's end, as a mention;
 * none when it would overlap a mention (a shorter one would too).
 */
function longestFreeMatch(
  doc: Doc,
  sentence: Doc["sentences"][number],
  sp: SentencePieces,
  trie: PieceTrie<KnownName>,
  t: number,
  busy: readonly Mention[],
): Mention | undefined {
  const matches = trie.matchesAt(sp.pieces, sp.firstPiece[t]!);
  for (let k = matches.length - 1; k >= 0; k--) {
    const match = matches[k]!;
    const endPiece = match[0];
    const lastToken = sp.token[endPiece - 1]!;
    if (sp.endPiece[lastToken] !== endPiece) continue;
    if (overlaps(busy, t, lastToken)) return undefined;
    const { type, from: seen } = match[1][0]!;
    const start = sentence.tokens[t]!.start;
    const end = sentence.tokens[lastToken]!.end;
    const text = doc.article.text.slice(start, end);
    return {
      start,
      end,
      text,
      type,
      kind: "name",
      sentence: sentence.index,
      tokenStart: t,
      tokenEnd: lastToken + 1,
      provenance: [{ by: "rule:document-consistency", why: `"${text}" was recognised as ${type} elsewhere in the article ("${seen}")` }],
      score: 0.7,
    };
  }
  return undefined;
}

/** Whether a mention takes any token of [first, last]. */
function overlaps(busy: readonly Mention[], first: number, last: number): boolean {
  for (const b of busy) if (b.tokenStart <= last && first < b.tokenEnd) return true;
  return false;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}
