import type { Doc, Mention } from "../../types.ts";
import { piecesAt } from "../../nlp/it/gazetteer/index.ts";
import { demonymCountry } from "../../nlp/it/lexicon/demonyms.ts";

// Nationality words standing for their state: "i soldati nordcoreani" → north-korea,
// "il conflitto russo-ucraino" → russia and ukraine. Words inside a name ("Estremo
// Oriente russo") belong to the name. A capitalised "Russi" is the people, as a noun;
// it still stands for the state.

export function demonymMentions(doc: Doc, names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const text = doc.article.text;
  for (const sentence of doc.sentences) {
    const inside = names.filter((m) => m.sentence === sentence.index);
    for (const tok of sentence.tokens) {
      if (inside.some((m) => m.start <= tok.start && tok.end <= m.end)) continue;
      for (const p of piecesAt(tok.text, tok.start)) {
        const country = demonymCountry(p.piece);
        if (!country) continue;
        out.push({
          start: p.start,
          end: p.end,
          text: text.slice(p.start, p.end),
          type: "GPE",
          kind: "demonym",
          sentence: sentence.index,
          tokenStart: tok.index,
          tokenEnd: tok.index + 1,
          entity: country,
          actor: country,
          provenance: [{ by: "lexicon:demonyms", why: `"${text.slice(p.start, p.end)}" is the nationality of ${country}` }],
          score: 0.9,
        });
      }
    }
  }
  return out;
}
