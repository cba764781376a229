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

/** `pieces[i]` are the pieces of sentence i. */
export function keepOneTypePerName(doc: Doc, mentions: Mention[], pieces: readonly SentencePieces[]): Mention[] {
  // The type of each name: the most trusted source, then the most frequent.
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, weight: number) => {
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + weight);
    votes.set(key, v);
  };
  /** Names some list or rule vouches for, not only the model. */
  const vouched = new Set<string>();
  const words = mentions.map((m) => namePieces(m.text));
  const keys = words.map((w) => w.join(" "));
  mentions.forEach((m, i) => {
    const trust = trustOf(m);
    vote(keys[i]!, m.type, 10 ** trust);
    if (trust > TRUST.ner!) vouched.add(keys[i]!);
  });
  const typeOf = new Map<string, EntityType>();
  for (const [key, v] of votes) typeOf.set(key, [...v].sort((a, b) => b[1] - a[1])[0]![0]);

  // A word of a person's full name is that person when only the model said otherwise
  // ("Terri" after "Terri Schiavo").
  const personWords = new Set<string>();
  words.forEach((w, i) => {
    if (typeOf.get(keys[i]!) === "PERSON" && w.length > 1) personWords.add(w[0]!).add(w[w.length - 1]!);
  });
  for (const key of votes.keys()) {
    if (personWords.has(key) && !vouched.has(key)) typeOf.set(key, "PERSON");
  }

  // The first word of a company's name is that company when only the model said otherwise
  // ("la Ferlini" after "l'azienda Ferlini Marmi"), unless it is also a person's name word.
  const companyWords = new Set<string>();
  mentions.forEach((m, i) => {
    const by = m.provenance[0]?.by;
    if (m.type === "ORG" && words[i]!.length > 1 && (by === "rule:company-word" || by === "rule:org-cue")) companyWords.add(words[i]![0]!);
  });
  for (const key of votes.keys()) {
    if (companyWords.has(key) && !personWords.has(key) && !vouched.has(key)) typeOf.set(key, "ORG");
  }

  for (const [i, m] of mentions.entries()) {
    const type = typeOf.get(keys[i]!)!;
    if (type !== m.type) {
      m.provenance.push({ by: "rule:one-type-per-name", why: `"${m.text}" is ${type} elsewhere in the article, by a more trusted source` });
      m.type = type;
    }
  }

  // Names to look for again: every recognised name, and the surnames of people.
  const trie = new PieceTrie<{ type: EntityType; from: string }>();
  const known = new Set<string>();
  const learn = (pieces: string[], key: string, type: EntityType, from: string) => {
    if (pieces.length === 0 || known.has(key)) return;
    known.add(key);
    trie.add(pieces, { type, from });
  };
  for (const [i, m] of mentions.entries()) {
    learn(words[i]!, keys[i]!, m.type, m.text);
    if (m.type === "PERSON" && m.tokenEnd - m.tokenStart > 1) {
      const tokens = doc.sentences[m.sentence]!.tokens.slice(m.tokenStart, m.tokenEnd);
      const last = namePieces(tokens[tokens.length - 1]!.text);
      if (last.length === 1 && last[0]!.length > 2 && !typeOf.has(last[0]!)) learn(last, last[0]!, "PERSON", m.text);
    }
  }

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
      const tok = sentence.tokens[t]!;
      const from = sp.firstPiece[t]!;
      if (from < 0 || !UPPER_START.test(tok.text)) continue;
      const matches = trie.matchesAt(sp.pieces, from);
      for (let k = matches.length - 1; k >= 0; k--) {
        const [endPiece, values] = matches[k]!;
        const lastToken = sp.token[endPiece - 1]!;
        if (sp.endPiece[lastToken] !== endPiece) continue;
        if (busy.some((b) => b.tokenStart <= lastToken && t < b.tokenEnd)) break;
        const { type, from: seen } = values[0]!;
        const start = tok.start;
        const end = sentence.tokens[lastToken]!.end;
        const m: Mention = {
          start,
          end,
          text: doc.article.text.slice(start, end),
          type,
          kind: "name",
          sentence: sentence.index,
          tokenStart: t,
          tokenEnd: lastToken + 1,
          provenance: [{ by: "rule:document-consistency", why: `"${doc.article.text.slice(start, end)}" was recognised as ${type} elsewhere in the article ("${seen}")` }],
          score: 0.7,
        };
        added.push(m);
        busy.push(m);
        t = lastToken;
        break;
      }
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
