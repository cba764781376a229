import { isCapitalised } from "./shape.ts";
import { addSpanEvidence, SPAN_KEYS } from "./span-evidence.ts";
import { NER_TAGS, NER_TAG_COUNT } from "./tags.ts";
import { addFirstPassContext, CONTEXT_KEYS } from "./first-pass-context.ts";

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

// Every evidence key has a number, its position in EVIDENCE_KEYS: the tagger maps the
// numbers to feature ids once, where strings would be built, kept and hashed per token.
const OWN_KEYS = NER_TAGS.map((t) => "pass1=" + t);
const PREV_KEYS = [...NER_TAGS, "<S>"].map((t) => "pass1-1=" + t);
const NEXT_KEYS = [...NER_TAGS, "<S>"].map((t) => "pass1+1=" + t);
const UNSEEN_KEY = "doc=unseen";
const TAG_KEYS = NER_TAGS.map((t) => "doc-tag=" + t);
const ALL_KEYS = TYPE_NAMES.map((t) => "doc-all=" + t);
const SOME_KEYS = TYPE_NAMES.map((t) => "doc-some=" + t);
const SURE_KEYS = TYPE_NAMES.map((t) => "doc-sure=" + t);

/** The document-evidence keys; a key's number is its position here. */
export const EVIDENCE_KEYS: readonly string[] = [OWN_KEYS, PREV_KEYS, NEXT_KEYS, [UNSEEN_KEY], TAG_KEYS, ALL_KEYS, SOME_KEYS, SURE_KEYS, SPAN_KEYS, CONTEXT_KEYS].flat();
const OWN = 0;
const PREV = OWN + OWN_KEYS.length;
const NEXT = PREV + PREV_KEYS.length;
const UNSEEN = NEXT + NEXT_KEYS.length;
const TAG = UNSEEN + 1;
const ALL = TAG + TAG_KEYS.length;
const SOME = ALL + ALL_KEYS.length;
const SURE_TYPE = SOME + SOME_KEYS.length;
/** Number of the first span key (span-evidence.ts numbers them from 0). */
export const SPAN = SURE_TYPE + SURE_KEYS.length;
/** Number of the first first-pass context key (first-pass-context.ts numbers them from 0). */
const CONTEXT = SPAN + SPAN_KEYS.length;

/**
 * Most numbered keys one token can get: its own and its neighbours' tags (3), the tag
 * seen most (1), a type share and a sure type per type (8), a span position per type
 * (3), the first-pass context (4).
 */
export const MAX_TOKEN_EVIDENCE = 20;

/**
 * Evidence key numbers of every token of a document, sentences in order: token k (its
 * sentence's start plus its position) has keys[k * MAX_TOKEN_EVIDENCE + c] for c below
 * counts[k], in the order the keys are added as features.
 */
export class EvidenceCodes {
  readonly keys: Uint8Array;
  readonly counts: Uint8Array;
  /** Token number of the first token of each sentence, and the total at the end. */
  readonly starts: Int32Array;
  /** Keys that are no fixed set (they hold a word), by token, after its numbered ones. */
  readonly texts = new Map<number, string[]>();

  constructor(sentences: readonly (readonly string[])[]) {
    this.starts = new Int32Array(sentences.length + 1);
    for (let j = 0; j < sentences.length; j++) this.starts[j + 1] = this.starts[j]! + sentences[j]!.length;
    const tokens = this.starts[sentences.length]!;
    this.keys = new Uint8Array(tokens * MAX_TOKEN_EVIDENCE);
    this.counts = new Uint8Array(tokens);
  }

  add(token: number, key: number): void {
    this.keys[token * MAX_TOKEN_EVIDENCE + this.counts[token]!++] = key;
  }

  addText(token: number, key: string): void {
    const texts = this.texts.get(token);
    if (texts) texts.push(key);
    else this.texts.set(token, [key]);
  }
}

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

/** Whether a token's first-pass tags are counted as evidence about the same word elsewhere. */
export function countable(token: string): boolean {
  return token.length > 1 && isCapitalised(token);
}

/** Confidence from which a first-pass tag elsewhere counts as sure (doc-sure keys). */
const SURE = 0.9;

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
  confidence?: readonly (Float64Array | undefined)[],
): Array<Array<string[] | null>> {
  return evidenceKeys(sentences, evidenceCodes(sentences, firstPass, window, confidence));
}

/** The keys of EvidenceCodes as text, per sentence and token. */
export function evidenceKeys(sentences: readonly (readonly string[])[], codes: EvidenceCodes): string[][][] {
  return sentences.map((toks, j) =>
    Array.from(toks, (_, i) => {
      const k = codes.starts[j]! + i;
      const keys = Array.from(codes.keys.subarray(k * MAX_TOKEN_EVIDENCE, k * MAX_TOKEN_EVIDENCE + codes.counts[k]!), (key) => EVIDENCE_KEYS[key]!);
      const texts = codes.texts.get(k);
      return texts ? keys.concat(texts) : keys;
    }),
  );
}

/**
 * documentEvidence() as key numbers (see EvidenceCodes). `confidence[j]` may be left out
 * for a sentence with no countable token: it is never read.
 */
export function evidenceCodes(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int8Array[],
  window: number,
  confidence?: readonly (Float64Array | undefined)[],
): EvidenceCodes {
  const codes = new EvidenceCodes(sentences);
  const starts = codes.starts;
  // counts[token] = weighted tag counts over the current window, then the count of sure
  // tags by type; the own sentence is taken out while its keys are made. Weights are
  // multiples of 1/16, so adding and taking out leave exact sums.
  const counts = new Map<string, Float64Array>();
  // slots[k]: the counts of token k (null when it is not countable), looked up once.
  const slots: Array<Float64Array | null> = new Array(starts[sentences.length]!);
  const add = (j: number, sign: number) => {
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    const sure = confidence?.[j];
    const start = starts[j]!;
    for (let i = 0; i < toks.length; i++) {
      const c = slots[start + i];
      if (!c) continue;
      const p = weightOf(sure, i);
      c[tags[i]!]! += sign * p;
      if (sure && p >= SURE) c[T + TYPE_OF_TAG[tags[i]!]!]! += sign;
    }
  };
  const look = (j: number) => {
    const toks = sentences[j]!;
    const start = starts[j]!;
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      let c: Float64Array | null = null;
      if (countable(tok)) {
        c = counts.get(tok) ?? null;
        if (!c) counts.set(tok, (c = new Float64Array(T + 4)));
      }
      slots[start + i] = c;
    }
  };
  let lo = 0;
  let hi = -1;
  const typeCounts = new Float64Array(4);
  for (let j = 0; j < sentences.length; j++) {
    const wantLo = Math.max(0, j - window);
    const wantHi = Math.min(sentences.length - 1, j + window);
    while (hi < wantHi) {
      look(++hi);
      add(hi, 1);
    }
    while (lo < wantLo) add(lo++, -1);
    const toks = sentences[j]!;
    const tags = firstPass[j]!;
    const start = starts[j]!;
    add(j, -1);
    for (let i = 0; i < toks.length; i++) {
      const k = start + i;
      // The first pass's own tags (of this token and its neighbours) are evidence too.
      codes.add(k, OWN + tags[i]!);
      codes.add(k, PREV + (i > 0 ? tags[i - 1]! : T));
      codes.add(k, NEXT + (i + 1 < toks.length ? tags[i + 1]! : T));
      const c = slots[k];
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
      if (total === 0) {
        codes.add(k, UNSEEN);
        continue;
      }
      codes.add(k, TAG + bestTag);
      for (let ty = 0; ty < 4; ty++) {
        const share = typeCounts[ty]! / total;
        if (share >= 0.999) codes.add(k, ALL + ty);
        else if (share >= 0.3) codes.add(k, SOME + ty);
        if (confidence && c[T + ty]! > 0.5) codes.add(k, SURE_TYPE + ty);
      }
    }
    add(j, 1);
  }
  addSpanEvidence(sentences, firstPass, window, codes, SPAN);
  addFirstPassContext(sentences, firstPass, codes, CONTEXT);
  return codes;
}
