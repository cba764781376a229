import type { ForceGraph } from "./arrays.ts";
import { adjacencyOf } from "./adjacency.ts";

// One coarsening step of a multilevel layout: nodes are grouped and each group becomes
// one node with the group's summed mass; links between groups add up. A layout of the
// coarse graph is a good start for the fine one, so the fine level needs few iterations.

export interface Coarsening {
  coarse: ForceGraph;
  /** Coarse node of each fine node. */
  parent: Int32Array;
}

/**
 * Groups, in this order: every leaf (degree 1) with its neighbour, because news graphs
 * are full of stars that pairwise matching would shrink one leaf per level; then
 * heavy-edge matching of the rest, lightest nodes first; then unlinked nodes in pairs.
 */
export function coarsen(graph: ForceGraph): Coarsening {
  const order = graph.x.length;
  const adjacency = adjacencyOf(graph, order);
  const { offset, target, weight } = adjacency;
  const degree = (i: number) => offset[i + 1]! - offset[i]!;
  const parent = new Int32Array(order).fill(-1);
  let groups = 0;

  for (let i = 0; i < order; i++) {
    if (degree(i) !== 1) continue;
    const hub = target[offset[i]!]!;
    if (degree(hub) === 1 && hub > i) continue; // an isolated pair: the matching below takes it
    if (parent[hub]! < 0) parent[hub] = groups++;
    parent[i] = parent[hub]!;
  }

  const byDegree = Array.from({ length: order }, (_, i) => i).sort((a, b) => degree(a) - degree(b) || a - b);
  let loner = -1;
  for (const i of byDegree) {
    if (parent[i]! >= 0) continue;
    let best = -1;
    let bestScore = 0;
    for (let k = offset[i]!; k < offset[i + 1]!; k++) {
      const j = target[k]!;
      if (j === i || parent[j]! >= 0) continue;
      const score = weight[k]! / (graph.mass[i]! * graph.mass[j]!);
      if (score > bestScore || (score === bestScore && j < best)) {
        best = j;
        bestScore = score;
      }
    }
    if (best >= 0) {
      parent[i] = parent[best] = groups++;
    } else if (degree(i) === 0) {
      if (loner < 0) loner = i;
      else {
        parent[i] = parent[loner] = groups++;
        loner = -1;
      }
    } else {
      parent[i] = groups++;
    }
  }
  if (loner >= 0) parent[loner] = groups++;

  return { coarse: coarseGraph(graph, parent, groups), parent };
}

function coarseGraph(graph: ForceGraph, parent: Int32Array, groups: number): ForceGraph {
  const order = graph.x.length;
  const mass = new Float64Array(groups);
  const x = new Float64Array(groups);
  const y = new Float64Array(groups);
  for (let i = 0; i < order; i++) {
    const g = parent[i]!;
    const m = graph.mass[i]!;
    mass[g]! += m;
    x[g]! += graph.x[i]! * m;
    y[g]! += graph.y[i]! * m;
  }
  for (let g = 0; g < groups; g++) {
    x[g]! /= mass[g]!;
    y[g]! /= mass[g]!;
  }
  const links = new Map<number, number>();
  for (let e = 0; e < graph.linkSource.length; e++) {
    const s = parent[graph.linkSource[e]!]!;
    const t = parent[graph.linkTarget[e]!]!;
    if (s === t) continue;
    const pair = s < t ? s * groups + t : t * groups + s;
    links.set(pair, (links.get(pair) ?? 0) + graph.linkWeight[e]!);
  }
  const pairs = [...links.keys()].sort((a, b) => a - b);
  const linkSource = new Int32Array(pairs.length);
  const linkTarget = new Int32Array(pairs.length);
  const linkWeight = new Float64Array(pairs.length);
  pairs.forEach((pair, k) => {
    linkSource[k] = Math.floor(pair / groups);
    linkTarget[k] = pair % groups;
    linkWeight[k] = links.get(pair)!;
  });
  return { x, y, mass, linkSource, linkTarget, linkWeight };
}
