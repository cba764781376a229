import { DataError } from "../errors.ts";
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

// A graph.json from another tool or an older trama may lack the lists every exporter
// reads; say so once, clearly, instead of failing deep inside a format.
function requireLists(what: string, key: string, attributes: object, fields: readonly string[]): void {
  for (const field of fields) {
    if (!Array.isArray((attributes as Record<string, unknown>)[field])) {
      throw new DataError(`trama: ${what} '${key}' of the graph has no '${field}' list; rebuild graph.json with 'trama build'`);
    }
  }
}

export function sortedNodes(graph: CorpusGraph): NodeEntry[] {
  return graph
    .nodes()
    .sort()
    .map((key) => {
      const attributes = graph.getNodeAttributes(key);
      requireLists("node", key, attributes, ["aliases", "articles"]);
      return { key, attributes };
    });
}

export function sortedEdges(graph: CorpusGraph): EdgeEntry[] {
  return graph
    .edges()
    .sort()
    .map((key) => {
      const attributes = graph.getEdgeAttributes(key);
      requireLists("edge", key, attributes, ["evidence", "articles", "modalities"]);
      return { key, source: graph.source(key), target: graph.target(key), attributes };
    });
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
