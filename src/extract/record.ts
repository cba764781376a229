import type { Article, Entity, ExtractionRecord, Mention, Relation } from "../types.ts";

/** What the pipeline knows about one article: the input of the corpus pass and of toRecord. */
export interface ArticleExtraction {
  article: Article;
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
}

export type RecordEntity = ExtractionRecord["entities"][number];
/** Spec evidence plus the sentence's index in the article (the graph keeps it). */
export type RecordEvidence = ExtractionRecord["relations"][number]["evidence"][number] & { sentenceIndex: number };
export type RecordRelation = Omit<ExtractionRecord["relations"][number], "evidence"> & {
  evidence: RecordEvidence[];
  /** The rule that found it (first `rule:` provenance), for --explain and the graph. */
  rule?: string;
};

/**
 * The JSONL record of ../shared/spec/extraction-record.md, plus `source` and `hash`
 * (sha256 of the text), which incremental builds use to know an article is unchanged.
 */
export interface TramaRecord extends ExtractionRecord {
  hash: string;
  entities: RecordEntity[];
  relations: RecordRelation[];
}

/**
 * The record of one article, in a stable order so the same input always gives the same
 * bytes: entities by first mention, relations by first evidence offset then key.
 * A relation whose subject or object is not an entity of the article is left out (the
 * record promises its endpoints are its entities); a dangling place or attribution is
 * dropped from the relation.
 */
export function toRecord(x: ArticleExtraction): TramaRecord {
  const entities = orderEntities(x.entities, x.mentions);
  const ids = new Set(entities.map((e) => e.id));
  const relations = x.relations
    .filter((r) => ids.has(r.subject) && ids.has(r.object) && r.evidence.length > 0)
    .map((r) => recordRelation(r, ids))
    .sort(compareRelations);
  return {
    doc: x.article.id,
    ...(x.article.date !== undefined ? { date: x.article.date } : {}),
    source: x.article.source,
    hash: x.article.hash,
    entities,
    relations,
  };
}

function orderEntities(entities: Entity[], mentions: Mention[]): RecordEntity[] {
  const byEntity = new Map<string, Mention[]>();
  collectMentions(byEntity, mentions);
  for (const e of entities) collectMentions(byEntity, e.mentions);
  const unique = new Map<string, Entity>();
  for (const e of entities) if (!unique.has(e.id)) unique.set(e.id, e);
  // Each entity's first offset once, not twice per comparison of the sort.
  const ordered = [...unique.values()].map((entity) => ({ entity, firstAt: firstStart(byEntity.get(entity.id)) }));
  ordered.sort((a, b) => a.firstAt - b.firstAt || compareStrings(a.entity.id, b.entity.id));
  return ordered.map(({ entity: e }) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    mentions: (byEntity.get(e.id) ?? [])
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => ({ start: m.start, end: m.end, text: m.text })),
  }));
}

/**
 * Adds each resolved mention to its entity's list, once per span: the entities' own
 * mention lists repeat the article's mentions.
 */
function collectMentions(byEntity: Map<string, Mention[]>, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.entity === undefined) continue;
    const list = byEntity.get(m.entity);
    if (list === undefined) byEntity.set(m.entity, [m]);
    else if (!list.some((o) => o.start === m.start && o.end === m.end)) list.push(m);
  }
}

function firstStart(mentions: readonly Mention[] | undefined): number {
  let min = Infinity;
  for (const m of mentions ?? []) if (m.start < min) min = m.start;
  return min;
}

function recordRelation(r: Relation, ids: ReadonlySet<string>): RecordRelation {
  const optional: Partial<RecordRelation> = {};
  if (r.date !== undefined) optional.date = r.date;
  if (r.place !== undefined && ids.has(r.place)) optional.place = r.place;
  if (r.item !== undefined) optional.item = r.item;
  if (r.title !== undefined) optional.title = r.title;
  if (r.former !== undefined) optional.former = r.former;
  if (r.attribution !== undefined && ids.has(r.attribution)) optional.attribution = r.attribution;
  // Spec fields first, in the spec's order; what explains the relation follows.
  const out: RecordRelation = {
    subject: r.subject,
    type: r.type,
    object: r.object,
    modality: r.modality,
    ...optional,
    evidence: [...r.evidence]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((e) => ({ sentence: e.sentence, start: e.start, end: e.end, sentenceIndex: e.sentenceIndex })),
    confidence: r.confidence,
  };
  if (r.cue !== undefined) out.cue = r.cue;
  const rule = r.provenance.find((p) => p.by.startsWith("rule:"))?.by ?? r.provenance[0]?.by;
  if (rule !== undefined) out.rule = rule;
  return out;
}

function compareRelations(a: RecordRelation, b: RecordRelation): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  return ea.start - eb.start || ea.end - eb.end || compareStrings(relationKey(a), relationKey(b));
}

function relationKey(r: RecordRelation): string {
  return `${r.subject}|${r.type}|${r.object}|${r.modality}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
