import type { ForceGraph } from "./arrays.ts";

/** Undirected adjacency in compressed rows: neighbours of i are target[offset[i]..offset[i+1]). */
export interface Adjacency {
  offset: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export function adjacencyOf(input: Pick<ForceGraph, "linkSource" | "linkTarget" | "linkWeight">, order: number): Adjacency {
  const { linkSource, linkTarget, linkWeight } = input;
  const offset = new Int32Array(order + 1);
  for (let e = 0; e < linkSource.length; e++) {
    offset[linkSource[e]! + 1]!++;
    offset[linkTarget[e]! + 1]!++;
  }
  for (let i = 0; i < order; i++) offset[i + 1]! += offset[i]!;
  const fill = offset.slice(0, order);
  const target = new Int32Array(linkSource.length * 2);
  const weight = new Float64Array(linkSource.length * 2);
  for (let e = 0; e < linkSource.length; e++) {
    const s = linkSource[e]!;
    const t = linkTarget[e]!;
    target[fill[s]!] = t;
    weight[fill[s]!++] = linkWeight[e]!;
    target[fill[t]!] = s;
    weight[fill[t]!++] = linkWeight[e]!;
  }
  return { offset, target, weight };
}
