import type { ForceGraph } from "./arrays.ts";
import { adjacencyOf, type Adjacency } from "./adjacency.ts";

// How faithful a layout is to its graph, independent of scale and rotation, so layouts
// from different algorithms (or iteration counts) can be compared:
// - stress: graph distance vs layout distance over sampled BFS sources (lower is better);
// - neighbourhood preservation: the share of a node's graph neighbours among its
//   nearest nodes on screen (higher is better).

export interface LayoutQuality {
  /** Normalised stress in [0, 1]: mean ((αD − d)/d)² with the best scale α. */
  stress: number;
  /** Mean over sampled nodes of |graph neighbours ∩ k nearest in the layout| / k, k = degree. */
  neighbourhood: number;
}

export interface PositionedGraph extends Pick<ForceGraph, "linkSource" | "linkTarget" | "linkWeight"> {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export function layoutQuality(graph: PositionedGraph, samples = 200): LayoutQuality {
  const order = graph.x.length;
  const adjacency = adjacencyOf(graph, order);
  const sources = sampleIndices(order, samples);
  return { stress: sampledStress(graph, adjacency, sources), neighbourhood: neighbourhoodPreservation(graph, adjacency, sources) };
}

/** Evenly spaced node indices: deterministic, and spread over the whole (sorted) key range. */
function sampleIndices(order: number, samples: number): number[] {
  const count = Math.min(order, samples);
  return Array.from({ length: count }, (_, i) => Math.floor((i * order) / count));
}

function sampledStress(graph: PositionedGraph, adjacency: Adjacency, sources: number[]): number {
  const order = graph.x.length;
  const distance = new Int32Array(order);
  const queue = new Int32Array(order);
  // Accumulate Σ D/d, Σ D²/d² and count to find the best α in closed form, then the stress.
  const ratios: number[] = [];
  for (const s of sources) {
    distance.fill(-1);
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const i = queue[head++]!;
      for (let k = adjacency.offset[i]!; k < adjacency.offset[i + 1]!; k++) {
        const j = adjacency.target[k]!;
        if (distance[j]! < 0) {
          distance[j] = distance[i]! + 1;
          queue[tail++] = j;
        }
      }
    }
    for (let q = 1; q < tail; q++) {
      const j = queue[q]!;
      const layoutDistance = Math.hypot(graph.x[s]! - graph.x[j]!, graph.y[s]! - graph.y[j]!);
      ratios.push(layoutDistance / distance[j]!);
    }
  }
  if (ratios.length === 0) return 0;
  let sum = 0;
  let sumSquares = 0;
  for (const r of ratios) {
    sum += r;
    sumSquares += r * r;
  }
  const alpha = sumSquares > 0 ? sum / sumSquares : 0;
  let stress = 0;
  for (const r of ratios) stress += (alpha * r - 1) ** 2;
  return stress / ratios.length;
}

function neighbourhoodPreservation(graph: PositionedGraph, adjacency: Adjacency, sources: number[]): number {
  const order = graph.x.length;
  const distances = new Float64Array(order);
  let total = 0;
  let counted = 0;
  for (const s of sources) {
    const from = adjacency.offset[s]!;
    const to = adjacency.offset[s + 1]!;
    const neighbours = new Set<number>();
    for (let k = from; k < to; k++) neighbours.add(adjacency.target[k]!);
    neighbours.delete(s);
    if (neighbours.size === 0) continue;
    for (let j = 0; j < order; j++) distances[j] = Math.hypot(graph.x[s]! - graph.x[j]!, graph.y[s]! - graph.y[j]!);
    distances[s] = Infinity;
    // The k-th smallest distance: neighbours at or inside it are preserved.
    const kth = kthSmallest(distances, neighbours.size);
    let kept = 0;
    for (const j of neighbours) if (distances[j]! <= kth) kept++;
    total += Math.min(kept, neighbours.size) / neighbours.size;
    counted++;
  }
  return counted === 0 ? 1 : total / counted;
}

function kthSmallest(values: Float64Array, k: number): number {
  return Float64Array.from(values).sort()[k - 1]!;
}
