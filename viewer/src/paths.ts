import { UndirectedGraph } from "graphology";
import { singleSourceLength } from "graphology-shortest-path/unweighted.js";
import type { ViewerGraph } from "./graph-data.ts";
import type { Visibility } from "./visibility.ts";

/** One shortest path: the entities in order and, per step, every relation joining the pair. */
export interface FoundPath {
  nodes: string[];
  steps: string[][];
}

const MAX_PATHS = 8;

/**
 * The shortest paths between two entities over what the filters show, relations taken
 * either way (who met whom matters, not who was named first). A node lies on a shortest
 * path exactly when its distances from both ends add up to the shortest length; the
 * paths are walked through those nodes only, so the walk never backtracks.
 */
export function shortestPaths(graph: ViewerGraph, visibility: Visibility, from: string, to: string): FoundPath[] {
  if (!visibility.nodes.has(from) || !visibility.nodes.has(to) || from === to) return [];
  const links = new UndirectedGraph();
  for (const key of visibility.nodes) links.addNode(key);
  for (const edge of visibility.edges.keys()) {
    const [source, target] = graph.extremities(edge);
    if (source !== target) links.mergeEdge(source, target);
  }
  const fromStart = singleSourceLength(links, from);
  const length = fromStart[to];
  if (length === undefined) return [];
  const fromEnd = singleSourceLength(links, to);
  const onPath = (node: string, depth: number) => fromStart[node] === depth && fromEnd[node] === length - depth;

  const found: string[][] = [];
  const walk = (trail: string[]) => {
    if (found.length >= MAX_PATHS) return;
    const last = trail[trail.length - 1]!;
    if (last === to) return void found.push([...trail]);
    for (const next of links.neighbors(last).sort()) {
      if (onPath(next, trail.length)) walk([...trail, next]);
    }
  };
  walk([from]);

  return found.map((nodes) => ({
    nodes,
    steps: nodes.slice(1).map((node, i) => relationsBetween(graph, visibility, nodes[i]!, node)),
  }));
}

function relationsBetween(graph: ViewerGraph, visibility: Visibility, a: string, b: string): string[] {
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].filter((edge) => visibility.edges.has(edge));
}
