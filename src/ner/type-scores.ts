import { NER_TAG_COUNT } from "./tags.ts";

// Most of a token's features depend on one word type only: its own form, shape, affixes,
// clusters and lists, and the same of each neighbour within two words. Each such group of
// features adds a fixed vector of tag scores, so a word type's sums are kept per place it
// can take (the token itself, or a neighbour at -2, -1, +1, +2): tagging a token then adds
// five vectors instead of reading the weights of forty-odd features one by one.

const T = NER_TAG_COUNT;
/** Places of a word type relative to the token scored: -2, -1, +1, +2, the token itself. */
export const TYPE_PLACES = 5;
const STRIDE = TYPE_PLACES * T;
const INITIAL_TYPES = 1024;

/** The per-place score sums of word types under one set of emission weights. */
export class TypeScores {
  /** sums[slot * STRIDE + place * T + tag] */
  sums = new Float64Array(INITIAL_TYPES * STRIDE);
  private ready = new Uint8Array(INITIAL_TYPES);

  constructor(readonly emission: Float32Array | Float64Array) {}

  /**
   * Offset in `sums` of a word type's vectors, computed on first use from its feature ids:
   * pool[at + p] is the end of place p's ids, which follow those of place p - 1 (place 0's
   * start at at + TYPE_PLACES).
   */
  row(slot: number, pool: Int32Array, at: number): number {
    if (slot >= this.ready.length) this.grow(slot);
    if (this.ready[slot] === 1) return slot * STRIDE;
    const sums = this.sums;
    const weights = this.emission;
    const row = slot * STRIDE;
    let k = at + TYPE_PLACES;
    for (let place = 0; place < TYPE_PLACES; place++) {
      const base = row + place * T;
      for (let t = 0; t < T; t++) sums[base + t] = 0;
      for (const end = pool[at + place]!; k < end; k++) {
        const w = pool[k]! * T;
        for (let t = 0; t < T; t++) sums[base + t]! += weights[w + t]!;
      }
    }
    this.ready[slot] = 1;
    return row;
  }

  /** Forgets every type (their slots are given to other words after a cache reset). */
  clear(): void {
    this.sums = new Float64Array(INITIAL_TYPES * STRIDE);
    this.ready = new Uint8Array(INITIAL_TYPES);
  }

  private grow(slot: number): void {
    const types = Math.max(slot + 1, 2 * this.ready.length);
    const sums = new Float64Array(types * STRIDE);
    sums.set(this.sums);
    const ready = new Uint8Array(types);
    ready.set(this.ready);
    this.sums = sums;
    this.ready = ready;
  }
}

/**
 * Whether every sum of up to `terms` of these weights is exact in double precision, so
 * that adding them in any grouping gives the same bits: true of float32 weights whose
 * magnitudes span less than 2^(53 - 24 - log2 terms), as a quantised model's do (16-bit
 * integers times one scale). Trained, unquantised weights may span more.
 */
export function sumsAreExact(weights: Float32Array | Float64Array, terms: number): boolean {
  if (!(weights instanceof Float32Array)) return false;
  let min = Infinity;
  let max = 0;
  for (let k = 0; k < weights.length; k++) {
    const a = Math.abs(weights[k]!);
    if (a === 0) continue;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  if (max === 0) return true;
  if (!Number.isFinite(max) || min < 2 ** -126) return false;
  // Every normal float32 ≥ min is a multiple of min's unit in the last place (one power
  // of two lower here, in case log2 rounds up).
  const unit = 2 ** (Math.floor(Math.log2(min)) - 24);
  return (terms * max) / unit <= 2 ** 53;
}
