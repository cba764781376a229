import { NER_TAGS } from "./tags.ts";
import type { EvidenceCodes } from "./document.ts";

// Document evidence about whole names: where the first pass found a name of several
// tokens in a nearby sentence ("Celtic League", ORG), the same token sequence here gets
// features saying so and where in that name each token stands. Token evidence alone says
// only how "Celtic" was tagged, not that the name went on.

const TYPES = ["PER", "ORG", "LOC"] as const;
/** Type (0-2) of each tag index, -1 for O; and whether the tag opens a name. */
const TYPE_OF_TAG = NER_TAGS.map((t) => (t === "O" ? -1 : TYPES.indexOf(t.slice(2) as (typeof TYPES)[number])));
const OPENS = NER_TAGS.map((t) => t.startsWith("B-"));
/** The keys, numbered position * 3 + type: position 0-3 = B, I, L, U. */
export const SPAN_KEYS: readonly string[] = ["B", "I", "L", "U"].flatMap((p) => TYPES.map((t) => `doc-span=${p}-${t}`));

/** A name the first pass found: its tokens joined with spaces is its text. */
interface FoundName {
  first: string;
  /** Type and text: one name of the window. */
  id: string;
  tokens: readonly string[];
  type: number;
}

interface WindowName {
  tokens: readonly string[];
  type: number;
  count: number;
}

/** The names of a sentence's first-pass tags (a stray I-X opens a name, as spansOf reads it). */
function namesOf(tokens: readonly string[], tags: Int8Array): FoundName[] {
  const names: FoundName[] = [];
  for (let i = 0; i < tags.length; ) {
    const type = TYPE_OF_TAG[tags[i]!]!;
    if (type < 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tags.length && TYPE_OF_TAG[tags[end]!] === type && !OPENS[tags[end]!]) end++;
    const span = tokens.slice(i, end);
    names.push({ first: span[0]!, id: type + span.join(" "), tokens: span, type });
    i = end;
  }
  return names;
}

/**
 * Adds "doc-span" keys (numbered from `first`, in SPAN_KEYS order) to every token covered
 * by a name the first pass found in another sentence within `window`: the longest such
 * name, with every type it was given there.
 */
export function addSpanEvidence(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int8Array[],
  window: number,
  out: EvidenceCodes,
  first: number,
): void {
  const found = sentences.map((toks, j) => namesOf(toks, firstPass[j]!));
  // Names in the window by first token, then by type and text, with their counts there
  // (names that left the window stay, counted 0).
  const byFirst = new Map<string, Map<string, WindowName>>();
  const add = (j: number, sign: number) => {
    for (const f of found[j]!) {
      let names = byFirst.get(f.first);
      if (!names) byFirst.set(f.first, (names = new Map()));
      const name = names.get(f.id);
      if (name) name.count += sign;
      else if (sign > 0) names.set(f.id, { tokens: f.tokens, type: f.type, count: 1 });
    }
  };
  const types: number[] = [];
  let lo = 0;
  let hi = -1;
  for (let j = 0; j < sentences.length; j++) {
    const wantLo = Math.max(0, j - window);
    const wantHi = Math.min(sentences.length - 1, j + window);
    while (hi < wantHi) add(++hi, 1);
    while (lo < wantLo) add(lo++, -1);
    add(j, -1);
    const toks = sentences[j]!;
    const start = out.starts[j]!;
    for (let i = 0; i < toks.length; ) {
      const names = byFirst.get(toks[i]!);
      let len = 0;
      types.length = 0;
      if (names) {
        for (const name of names.values()) {
          const n = name.tokens.length;
          if (name.count <= 0 || n < len || i + n > toks.length) continue;
          let k = 1;
          while (k < n && toks[i + k] === name.tokens[k]) k++;
          if (k < n) continue;
          if (n > len) (len = n), (types.length = 0);
          if (!types.includes(name.type)) types.push(name.type);
        }
      }
      if (len === 0) {
        i++;
        continue;
      }
      for (let k = 0; k < len; k++) {
        const position = len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1;
        for (const type of types) out.add(start + i + k, first + position * TYPES.length + type);
      }
      i += len;
    }
    add(j, 1);
  }
}
