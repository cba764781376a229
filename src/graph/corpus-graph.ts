import graphology from "graphology";
import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, RelationType } from "../types.ts";

/**
 * The corpus graph: one node per entity id, one edge per subject–type–object, every
 * piece of evidence on that edge. A multigraph, because two entities can be linked by
 * several relation types. Symmetric types are stored once, subject = the first named.
 */
export type CorpusGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createCorpusGraph(name = "trama"): CorpusGraph {
  const graph: CorpusGraph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ name, generator: "trama", articles: {} });
  return graph;
}

/** The deterministic key of the edge for one fact. */
export function edgeKey(subject: string, type: RelationType, object: string): string {
  return `${subject}|${type}|${object}`;
}
