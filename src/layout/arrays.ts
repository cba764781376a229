import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { hashedPoint } from "./seed.ts";

/**
 * A graph as ForceAtlas2 sees it: positions and masses per node, one weighted link per
 * connected pair. Parallel edges (several relation types, both directions) pull exactly
 * like one edge with their summed weight, so they are merged; self-loops pull nothing.
 */
export interface ForceGraph {
  x: Float64Array;
  y: Float64Array;
  /** 1 + weighted degree, as in ForceAtlas2 (self-loops count twice); summed when coarsened. */
  mass: Float64Array;
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkWeight: Float64Array;
}

export interface LayoutInput extends ForceGraph {
  /** Node keys, sorted: index i is keys[i]. */
  keys: string[];
}

/**
 * Reads the graph with nodes in sorted key order and links in (source, target) order,
 * so the result never depends on insertion order. Start positions come from `hashedPoint`.
 */
export function toLayoutInput(graph: CorpusGraph, weightByEvidence: boolean): LayoutInput {
  const keys = graph.nodes().sort(compareStrings);
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const order = keys.length;
  const mass = new Float64Array(order).fill(1);
  const pairs = new Map<number, number>();
  // Sorted edge keys: float sums then add up in the same order whatever the insertion order.
  for (const edge of graph.edges().sort(compareStrings)) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const evidence = graph.getEdgeAttribute(edge, "evidence");
    const weight = weightByEvidence && evidence?.length ? 1 + Math.log(evidence.length) : 1;
    const s = index.get(source)!;
    const t = index.get(target)!;
    mass[s]! += weight;
    mass[t]! += weight;
    if (s === t) continue;
    const pair = s < t ? s * order + t : t * order + s;
    pairs.set(pair, (pairs.get(pair) ?? 0) + weight);
  }
  const sorted = [...pairs.keys()].sort((a, b) => a - b);
  const linkSource = new Int32Array(sorted.length);
  const linkTarget = new Int32Array(sorted.length);
  const linkWeight = new Float64Array(sorted.length);
  sorted.forEach((pair, i) => {
    linkSource[i] = Math.floor(pair / order);
    linkTarget[i] = pair % order;
    linkWeight[i] = pairs.get(pair)!;
  });
  const { x, y } = hashedPositions(keys);
  return { keys, x, y, mass, linkSource, linkTarget, linkWeight };
}

/** Start positions hashed from the keys, over a disc whose area grows with the node count. */
export function hashedPositions(keys: readonly string[]): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  const radius = 10 * Math.sqrt(keys.length);
  keys.forEach((key, i) => {
    const point = hashedPoint(key, radius);
    x[i] = point.x;
    y[i] = point.y;
  });
  return { x, y };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
