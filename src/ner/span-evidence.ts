import type { TagSpan } from "./tags.ts";

// Document evidence about whole names: where the first pass found a name of several
// tokens in a nearby sentence ("Celtic League", ORG), the same token sequence here gets
// features saying so and where in that name each token stands. Token evidence alone says
// only how "Celtic" was tagged, not that the name went on.

const KEY_CACHE = new Map<string, string>();
function key(position: "B" | "I" | "L" | "U", type: string): string {
  const k = position + type;
  let full = KEY_CACHE.get(k);
  if (full === undefined) KEY_CACHE.set(k, (full = `doc-span=${position}-${type}`));
  return full;
}

interface WindowName {
  tokens: readonly string[];
  type: string;
  count: number;
}

/**
 * Adds "doc-span" keys to `out[j][i]` for every token covered by a name the first pass
 * found in another sentence within `window` (longest name first, one per token).
 */
export function addSpanEvidence(
  sentences: readonly (readonly string[])[],
  spans: readonly (readonly TagSpan[])[],
  window: number,
  out: Array<Array<string[] | null>>,
): void {
  // Names in the window by first token; a name is text + type.
  const byFirst = new Map<string, Map<string, WindowName>>();
  const add = (j: number, sign: number) => {
    const toks = sentences[j]!;
    for (const s of spans[j]!) {
      const tokens = toks.slice(s.start, s.end);
      let names = byFirst.get(tokens[0]!);
      if (!names) byFirst.set(tokens[0]!, (names = new Map()));
      const id = s.type + "\t" + tokens.join(" ");
      const name = names.get(id);
      if (name) name.count += sign;
      else if (sign > 0) names.set(id, { tokens, type: s.type, count: 1 });
    }
  };
  let lo = 0;
  let hi = -1;
  for (let j = 0; j < sentences.length; j++) {
    const wantLo = Math.max(0, j - window);
    const wantHi = Math.min(sentences.length - 1, j + window);
    while (hi < wantHi) add(++hi, 1);
    while (lo < wantLo) add(lo++, -1);
    add(j, -1);
    const toks = sentences[j]!;
    const keys = out[j]!;
    for (let i = 0; i < toks.length; ) {
      const names = byFirst.get(toks[i]!);
      // The longest names that match here, with every type they were given.
      let len = 0;
      const types: string[] = [];
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
        const position = len === 1 ? "U" : k === 0 ? "B" : k === len - 1 ? "L" : "I";
        for (const type of types) (keys[i + k] ??= []).push(key(position, type));
      }
      i += len;
    }
    add(j, 1);
  }
}
