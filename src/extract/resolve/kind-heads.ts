import type { Doc, Mention } from "../../types.ts";
import { namePieces } from "../../nlp/it/gazetteer/index.ts";

// "la Presidente della Regione Sardegna … ha criticato duramente la Regione": Italian news
// names a public body once in full, then by its capitalised head noun alone. The head refers
// back to the one body of the article whose name opens with it.

/** Head nouns of bodies named in full once and by the head after. */
const KIND_HEADS: ReadonlySet<string> = new Set(["regione", "comune", "provincia", "procura", "prefettura", "questura", "tribunale", "fondazione"]);
/** Words before the head: an article, or a preposition fused with one ("alla Regione"). */
const BEFORE_HEAD: ReadonlySet<string> = new Set([
  "la", "il", "l", "della", "del", "dell", "alla", "al", "all", "dalla", "dal", "dall", "nella", "nel", "nell", "sulla", "sul", "sull",
]);
const OF: ReadonlySet<string> = new Set(["di", "del", "della", "dello", "dell", "dei", "degli", "delle"]);

export function kindHeadMentions(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const text = doc.article.text;
  for (const sentence of doc.sentences) {
    const toks = sentence.tokens;
    for (let t = 1; t < toks.length; t++) {
      const head = toks[t]!.text;
      const word = head.toLowerCase();
      if (!KIND_HEADS.has(word) || !/^\p{Lu}/u.test(head)) continue;
      if (!BEFORE_HEAD.has(namePieces(toks[t - 1]!.text).join(" "))) continue;
      // "la Regione Lazio", "il Comune di Genova": a full name, the tagger's to read.
      const next = toks[t + 1]?.text ?? "";
      if (/^\p{Lu}/u.test(next) || OF.has(namePieces(next).join(" "))) continue;
      const start = toks[t]!.start;
      if (mentions.some((m) => m.start <= start && start < m.end)) continue;
      const bodies = new Set(
        mentions
          .filter((m) => m.start < start && m.kind === "name" && m.entity !== undefined && (m.type === "ORG" || m.type === "GPE"))
          .filter((m) => {
            const pieces = namePieces(m.text);
            return pieces.length > 1 && pieces[0] === namePieces(head)[0];
          })
          .map((m) => m.entity!),
      );
      if (bodies.size !== 1) continue;
      const [entity] = bodies as Set<string>;
      const named = mentions.find((m) => m.entity === entity)!;
      out.push({
        start,
        end: toks[t]!.end,
        text: text.slice(start, toks[t]!.end),
        type: named.type,
        kind: "name",
        sentence: sentence.index,
        tokenStart: t,
        tokenEnd: t + 1,
        entity: entity!,
        ...(named.actor ? { actor: named.actor } : {}),
        provenance: [{ by: "resolve:kind-head", why: `"${head}" alone refers back to ${named.text}, the one body of the article its name opens` }],
        score: 0.7,
      });
    }
  }
  return out;
}
