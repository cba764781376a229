import type { CorpusGraph } from "../../graph/corpus-graph.ts";
import { RELATION_TYPES, type EntityType, type RelationType } from "../../types.ts";
import { evidenceDate, finite, sortedEdges, sortedNodes } from "../graph-view.ts";
import { ALL_TYPE_LABELS, ENTITY_LABELS, checkEntityType, checkRelationType } from "./labels.ts";
import type { CypherValue } from "./literal.ts";
import { resolveNeo4jSettings, type Neo4jSettings } from "./settings.ts";

// The one generator of Neo4j statements, used by the import script (rows inlined as
// literals) and by `trama push` (rows sent as the $rows parameter). Every statement is
// idempotent: nodes are MERGEd on their id (unique by constraint), relationships MERGEd
// between the two nodes, and every property SET from the row, so a second run finds
// everything in place and changes nothing. Numbers go through toInteger/toFloat so an
// integer stays an integer whether it came as a literal or as a JavaScript number.

export const CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
];

/** The text every batch query starts with; the script replaces `$rows` with a list literal. */
export const ROWS_PREFIX = "UNWIND $rows AS row\n";

export type Row = { [key: string]: CypherValue };

export interface CypherBatch {
  /** What it loads, for progress and counts: "articles", "entities:PERSON", "MENTIONED_IN", "MET"… */
  what: string;
  /** Starts with ROWS_PREFIX. */
  query: string;
  rows: Row[];
}

const ARTICLE_QUERY = `${ROWS_PREFIX}MERGE (a:Article {id: row.id})
SET a.date = row.date, a.source = row.source, a.title = row.title`;

function entityQuery(type: EntityType): string {
  // Only the other types' labels are removed, so a second run adds and removes nothing.
  const others = ALL_TYPE_LABELS.filter((label) => !ENTITY_LABELS[type].includes(label));
  return `${ROWS_PREFIX}MERGE (n:Entity {id: row.id})
REMOVE n:${others.join(":")}
SET n:${ENTITY_LABELS[type].join(":")}
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
    n.mentions = toInteger(row.mentions), n.articleCount = toInteger(row.articleCount),
    n.firstSeen = row.firstSeen, n.lastSeen = row.lastSeen,
    n.x = toFloat(row.x), n.y = toFloat(row.y), n.size = toFloat(row.size)`;
}

const MENTION_QUERY = `${ROWS_PREFIX}MATCH (n:Entity {id: row.entity})
MATCH (a:Article {id: row.article})
MERGE (n)-[:MENTIONED_IN]->(a)`;

function relationQuery(type: RelationType): string {
  return `${ROWS_PREFIX}MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${type}]->(o)
SET r.symmetric = row.symmetric, r.modality = row.modality, r.modalities = row.modalities,
    r.evidenceCount = toInteger(row.evidenceCount), r.articles = row.articles,
    r.firstDate = row.firstDate, r.lastDate = row.lastDate, r.confidence = toFloat(row.confidence),
    r.items = row.items, r.titles = row.titles, r.places = row.places,
    r.attributions = row.attributions, r.former = row.former,
    r.evidenceSentences = row.evidenceSentences, r.evidenceArticles = row.evidenceArticles,
    r.evidenceDates = row.evidenceDates, r.evidenceModalities = row.evidenceModalities`;
}

function chunk(what: string, query: string, rows: Row[], size: number, out: CypherBatch[]): void {
  for (let i = 0; i < rows.length; i += size) out.push({ what, query, rows: rows.slice(i, i + size) });
}

/** Articles: the graph's article table plus any article an entity or evidence names without an entry. */
function articleRows(graph: CorpusGraph): Row[] {
  const table = graph.getAttribute("articles") ?? {};
  const ids = new Set(Object.keys(table));
  graph.forEachNode((_, a) => a.articles.forEach((id) => ids.add(id)));
  graph.forEachEdge((_, a) => a.evidence.forEach((e) => ids.add(e.article)));
  return [...ids].sort().map((id) => {
    const entry = Object.hasOwn(table, id) ? table[id] : undefined;
    return { id, date: entry?.date ?? null, source: entry?.source ?? null, title: entry?.title ?? null };
  });
}

export function cypherBatches(graph: CorpusGraph, partial: Partial<Neo4jSettings> = {}): CypherBatch[] {
  const { batchSize } = resolveNeo4jSettings(partial);
  const batches: CypherBatch[] = [];
  chunk("articles", ARTICLE_QUERY, articleRows(graph), batchSize, batches);

  const nodes = sortedNodes(graph);
  const byType = new Map<EntityType, Row[]>();
  const mentions: Row[] = [];
  for (const { key, attributes: a } of nodes) {
    const type = checkEntityType(a.type, key);
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push({
      id: key,
      name: a.label,
      type,
      aliases: a.aliases,
      mentions: finite(a.mentions),
      articleCount: a.articles.length,
      firstSeen: a.firstSeen ?? null,
      lastSeen: a.lastSeen ?? null,
      x: finite(a.x),
      y: finite(a.y),
      size: finite(a.size, 1),
    });
    for (const article of a.articles) mentions.push({ entity: key, article });
  }
  for (const [type, rows] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    chunk(`entities:${type}`, entityQuery(type), rows, batchSize, batches);
  }
  chunk("MENTIONED_IN", MENTION_QUERY, mentions, batchSize, batches);

  const byRelation = new Map<RelationType, Row[]>();
  for (const { key, source, target, attributes: a } of sortedEdges(graph)) {
    const type = checkRelationType(a.type, key);
    if (!byRelation.has(type)) byRelation.set(type, []);
    byRelation.get(type)!.push({
      subject: source,
      object: target,
      symmetric: a.symmetric,
      modality: a.modality,
      modalities: a.modalities,
      evidenceCount: a.evidence.length,
      articles: a.articles,
      firstDate: a.firstDate ?? null,
      lastDate: a.lastDate ?? null,
      confidence: finite(a.confidence),
      items: a.items ?? null,
      titles: a.titles ?? null,
      places: a.places ?? null,
      attributions: a.attributions ?? null,
      former: a.former ?? null,
      // Neo4j arrays cannot hold null, so an unknown date is "".
      evidenceSentences: a.evidence.map((e) => e.sentence),
      evidenceArticles: a.evidence.map((e) => e.article),
      evidenceDates: a.evidence.map((e) => evidenceDate(graph, e) ?? ""),
      evidenceModalities: a.evidence.map((e) => e.modality),
    });
  }
  for (const type of RELATION_TYPES) {
    const rows = byRelation.get(type);
    if (rows !== undefined) chunk(type, relationQuery(type), rows, batchSize, batches);
  }
  return batches;
}
