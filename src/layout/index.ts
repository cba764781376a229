import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { PPN, toLayoutArrays } from "./arrays.ts";
import { runForceAtlas2 } from "./forceatlas2.ts";
import { resolveLayoutSettings, type LayoutSettings } from "./settings.ts";

export { DEFAULT_LAYOUT_SETTINGS, resolveLayoutSettings, validateLayoutSettings } from "./settings.ts";
export type { LayoutSettings } from "./settings.ts";

/** What a layout run did, for logs and the bench. */
export interface LayoutReport {
  nodes: number;
  edges: number;
  iterations: number;
  /** True when the stopping rule ended the run before `maxIterations`. */
  stoppedEarly: boolean;
  /** Mean displacement per node in the last iteration, relative to the layout radius. */
  lastDisplacement: number;
  barnesHut: boolean;
  milliseconds: number;
}

/**
 * Sets `x` and `y` on every node: a start position hashed from the node id, then
 * ForceAtlas2 until nodes stop moving. Deterministic: the same nodes and edges give the
 * same positions to the byte, whatever order they were added in.
 */
export function layoutGraph(graph: CorpusGraph, partial: Partial<LayoutSettings> = {}): LayoutReport {
  const started = performance.now();
  const settings = resolveLayoutSettings(partial);
  const arrays = toLayoutArrays(graph, settings.weightByEvidence);
  const run = runForceAtlas2(arrays, settings);
  arrays.keys.forEach((key, i) => {
    graph.mergeNodeAttributes(key, { x: round(arrays.nodes[i * PPN]!), y: round(arrays.nodes[i * PPN + 1]!) });
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    ...run,
    milliseconds: performance.now() - started,
  };
}

/** Two decimals are far below a pixel at any zoom the viewer offers, and keep graph.json small. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
