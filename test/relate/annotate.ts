// Test helper: turns a marked-up sentence into what relate() reads, so relation rules are
// tested without the NER model or the resolver. Markup:
//   [Mario Brusati|PERSON|mario-brusati]        a name mention
//   [bordurici|GPE|borduria|demonym]             a mention of another kind
//   [Klow|GPE|klow|name|syldavia]                a metonym: acts for syldavia
// The text is tokenised by the real tokeniser (analyse), and each mention gets the
// tokens its characters cover.

import type { Article, Doc, Entity, EntityType, Mention, MentionKind, Relation } from "../../src/types.ts";
import { analyse } from "../../src/nlp/it/index.ts";
import { relate } from "../../src/extract/relate/index.ts";

export interface Annotated {
  article: Article;
  doc: Doc;
  entities: Entity[];
  mentions: Mention[];
}

const MARK = /\[([^\]|]+)\|([A-Z]+)\|([^\]|]+)(?:\|([a-z]+))?(?:\|([^\]|]+))?\]/g;

export function annotate(marked: string, date?: string): Annotated {
  let text = "";
  let last = 0;
  const spans: Array<{ start: number; end: number; type: EntityType; id: string; kind: MentionKind; actor?: string }> = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1]!;
    spans.push({ start, end: text.length, type: m[2] as EntityType, id: m[3]!, kind: (m[4] ?? "name") as MentionKind, ...(m[5] ? { actor: m[5] } : {}) });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  const article: Article = { id: "test", source: "test", text, masked: [], encoding: "utf-8", hash: "", ...(date ? { date } : {}) };
  const doc = analyse(article);
  const mentions: Mention[] = spans.map((s) => {
    const sentence = doc.sentences.find((x) => x.start <= s.start && s.end <= x.end);
    if (!sentence) throw new Error(`annotate: mention at ${s.start} is not inside one sentence`);
    const tokenStart = sentence.tokens.findIndex((t) => t.start >= s.start);
    let tokenEnd = tokenStart;
    while (tokenEnd < sentence.tokens.length && sentence.tokens[tokenEnd]!.end <= s.end) tokenEnd++;
    const m: Mention = {
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      type: s.type,
      kind: s.kind,
      sentence: sentence.index,
      tokenStart,
      tokenEnd,
      entity: s.id,
      provenance: [{ by: "test:markup" }],
    };
    if (s.actor) m.actor = s.actor;
    return m;
  });
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    const e = byId.get(m.entity!) ?? { id: m.entity!, name: m.text, type: m.type, aliases: [], mentions: [], provenance: [] };
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions.push(m);
    byId.set(e.id, e);
    if (m.actor && !byId.has(m.actor)) byId.set(m.actor, { id: m.actor, name: m.actor, type: "GPE", aliases: [], mentions: [], provenance: [] });
  }
  return { article, doc, entities: [...byId.values()], mentions };
}

/** relate() over a marked-up text. */
export function relationsOf(marked: string, date?: string): Relation[] {
  const a = annotate(marked, date);
  return relate(a.doc, { entities: a.entities, mentions: a.mentions });
}

/** "subject TYPE object" for compact assertions. */
export function triple(r: Relation): string {
  return `${r.subject} ${r.type} ${r.object}`;
}
