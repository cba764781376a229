import type { CorpusGraph } from "../graph/corpus-graph.ts";
import type { EdgeAttributes, EdgeEvidence, NodeAttributes } from "../types.ts";

// What every exporter reads off the corpus graph, in one deterministic order: nodes and
// edges sorted by key (code-unit order, not locale), so the same graph always gives
// the same bytes.

export interface NodeEntry {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

// Array.prototype.sort without a comparator orders strings by UTF-16 code units, the
// same order as `<`, and is faster than any comparator on big graphs.

export function sortedNodes(graph: CorpusGraph): NodeEntry[] {
  return graph
    .nodes()
    .sort()
    .map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
}

export function sortedEdges(graph: CorpusGraph): EdgeEntry[] {
  return graph
    .edges()
    .sort()
    .map((key) => ({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) }));
}

/** The date an article carries, from the graph's article table. */
export function articleDate(graph: CorpusGraph, article: string): string | undefined {
  const articles = graph.getAttribute("articles") ?? {};
  return Object.hasOwn(articles, article) ? articles[article]!.date : undefined;
}

/** When a piece of evidence happened: the event date, else its article's date. */
export function evidenceDate(graph: CorpusGraph, evidence: EdgeEvidence): string | undefined {
  return evidence.date ?? evidence.articleDate ?? articleDate(graph, evidence.article);
}

/** A number an export can always write: non-finite values (NaN from a bad layout) become the fallback. */
export function finite(value: unknown, fallback = 0): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
