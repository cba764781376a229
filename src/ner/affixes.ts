import type { FeatureIndex } from "./features.ts";
import { ABSENT, PairMemo } from "./pair-memo.ts";

// Feature ids of a word's prefixes and suffixes, memoised in a trie of code points: a new
// word walks the letters it shares with words met before (most of its affixes) without
// slicing a string or hashing one, and only an affix never met is looked up by its text.

const PREFIXES = 0;
const SUFFIXES = 1;
const HIGH_SURROGATE = 0xd800;
const LOW_SURROGATE = 0xdc00;
const SURROGATE_END = 0xe000;

export class AffixIds {
  /** (node, code point) → child node; nodes 0 and 1 are the roots of prefixes and suffixes. */
  private readonly children = new PairMemo();
  /** Feature id of the affix a node spells, under the template of its length. */
  private ids: Int32Array = new Int32Array(1024);
  private nodes = 2;

  constructor(
    private readonly index: FeatureIndex,
    /** Templates of affixes of 1, 2, … code points. */
    private readonly prefixTemplates: readonly number[],
    private readonly suffixTemplates: readonly number[],
  ) {}

  get size(): number {
    return this.nodes;
  }

  /**
   * Appends the known ids (≥ 0) of the prefix then the suffix of k code points, for
   * k = 1, 2, … up to the templates' count and below the word's length in code points.
   */
  push(lower: string, out: number[]): void {
    const length = codePointCount(lower);
    const count = Math.min(this.prefixTemplates.length, this.suffixTemplates.length, length - 1);
    let prefix = PREFIXES;
    let suffix = SUFFIXES;
    let front = 0;
    let back = lower.length;
    for (let k = 1; k <= count; k++) {
      const head = lower.codePointAt(front)!;
      front += head > 0xffff ? 2 : 1;
      prefix = this.child(prefix, head, lower, 0, front, this.prefixTemplates[k - 1]!);
      let tail = lower.charCodeAt(back - 1);
      let width = 1;
      if (tail >= LOW_SURROGATE && tail < SURROGATE_END && back >= 2) {
        const high = lower.charCodeAt(back - 2);
        if (high >= HIGH_SURROGATE && high < LOW_SURROGATE) {
          tail = (high - HIGH_SURROGATE) * 0x400 + (tail - LOW_SURROGATE) + 0x10000;
          width = 2;
        }
      }
      back -= width;
      suffix = this.child(suffix, tail, lower, back, lower.length, this.suffixTemplates[k - 1]!);
      const prefixId = this.ids[prefix]!;
      const suffixId = this.ids[suffix]!;
      if (prefixId >= 0) out.push(prefixId);
      if (suffixId >= 0) out.push(suffixId);
    }
  }

  /** Forgets every affix (an open vocabulary keeps adding them). */
  clear(): void {
    this.children.clear();
    this.ids = new Int32Array(1024);
    this.nodes = 2;
  }

  private child(node: number, codePoint: number, word: string, start: number, end: number, template: number): number {
    let child = this.children.get(node, codePoint);
    if (child === ABSENT) {
      child = this.nodes++;
      if (child >= this.ids.length) {
        const grown = new Int32Array(2 * this.ids.length);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[child] = this.index.value(word.slice(start, end)).id(template);
      this.children.add(node, codePoint, child);
    }
    return child;
  }
}

/** Code points in a string (a lone surrogate counts as one). */
function codePointCount(s: string): number {
  let count = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= HIGH_SURROGATE && c < LOW_SURROGATE) {
      const d = s.charCodeAt(i + 1);
      if (d >= LOW_SURROGATE && d < SURROGATE_END) {
        count--;
        i++;
      }
    }
  }
  return count;
}
