import type { ViewerGraph } from "./graph-data.ts";
import { shortestPaths, type FoundPath } from "./paths.ts";
import type { Emphasis } from "./renderer.ts";
import type { ViewState } from "./state.ts";
import type { Visibility } from "./visibility.ts";

/** The selected entity and everything within `hops` relations of it, over visible edges. */
export function neighbourhood(graph: ViewerGraph, visibility: Visibility, start: string, hops: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        if (!visibility.edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function computeEmphasis(graph: ViewerGraph, state: ViewState, visibility: Visibility): { emphasis: Emphasis; paths: FoundPath[] | null } {
  let focus: Set<string> | null = null;
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) focus = new Set(graph.extremities(state.selectedEdge));
  else if (state.selectedNode && graph.hasNode(state.selectedNode)) focus = neighbourhood(graph, visibility, state.selectedNode, state.hops);

  let paths: FoundPath[] | null = null;
  let pathNodes: Set<string> | null = null;
  let pathEdges: Set<string> | null = null;
  if (state.pathFrom && state.pathTo) {
    paths = shortestPaths(graph, visibility, state.pathFrom, state.pathTo);
    pathNodes = new Set([state.pathFrom, state.pathTo, ...paths.flatMap((p) => p.nodes)]);
    pathEdges = new Set(paths.flatMap((p) => p.steps.flat()));
  }
  return {
    emphasis: { visibility, focus, selectedNode: state.selectedNode, selectedEdge: state.selectedEdge, pathNodes, pathEdges },
    paths,
  };
}
