import { seededRandom } from "../../src/random.ts";
import { shortShape } from "../../src/ner/shape.ts";

// Distributional word clusters from unlabelled text, for the tagger's features: words
// used in similar contexts ("ministro", "presidente"; "Brusati", "Rossi") share a cluster,
// so what the model learns for one carries over to the other, including words it never
// saw labelled. Each word is described by its neighbours (PPMI-weighted counts of the word
// one and two to the left and right), and the words are split in two by spherical
// 2-means, recursively; a word's cluster is its path of left/right turns as a bit string,
// so prefixes of it are coarser clusters, as with Brown clusters.

export interface ClusterSettings {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Neighbours outside the most frequent this-many words count by their shape. */
  contextWords: number;
  /** Longest bit path. */
  maxDepth: number;
  /** Nodes with fewer words are not split. */
  minLeaf: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = {
  minCount: 3,
  contextWords: 3000,
  maxDepth: 14,
  minLeaf: 4,
  iterations: 8,
  seed: 7,
};

interface SparseVector {
  dims: Int32Array;
  values: Float32Array;
}

/** Lower-cased word → bit path ("0110…"). */
export function clusterWords(sentences: readonly (readonly string[])[], partial: Partial<ClusterSettings> = {}): Map<string, string> {
  const s = { ...DEFAULT_CLUSTER_SETTINGS, ...partial };
  const counts = new Map<string, number>();
  for (const sent of sentences) for (const t of sent) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextId = new Map<string, number>();
  for (const [w] of byFreq.slice(0, s.contextWords)) contextId.set(w, contextId.size);
  const words = byFreq.filter(([, c]) => c >= s.minCount).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));

  // Context ids: 4 positions × (frequent word | shape of a rare one | sentence boundary).
  const shapeIds = new Map<string, number>();
  const context = (tok: string | undefined): number => {
    if (tok === undefined) return 0;
    const c = contextId.get(tok.toLowerCase());
    if (c !== undefined) return 1 + c;
    const sh = "shape:" + shortShape(tok);
    let id = shapeIds.get(sh);
    if (id === undefined) shapeIds.set(sh, (id = shapeIds.size));
    return 1 + s.contextWords + id;
  };
  const POSITIONS = [-2, -1, 1, 2];
  const cooc: Array<Map<number, number>> = words.map(() => new Map());
  for (const sent of sentences) {
    for (let i = 0; i < sent.length; i++) {
      const w = wordId.get(sent[i]!.toLowerCase());
      if (w === undefined) continue;
      const m = cooc[w]!;
      for (let p = 0; p < POSITIONS.length; p++) {
        const c = context(sent[i + POSITIONS[p]!]) * POSITIONS.length + p;
        m.set(c, (m.get(c) ?? 0) + 1);
      }
    }
  }
  const dimCount = (1 + s.contextWords + shapeIds.size) * POSITIONS.length;
  const dimTotals = new Float64Array(dimCount);
  let total = 0;
  for (const m of cooc) for (const [d, c] of m) (dimTotals[d]! += c), (total += c);
  const vectors: SparseVector[] = cooc.map((m) => {
    let rowTotal = 0;
    for (const c of m.values()) rowTotal += c;
    const dims: number[] = [];
    const values: number[] = [];
    for (const [d, c] of m) {
      const pmi = Math.log((c * total) / (rowTotal * dimTotals[d]!));
      if (pmi > 0) dims.push(d), values.push(pmi);
    }
    const norm = Math.hypot(...values) || 1;
    return { dims: Int32Array.from(dims), values: Float32Array.from(values, (v) => v / norm) };
  });

  const paths = new Map<string, string>();
  const random = seededRandom(s.seed);
  const split = (members: number[], path: string) => {
    if (path.length >= s.maxDepth || members.length < 2 * s.minLeaf) {
      for (const m of members) paths.set(words[m]!, path || "0");
      return;
    }
    const [left, right] = twoMeans(members, vectors, dimCount, s.iterations, random);
    if (left.length === 0 || right.length === 0) {
      for (const m of members) paths.set(words[m]!, path || "0");
      return;
    }
    split(left, path + "0");
    split(right, path + "1");
  };
  split(words.map((_, i) => i), "");
  return paths;
}

function twoMeans(members: number[], vectors: SparseVector[], dims: number, iterations: number, random: () => number): [number[], number[]] {
  const centroids = [new Float64Array(dims), new Float64Array(dims)];
  // Seeds: a random member and the member least like it.
  const first = members[Math.floor(random() * members.length)]!;
  let second = members[0]!;
  let lowest = Infinity;
  for (const m of members) {
    const d = dot(vectors[m]!, vectorAsDense(vectors[first]!, centroids[0]!));
    if (d < lowest) (lowest = d), (second = m);
  }
  centroids[0]!.fill(0);
  addTo(centroids[0]!, vectors[first]!);
  addTo(centroids[1]!, vectors[second]!);
  let assign = new Uint8Array(members.length);
  for (let it = 0; it < iterations; it++) {
    const next = new Uint8Array(members.length);
    for (let k = 0; k < members.length; k++) {
      const v = vectors[members[k]!]!;
      next[k] = dot(v, centroids[1]!) > dot(v, centroids[0]!) ? 1 : 0;
    }
    const changed = it === 0 || next.some((a, k) => a !== assign[k]);
    assign = next;
    if (!changed) break;
    centroids[0]!.fill(0);
    centroids[1]!.fill(0);
    for (let k = 0; k < members.length; k++) addTo(centroids[assign[k]!]!, vectors[members[k]!]!);
    for (const c of centroids) normalise(c);
  }
  const left: number[] = [];
  const right: number[] = [];
  for (let k = 0; k < members.length; k++) (assign[k] ? right : left).push(members[k]!);
  return [left, right];
}

function vectorAsDense(v: SparseVector, into: Float64Array): Float64Array {
  into.fill(0);
  addTo(into, v);
  return into;
}

function dot(v: SparseVector, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.dims.length; k++) s += v.values[k]! * dense[v.dims[k]!]!;
  return s;
}

function addTo(dense: Float64Array, v: SparseVector): void {
  for (let k = 0; k < v.dims.length; k++) dense[v.dims[k]!]! += v.values[k]!;
}

function normalise(dense: Float64Array): void {
  let n = 0;
  for (let k = 0; k < dense.length; k++) n += dense[k]! * dense[k]!;
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < dense.length; k++) dense[k]! /= n;
}

/** Cluster features of a word: prefixes of its path at the given lengths (coarse first). */
export function clusterPrefixes(paths: Map<string, string>, lengths: readonly number[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [word, path] of paths) out.set(word, lengths.map((l) => path.slice(0, l)));
  return out;
}
