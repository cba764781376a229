// The tag set of the trained tagger: BIO over KIND's three types. Index order is the
// order of the weight columns in the model file, so it must never change silently.

export const NER_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type NerTag = (typeof NER_TAGS)[number];
export const NER_TAG_COUNT = NER_TAGS.length;
export type NerType = "PER" | "ORG" | "LOC";

const TAG_INDEX = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));

/** Column of `tag`, or -1 when it is not one of NER_TAGS. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? -1;
}

/**
 * allowed[prev * T + cur]: whether `cur` may follow `prev` in BIO (I-X only after B-X or
 * I-X). Index T stands for the sentence start. Decoding never leaves these paths, so
 * every output is valid BIO without a repair pass.
 */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const T = NER_TAG_COUNT;
  const allowed = new Uint8Array((T + 1) * T);
  for (let prev = 0; prev <= T; prev++) {
    for (let cur = 0; cur < T; cur++) {
      const c = NER_TAGS[cur]!;
      let ok = true;
      if (c.startsWith("I-")) {
        const p = prev < T ? NER_TAGS[prev]! : "O";
        ok = p !== "O" && p.slice(2) === c.slice(2);
      }
      allowed[prev * T + cur] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** A typed span [start, end) over token positions. */
export interface TagSpan {
  start: number;
  end: number;
  type: NerType;
}

/** Spans of a BIO sequence; a stray I-X opens a span, as CoNLL scoring reads it. */
export function spansOf(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tag === "O" ? null : (tag.slice(2) as NerType);
    if (open && (type === null || tag.startsWith("B-") || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (type !== null && !open) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
