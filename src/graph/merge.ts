import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
  type Article,
  type EdgeAttributes,
  type EdgeEvidence,
  type EntityType,
  type GraphAttributes,
  type Modality,
  type RelationType,
} from "../types.ts";
import type { TramaRecord } from "../extract/record.ts";
import { createCorpusGraph, edgeKey, type CorpusGraph } from "./corpus-graph.ts";

// Records → one corpus graph. Every aggregate is computed from sets and sorted lists, so
// the graph does not depend on the order the records come in: an incremental build and a
// full rebuild give the same bytes.

/** What the graph needs to know of an article; `text` is what evidence is checked against. */
export type MergeArticle = Pick<Article, "id" | "source" | "text" | "date" | "title"> & {
  /** Every file this text came from, when copies were found (see duplicates.ts). */
  sources?: string[];
  /** Ids of the copies that were folded into this article. */
  copies?: string[];
};

export interface MergeOptions {
  /** Called for each piece of input that was left out, with a `trama:` message. */
  onProblem?: (message: string) => void;
  name?: string;
}

interface NodeDraft {
  names: Map<string, number>;
  types: Map<EntityType, number>;
  aliases: Set<string>;
  mentions: number;
  articles: Set<string>;
  dates: string[];
}

interface EdgeDraft {
  subject: string;
  object: string;
  type: RelationType;
  evidence: Map<string, EdgeEvidence>;
  items: Set<string>;
  titles: Set<string>;
  places: Set<string>;
  attributions: Set<string>;
  /** Counts of relations that said former / not former (HOLDS_ROLE). */
  former: { yes: number; no: number };
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

export function mergeRecords(
  records: readonly TramaRecord[],
  articles: readonly MergeArticle[],
  options: MergeOptions = {},
): CorpusGraph {
  const problem = options.onProblem ?? (() => {});
  const byId = new Map(articles.map((a) => [a.id, a]));
  const nodes = new Map<string, NodeDraft>();
  const edges = new Map<string, EdgeDraft>();

  for (const record of records) {
    const article = byId.get(record.doc);
    if (article === undefined) {
      problem(`trama: record '${record.doc}' has no article; pass the article it was extracted from`);
      continue;
    }
    const known = addEntities(record, article, nodes, problem);
    addRelations(record, article, known, edges, problem);
  }

  const graph = createCorpusGraph(options.name);
  graph.setAttribute("articles", articleTable(articles));
  for (const id of [...nodes.keys()].sort(compareStrings)) graph.addNode(id, nodeAttributes(nodes.get(id)!));
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const draft = edges.get(key)!;
    graph.addDirectedEdgeWithKey(key, draft.subject, draft.object, edgeAttributes(draft));
  }
  graph.forEachNode((id, attrs) => {
    graph.setNodeAttribute(id, "size", nodeSize(attrs.mentions, graph.degree(id)));
  });
  return graph;
}

function addEntities(
  record: TramaRecord,
  article: MergeArticle,
  nodes: Map<string, NodeDraft>,
  problem: (message: string) => void,
): Set<string> {
  const known = new Set<string>();
  for (const e of record.entities) {
    if (typeof e.id !== "string" || e.id === "" || !ENTITY_TYPE_SET.has(e.type)) {
      problem(`trama: ${record.doc}: entity ${JSON.stringify(e.id)} has no id or an unknown type; re-extract the article`);
      continue;
    }
    const draft = nodes.get(e.id) ?? newNode();
    nodes.set(e.id, draft);
    if (known.has(e.id)) continue; // the same entity listed twice in one record counts once
    known.add(e.id);
    draft.names.set(e.name, (draft.names.get(e.name) ?? 0) + 1);
    draft.types.set(e.type, (draft.types.get(e.type) ?? 0) + 1);
    for (const alias of [e.name, ...(e.aliases ?? [])]) draft.aliases.add(alias);
    draft.mentions += Math.max(1, e.mentions?.length ?? 0);
    draft.articles.add(record.doc);
    if (article.date !== undefined) draft.dates.push(article.date);
  }
  return known;
}

function addRelations(
  record: TramaRecord,
  article: MergeArticle,
  known: ReadonlySet<string>,
  edges: Map<string, EdgeDraft>,
  problem: (message: string) => void,
): void {
  for (const r of record.relations) {
    if (!RELATION_TYPE_SET.has(r.type) || !MODALITY_SET.has(r.modality)) {
      problem(`trama: ${record.doc}: relation ${r.type}/${r.modality} is not in the ontology; re-extract the article`);
      continue;
    }
    if (!known.has(r.subject) || !known.has(r.object)) {
      problem(`trama: ${record.doc}: ${r.type} links ${r.subject} and ${r.object}, not both entities of the record; re-extract the article`);
      continue;
    }
    const evidence = r.evidence.filter((e) => evidenceMatches(article.text, e));
    if (evidence.length < r.evidence.length) {
      problem(`trama: ${record.doc}: evidence of ${r.type}(${r.subject}, ${r.object}) does not match the article text; re-extract the article`);
    }
    if (evidence.length === 0) continue;

    const symmetric = SYMMETRIC_RELATION_TYPES.has(r.type);
    const [subject, object] = symmetric && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    const key = edgeKey(subject, r.type, object);
    const draft = edges.get(key) ?? newEdge(subject, r.type, object);
    edges.set(key, draft);
    for (const e of evidence) {
      const id = `${record.doc}\u0000${e.start}\u0000${e.end}`;
      if (draft.evidence.has(id)) continue;
      const item: EdgeEvidence = {
        article: record.doc,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        sentenceIndex: e.sentenceIndex,
        modality: r.modality,
        confidence: r.confidence,
      };
      if (r.date !== undefined) item.date = r.date;
      if (article.date !== undefined) item.articleDate = article.date;
      if (r.attribution !== undefined) item.attribution = r.attribution;
      if (r.cue !== undefined) item.cue = r.cue;
      if (r.rule !== undefined) item.rule = r.rule;
      draft.evidence.set(id, item);
    }
    if (r.item !== undefined) draft.items.add(r.item);
    if (r.title !== undefined) draft.titles.add(r.title);
    if (r.place !== undefined) draft.places.add(r.place);
    if (r.attribution !== undefined) draft.attributions.add(r.attribution);
    if (r.former) draft.former.yes++;
    else draft.former.no++;
  }
}

/** Evidence is trusted only if its offsets point at its sentence in the article text. */
function evidenceMatches(text: string, e: { start: number; end: number; sentence: string }): boolean {
  return (
    Number.isInteger(e.start) &&
    Number.isInteger(e.end) &&
    e.start >= 0 &&
    e.end <= text.length &&
    e.start <= e.end &&
    text.slice(e.start, e.end) === e.sentence
  );
}

function newNode(): NodeDraft {
  return { names: new Map(), types: new Map(), aliases: new Set(), mentions: 0, articles: new Set(), dates: [] };
}

function newEdge(subject: string, type: RelationType, object: string): EdgeDraft {
  return {
    subject,
    object,
    type,
    evidence: new Map(),
    items: new Set(),
    titles: new Set(),
    places: new Set(),
    attributions: new Set(),
    former: { yes: 0, no: 0 },
  };
}

function nodeAttributes(d: NodeDraft) {
  // The label is the name most records give; ties go to the fullest, then the first in
  // code-point order, so it never depends on record order.
  const label = [...d.names.entries()].sort(
    ([a, na], [b, nb]) => nb - na || b.length - a.length || compareStrings(a, b),
  )[0][0];
  const type = [...d.types.entries()].sort(
    ([a, na], [b, nb]) => nb - na || ENTITY_TYPES.indexOf(a) - ENTITY_TYPES.indexOf(b),
  )[0][0];
  const dates = [...d.dates].sort(compareStrings);
  return {
    label,
    type,
    aliases: [...d.aliases].filter((a) => a !== label).sort(compareStrings),
    mentions: d.mentions,
    articles: [...d.articles].sort(compareStrings),
    ...(dates.length > 0 ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
    x: 0,
    y: 0,
    size: 1,
  };
}

function edgeAttributes(d: EdgeDraft): EdgeAttributes {
  const evidence = [...d.evidence.values()].sort(
    (a, b) => compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end,
  );
  const counts = new Map<Modality, number>();
  for (const e of evidence) counts.set(e.modality, (counts.get(e.modality) ?? 0) + 1);
  const dates = evidence.map((e) => e.date ?? e.articleDate).filter((x): x is string => x !== undefined).sort(compareStrings);
  const attrs: EdgeAttributes = {
    type: d.type,
    symmetric: SYMMETRIC_RELATION_TYPES.has(d.type),
    modality: aggregateModality(counts),
    modalities: [...counts.keys()].sort(compareStrings),
    evidence,
    articles: [...new Set(evidence.map((e) => e.article))].sort(compareStrings),
    confidence: evidence.reduce((max, e) => Math.max(max, e.confidence), 0),
  };
  if (dates.length > 0) {
    attrs.firstDate = dates[0];
    attrs.lastDate = dates[dates.length - 1];
  }
  if (d.items.size > 0) attrs.items = [...d.items].sort(compareStrings);
  if (d.titles.size > 0) attrs.titles = [...d.titles].sort(compareStrings);
  if (d.former.yes > 0 && d.former.no === 0) attrs.former = true;
  if (d.places.size > 0) attrs.places = [...d.places].sort(compareStrings);
  if (d.attributions.size > 0) attrs.attributions = [...d.attributions].sort(compareStrings);
  return attrs;
}

/** Asserted if any evidence asserts it; else the most frequent, ties in MODALITIES order. */
export function aggregateModality(counts: ReadonlyMap<Modality, number>): Modality {
  if ((counts.get("asserted") ?? 0) > 0) return "asserted";
  let best: Modality = "asserted";
  let bestCount = 0;
  for (const m of MODALITIES) {
    const n = counts.get(m) ?? 0;
    if (n > bestCount) {
      best = m;
      bestCount = n;
    }
  }
  return best;
}

/** Display size: grows with the log of how often and how richly an entity is connected. */
export function nodeSize(mentions: number, degree: number): number {
  return Math.round((3 + 2.5 * Math.log2(1 + mentions + degree)) * 100) / 100;
}

function articleTable(articles: readonly MergeArticle[]): GraphAttributes["articles"] {
  const table: GraphAttributes["articles"] = {};
  for (const a of [...articles].sort((x, y) => compareStrings(x.id, y.id))) {
    table[a.id] = {
      ...(a.date !== undefined ? { date: a.date } : {}),
      source: a.source,
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.sources !== undefined ? { sources: a.sources } : {}),
      ...(a.copies !== undefined ? { copies: a.copies } : {}),
    };
  }
  return table;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
