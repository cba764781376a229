import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { toLayoutInput } from "./arrays.ts";
import { runMultilevel } from "./multilevel.ts";
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
  /** Node count and iterations of each level, coarsest first. */
  levels: Array<{ nodes: number; iterations: number; milliseconds: number }>;
  milliseconds: number;
}

/**
 * Sets `x` and `y` on every node: ForceAtlas2, multilevel (coarsened graphs laid out
 * first, from start positions hashed from the node ids), each level until nodes stop
 * moving. Deterministic: the same nodes and edges give the
 * same positions to the byte, whatever order they were added in.
 */
export function layoutGraph(graph: CorpusGraph, partial: Partial<LayoutSettings> = {}): LayoutReport {
  const started = performance.now();
  const settings = resolveLayoutSettings(partial);
  const input = toLayoutInput(graph, settings.weightByEvidence);
  const run = runMultilevel(input, settings);
  input.keys.forEach((key, i) => {
    graph.mergeNodeAttributes(key, { x: round(input.x[i]!), y: round(input.y[i]!) });
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
