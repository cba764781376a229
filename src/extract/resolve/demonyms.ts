import type { Doc, Mention } from "../../types.ts";
import { entryById } from "../../nlp/it/gazetteer/index.ts";
import { sentencePieces } from "../../nlp/it/gazetteer/sentence-pieces.ts";
import { demonymOfPiece } from "../../nlp/it/lexicon/demonyms.ts";

// Nationality words standing for their state: "i soldati nordcoreani" → north-korea,
// "il conflitto russo-ucraino" → russia and ukraine. Words inside a name ("Estremo
// Oriente russo") belong to the name. A capitalised "Russi" is the people, as a noun;
// it still stands for the state.

export function demonymMentions(doc: Doc, names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const text = doc.article.text;
  for (const sentence of doc.sentences) {
    const sp = sentencePieces(sentence);
    for (let k = 0; k < sp.pieces.length; k++) {
      const country = demonymOfPiece(sp.pieces[k]!);
      if (!country) continue;
      const start = sp.start[k]!;
      const end = sp.end[k]!;
      if (names.some((m) => m.start <= start && end <= m.end)) continue;
      const token = sp.token[k]!;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        type: "GPE",
        kind: "demonym",
        sentence: sentence.index,
        tokenStart: token,
        tokenEnd: token + 1,
        entity: country,
        actor: country,
        provenance: [{ by: "lexicon:demonyms", why: `"${text.slice(start, end)}" is the nationality of ${entryById(country)?.name ?? country}` }],
        score: 0.9,
      });
    }
  }
  return out;
}
