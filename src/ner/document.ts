import { isCapitalised } from "./shape.ts";
import { addSpanEvidence } from "./span-evidence.ts";
import { NER_TAGS, NER_TAG_COUNT } from "./tags.ts";
import { addFirstPassContext } from "./first-pass-context.ts";

// Document-level evidence for the second tagging pass: a name tends to keep its type
// within a document ("Lunardi" after "Fabbrica Tessile Lunardi" is the company again),
// so each capitalised token gets features saying how the first pass tagged the same word
// in the nearby sentences (not its own sentence), each tag counted by how sure the first
// pass was of it, and each token sequence the first pass read as one name nearby gets
// features saying so (span-evidence.ts).

const T = NER_TAG_COUNT;
/** Type of each tag index: 0 = O, 1 = PER, 2 = ORG, 3 = LOC. */
const TYPE_OF_TAG = NER_TAGS.map((t) => (t === "O" ? 0 : ["PER", "ORG", "LOC"].indexOf(t.slice(2)) + 1));
const TYPE_NAMES = ["O", "PER", "ORG", "LOC"];
// Keys are built once: a string's hash is cached on it, so looking up the same string
// object again is cheap, where a freshly concatenated one would be hashed every time.
const UNSEEN_KEY = "doc=unseen";
const TAG_KEYS = NER_TAGS.map((t) => "doc-tag=" + t);
const ALL_KEYS = TYPE_NAMES.map((t) => "doc-all=" + t);
const SOME_KEYS = TYPE_NAMES.map((t) => "doc-some=" + t);
const OWN_KEYS = NER_TAGS.map((t) => "pass1=" + t);
const PREV_KEYS = [...NER_TAGS, "<S>"].map((t) => "pass1-1=" + t);
const NEXT_KEYS = [...NER_TAGS, "<S>"].map((t) => "pass1+1=" + t);

/** Sharpness of the first pass's marginals (its scores are divided by it before forward–backward). */
export const FIRST_PASS_TEMPERATURE = 4;

/** The first pass over one sentence: its tags and the marginal probability of each. */
export interface FirstPass {
  tags: Int8Array;
  confidence: Float64Array;
}

/**
 * The count of a first-pass tag: its confidence in steps of 1/16, so that window sums
 * are exact and a near tie between two tags is not decided by rounding error.
 */
function weightOf(confidence: Float64Array | undefined, i: number): number {
  return confidence ? Math.round(confidence[i]! * 16) / 16 : 1;
}

function countable(token: string): boolean {
  return token.length > 1 && isCapitalised(token);
}

/** Confidence from which a first-pass tag elsewhere counts as sure (doc-sure keys). */
const SURE = 0.9;
const SURE_KEYS = TYPE_NAMES.map((t) => "doc-sure=" + t);

/**
 * Extra feature keys per token, from first-pass tags of the sentences within `window`
 * sentences before and after (the whole list when it is shorter). `confidence[j][i]`,
 * when given, is how sure the first pass was of token i's tag in sentence j (a marginal
 * probability): each tag then counts by it, so a guess weighs less than a sure name.
 */
export function documentEvidence(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int8Array[],
  window: number,
  confidence?: readonly Float64Array[],
): Array<Array<string[] | null>> {
  // counts[token] = weighted tag counts over the current window, then the count of sure
  // tags by type; the own sentence is taken out while its keys are made. Weights are
  // multiples of 1/16, so adding and taking out leave exact sums.
  const counts = new Map<string, Float64Array>();
  // slots[j][i]: the counts of token i of sentence j (null when it is not countable),
  // looked up once per sentence.
  const slots: Array<Array<Float64Array | null>> = new Array(sentences.length);
  const add = (j: number, sign: number) => {
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    const sure = confidence?.[j];
    const row = (slots[j] ??= Array.from(toks, (tok) => {
      if (!countable(tok)) return null;
      let c = counts.get(tok);
      if (!c) counts.set(tok, (c = new Float64Array(T + 4)));
      return c;
    }));
    for (let i = 0; i < toks.length; i++) {
      const c = row[i];
      if (!c) continue;
      const p = weightOf(sure, i);
      c[tags[i]!]! += sign * p;
      if (sure && p >= SURE) c[T + TYPE_OF_TAG[tags[i]!]!]! += sign;
    }
  };
  const out: Array<Array<string[] | null>> = [];
  let lo = 0;
  let hi = -1;
  const typeCounts = new Float64Array(4);
  for (let j = 0; j < sentences.length; j++) {
    const wantLo = Math.max(0, j - window);
    const wantHi = Math.min(sentences.length - 1, j + window);
    while (hi < wantHi) add(++hi, 1);
    while (lo < wantLo) {
      add(lo, -1);
      slots[lo++] = [];
    }
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    add(j, -1);
    // The first pass's own tags (of this token and its neighbours) are evidence too.
    const keys: Array<string[]> = Array.from(toks, (_, i) => [
      OWN_KEYS[tags[i]!]!,
      PREV_KEYS[i > 0 ? tags[i - 1]! : T]!,
      NEXT_KEYS[i + 1 < toks.length ? tags[i + 1]! : T]!,
    ]);
    const row = slots[j]!;
    for (let i = 0; i < toks.length; i++) {
      const c = row[i];
      if (!c) continue;
      typeCounts.fill(0);
      let total = 0;
      let bestTag = -1;
      for (let t = 0; t < T; t++) {
        const n = c[t]!;
        if (n <= 0) continue;
        total += n;
        typeCounts[TYPE_OF_TAG[t]!]! += n;
        if (bestTag < 0 || n > c[bestTag]!) bestTag = t;
      }
      const k = keys[i]!;
      if (total === 0) {
        k.push(UNSEEN_KEY);
        continue;
      }
      k.push(TAG_KEYS[bestTag]!);
      for (let ty = 0; ty < 4; ty++) {
        const share = typeCounts[ty]! / total;
        if (share >= 0.999) k.push(ALL_KEYS[ty]!);
        else if (share >= 0.3) k.push(SOME_KEYS[ty]!);
        if (confidence && c[T + ty]! > 0.5) k.push(SURE_KEYS[ty]!);
      }
    }
    add(j, 1);
    out.push(keys);
  }
  addSpanEvidence(sentences, firstPass, window, out);
  addFirstPassContext(sentences, firstPass, out);
  return out;
}
