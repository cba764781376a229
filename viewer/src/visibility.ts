import type { EdgeAttributes, EdgeEvidence, NodeAttributes } from "../../src/types.ts";
import { overlaps } from "./dates.ts";
import type { ViewerGraph } from "./graph-data.ts";
import type { ViewState } from "./state.ts";

/** Which nodes and edges the filters let through, and how much evidence each edge keeps. */
export interface Visibility {
  nodes: Set<string>;
  /** Edge key → pieces of evidence that pass the filters. */
  edges: Map<string, number>;
}

const dateFiltered = (state: ViewState) => state.dateFrom !== null || state.dateTo !== null;

export function nodePasses(attributes: NodeAttributes, state: ViewState): boolean {
  if (!state.entityTypes.has(attributes.type)) return false;
  if (state.article !== null && !attributes.articles.includes(state.article)) return false;
  if (dateFiltered(state)) {
    if (!attributes.firstSeen) return false;
    return overlaps(attributes.firstSeen, attributes.lastSeen ?? attributes.firstSeen, state.dateFrom, state.dateTo);
  }
  return true;
}

export function evidencePasses(evidence: EdgeEvidence, state: ViewState): boolean {
  if (!state.modalities.has(evidence.modality)) return false;
  if (state.article !== null && evidence.article !== state.article) return false;
  if (dateFiltered(state)) {
    const date = evidence.date ?? evidence.articleDate;
    return date !== undefined && overlaps(date, date, state.dateFrom, state.dateTo);
  }
  return true;
}

/** How many pieces of evidence of an edge pass the filters (0 = hidden). */
export function passingEvidence(attributes: EdgeAttributes, state: ViewState): number {
  if (!state.relationTypes.has(attributes.type)) return 0;
  if (attributes.evidence.length === 0) {
    // Not produced by trama build, but a hand-made graph may have bare edges: judge the edge itself.
    const ok =
      state.modalities.has(attributes.modality) &&
      (state.article === null || attributes.articles.includes(state.article)) &&
      (!dateFiltered(state) ||
        (attributes.firstDate !== undefined && overlaps(attributes.firstDate, attributes.lastDate ?? attributes.firstDate, state.dateFrom, state.dateTo)));
    return ok ? 1 : 0;
  }
  let count = 0;
  for (const evidence of attributes.evidence) if (evidencePasses(evidence, state)) count++;
  return count;
}

export function computeVisibility(graph: ViewerGraph, state: ViewState): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (nodePasses(attributes, state)) nodes.add(key);
  });
  const edges = new Map<string, number>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const count = passingEvidence(attributes, state);
    if (count >= Math.max(1, state.minEvidence)) edges.set(key, count);
  });
  return { nodes, edges };
}
