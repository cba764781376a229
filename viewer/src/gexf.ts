import { MultiDirectedGraph } from "graphology";
import type { CorpusGraph } from "../../src/graph/corpus-graph.ts";
import { toGexf } from "../../src/export/gexf.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/types.ts";
import type { ViewerGraph } from "./graph-data.ts";
import type { Visibility } from "./visibility.ts";

/**
 * The filtered graph as GEXF 1.3, written by trama's own GEXF exporter (plain string
 * building, no Node APIs), so the file matches `trama export --format gexf` and is valid
 * against the official schema. Each relation keeps only the evidence the filters let
 * through, so counts in Gephi agree with what the viewer showed.
 */
export function toFilteredGexf(graph: ViewerGraph, visibility: Visibility, keepEvidence: (e: EdgeAttributes["evidence"][number]) => boolean): string {
  const view: CorpusGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  view.replaceAttributes(graph.getAttributes());
  for (const key of visibility.nodes) view.addNode(key, graph.getNodeAttributes(key));
  for (const key of visibility.edges.keys()) {
    const a = graph.getEdgeAttributes(key);
    const evidence = a.evidence.filter(keepEvidence);
    view.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), { ...a, evidence: evidence.length > 0 ? evidence : a.evidence });
  }
  return toGexf(view, { version: "1.3" });
}
