import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { hashedPoint } from "./seed.ts";

// The flat matrices ForceAtlas2 works on, in graphology-layout-forceatlas2's own layout
// so the library kernel and ours run on the same input (the bench compares them).

/** Floats per node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
export const PPN = 10;
/** Floats per edge: source offset, target offset, weight. */
export const PPE = 3;

export interface LayoutArrays {
  /** Node keys, sorted: row i of `nodes` is keys[i]. */
  keys: string[];
  nodes: Float32Array;
  edges: Float32Array;
}

/**
 * Builds the matrices with nodes in sorted key order and edges sorted by key, so the
 * result never depends on insertion order. Start positions come from `hashedPoint`.
 */
export function toLayoutArrays(graph: CorpusGraph, weightByEvidence: boolean): LayoutArrays {
  const keys = graph.nodes().sort(compareStrings);
  const row = new Map<string, number>();
  const nodes = new Float32Array(keys.length * PPN);
  const radius = 10 * Math.sqrt(keys.length);
  keys.forEach((key, i) => {
    row.set(key, i * PPN);
    const start = hashedPoint(key, radius);
    nodes[i * PPN] = start.x;
    nodes[i * PPN + 1] = start.y;
    nodes[i * PPN + 6] = 1; // mass = 1 + degree, as in ForceAtlas2
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
  });

  const edgeKeys = graph.edges().sort(compareStrings);
  const edges = new Float32Array(edgeKeys.length * PPE);
  edgeKeys.forEach((edge, i) => {
    const source = row.get(graph.source(edge))!;
    const target = row.get(graph.target(edge))!;
    const evidence = graph.getEdgeAttribute(edge, "evidence");
    const weight = weightByEvidence && evidence?.length ? 1 + Math.log(evidence.length) : 1;
    nodes[source + 6] += weight;
    nodes[target + 6] += weight;
    edges[i * PPE] = source;
    edges[i * PPE + 1] = target;
    edges[i * PPE + 2] = weight;
  });
  return { keys, nodes, edges };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
