// A memo from two small non-negative integers to an integer, in one flat typed array (open
// addressing, linear probing). The tagger asks it a few times per token, where a Map per
// word type cost a hash lookup each and a Map object per type for the collector.

/** What get() returns for a pair never set (ids stored are ≥ -1). */
export const ABSENT = -2;
const EMPTY = -1;
const INITIAL_CAPACITY = 1 << 14;
/** A slot holds first, second and value side by side: a probe reads one cache line, not three. */
const SLOT = 3;

export class PairMemo {
  private slots = emptySlots(INITIAL_CAPACITY);
  private capacity = INITIAL_CAPACITY;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(a: number, b: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const f = slots[at]!;
      if (f === EMPTY) return ABSENT;
      if (f === a && slots[at + 1] === b) return slots[at + 2]!;
    }
  }

  /** Sets a pair not set before (after get() returned ABSENT). */
  add(a: number, b: number, value: number): void {
    // Kept at most half full, so probes stay short.
    if (2 * (this.count + 1) > this.capacity) this.grow();
    this.place(a, b, value);
    this.count++;
  }

  /** Forgets every pair and gives the memory back. */
  clear(): void {
    this.slots = emptySlots(INITIAL_CAPACITY);
    this.capacity = INITIAL_CAPACITY;
    this.count = 0;
  }

  private place(a: number, b: number, value: number): void {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let slot = hash(a, b) & mask;
    while (slots[slot * SLOT] !== EMPTY) slot = (slot + 1) & mask;
    const at = slot * SLOT;
    slots[at] = a;
    slots[at + 1] = b;
    slots[at + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    const oldCapacity = this.capacity;
    this.capacity = 2 * oldCapacity;
    this.slots = emptySlots(this.capacity);
    for (let slot = 0; slot < oldCapacity; slot++) {
      const at = slot * SLOT;
      if (old[at] !== EMPTY) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * SLOT);
  for (let at = 0; at < slots.length; at += SLOT) slots[at] = EMPTY;
  return slots;
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
