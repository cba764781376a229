// A memo from two small non-negative integers to an integer, in flat typed arrays (open
// addressing, linear probing). The tagger asks it a few times per token, where a Map per
// word type cost a hash lookup each and a Map object per type for the collector.

/** What get() returns for a pair never set (ids stored are ≥ -1). */
export const ABSENT = -2;
const EMPTY = -1;
const INITIAL_CAPACITY = 1 << 14;

export class PairMemo {
  private first = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
  private second = new Int32Array(INITIAL_CAPACITY);
  private values = new Int32Array(INITIAL_CAPACITY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(a: number, b: number): number {
    const mask = this.first.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const f = this.first[slot]!;
      if (f === EMPTY) return ABSENT;
      if (f === a && this.second[slot] === b) return this.values[slot]!;
    }
  }

  /** Sets a pair not set before (after get() returned ABSENT). */
  add(a: number, b: number, value: number): void {
    // Kept at most half full, so probes stay short.
    if (2 * (this.count + 1) > this.first.length) this.grow();
    this.place(a, b, value);
    this.count++;
  }

  /** Forgets every pair and gives the memory back. */
  clear(): void {
    this.first = new Int32Array(INITIAL_CAPACITY).fill(EMPTY);
    this.second = new Int32Array(INITIAL_CAPACITY);
    this.values = new Int32Array(INITIAL_CAPACITY);
    this.count = 0;
  }

  private place(a: number, b: number, value: number): void {
    const mask = this.first.length - 1;
    let slot = hash(a, b) & mask;
    while (this.first[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.first[slot] = a;
    this.second[slot] = b;
    this.values[slot] = value;
  }

  private grow(): void {
    const { first, second, values } = this;
    this.first = new Int32Array(first.length * 2).fill(EMPTY);
    this.second = new Int32Array(first.length * 2);
    this.values = new Int32Array(first.length * 2);
    for (let slot = 0; slot < first.length; slot++) if (first[slot] !== EMPTY) this.place(first[slot]!, second[slot]!, values[slot]!);
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
