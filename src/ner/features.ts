import { shortShape, wordShape, isCapitalised } from "./shape.ts";
import type { GazetteerData, TokenGazetteer } from "./gazetteer.ts";

// Feature extraction for the tagger. Most features depend on the word alone (its form,
// shape, affixes, cluster) and on the words beside it; those are turned into feature ids
// once per word type and cached, so tagging a sentence is mostly array copying, with a
// few string keys per token for what depends on the sentence (word pairs, gazetteer
// matches, position).

/** Maps a feature key to its id; -1 when the feature is unknown (and not to be added). */
export interface FeatureIndex {
  lookup(key: string): number;
}

/** A name list, its labels ("ORG", "LOC|PER", ...) and its compiled matcher. */
export interface NamedGazetteer extends GazetteerData {
  gazetteer: TokenGazetteer;
}

/** What the features read besides the tokens; stored inside the model. */
export interface FeatureResources {
  /** Lower-cased word → cluster ids, coarsest first. */
  clusters: Map<string, string[]>;
  gazetteers: NamedGazetteer[];
}

/** Feature ids of a sentence: those of token i are ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  length: number;
  offsets: Int32Array;
  ids: Int32Array;
}

interface WordFeatures {
  lower: string;
  short: string;
  capitalised: boolean;
  self: Int32Array;
  /** Ids describing this word as a neighbour at offset -2, -1, +1, +2. */
  context: [Int32Array, Int32Array, Int32Array, Int32Array];
}

const CONTEXT_OFFSETS = ["-2", "-1", "+1", "+2"] as const;
const MAX_CACHED_TYPES = 200_000;
const BOUNDARY = "<S>";

export class FeatureExtractor {
  private readonly types = new Map<string, WordFeatures>();
  private readonly boundary: WordFeatures;
  private readonly gazMarks: Int32Array[] = [];
  private buffer = new Int32Array(4096);
  private ids: number[] = [];

  constructor(
    private readonly resources: FeatureResources,
    private readonly index: FeatureIndex,
  ) {
    this.boundary = this.wordFeatures(BOUNDARY);
  }

  /**
   * Features of every token of a sentence. `extra[i]`, when given, adds keys computed
   * outside the sentence (document-level evidence) to token i.
   */
  extract(tokens: readonly string[], extra?: ReadonlyArray<readonly string[] | null>): SentenceFeatures {
    const n = tokens.length;
    const words: WordFeatures[] = new Array(n);
    for (let i = 0; i < n; i++) words[i] = this.word(tokens[i]!);
    const gazetteers = this.resources.gazetteers;
    for (let g = 0; g < gazetteers.length; g++) {
      if (!this.gazMarks[g] || this.gazMarks[g]!.length < n) this.gazMarks[g] = new Int32Array(Math.max(n, 64));
      gazetteers[g]!.gazetteer.match(tokens, this.gazMarks[g]!);
    }
    const offsets = new Int32Array(n + 1);
    let len = 0;
    const ids = this.ids;
    for (let i = 0; i < n; i++) {
      offsets[i] = len;
      ids.length = 0;
      const w = words[i]!;
      pushAll(ids, w.self);
      pushAll(ids, (i >= 2 ? words[i - 2]! : this.boundary).context[0]);
      pushAll(ids, (i >= 1 ? words[i - 1]! : this.boundary).context[1]);
      pushAll(ids, (i + 1 < n ? words[i + 1]! : this.boundary).context[2]);
      pushAll(ids, (i + 2 < n ? words[i + 2]! : this.boundary).context[3]);
      const prev = i >= 1 ? words[i - 1]! : this.boundary;
      const next = i + 1 < n ? words[i + 1]! : this.boundary;
      this.push(ids, "ww-1=" + prev.lower + "|" + w.lower);
      this.push(ids, "ww+1=" + w.lower + "|" + next.lower);
      this.push(ids, "sss=" + prev.short + "|" + w.short + "|" + next.short);
      if (i === 0) this.push(ids, w.capitalised ? "first-cap" : "first-low");
      else if (w.capitalised && prev.short !== "x" && prev.short !== "X") this.push(ids, "cap-after-punct");
      if (w.capitalised) this.nameRunFeatures(ids, words, i);
      for (let g = 0; g < gazetteers.length; g++) {
        const mark = this.gazMarks[g]![i]!;
        if (mark === 0) continue;
        const gaz = gazetteers[g]!;
        const label = gaz.labels[(mark - 1) >> 1]!;
        const pos = (mark & 1) === 1 ? "B" : "I";
        this.push(ids, "g" + gaz.code + pos + "=" + label);
        this.push(ids, "g" + gaz.code + "=" + label);
      }
      const more = extra?.[i];
      if (more) for (const key of more) this.push(ids, key);
      if (len + ids.length > this.buffer.length) {
        const grown = new Int32Array(Math.max(this.buffer.length * 2, len + ids.length));
        grown.set(this.buffer.subarray(0, len));
        this.buffer = grown;
      }
      for (let k = 0; k < ids.length; k++) this.buffer[len++] = ids[k]!;
    }
    offsets[n] = len;
    return { length: n, offsets, ids: this.buffer.slice(0, len) };
  }

  /**
   * A run of capitalised words is usually one name; the words around the run (the
   * "ministro" before "Gianfranco Brusati", the "di" after a city) say most about its
   * type, and they are often beyond the ±2 window of the run's last word.
   */
  private nameRunFeatures(ids: number[], words: readonly WordFeatures[], i: number): void {
    let start = i;
    while (start > 0 && words[start - 1]!.capitalised) start--;
    let end = i + 1;
    while (end < words.length && words[end]!.capitalised) end++;
    const length = end - start;
    const pos = i === start ? (length === 1 ? "U" : "B") : i === end - 1 ? "E" : "I";
    const before = start > 0 ? words[start - 1]! : this.boundary;
    const after = end < words.length ? words[end]! : this.boundary;
    this.push(ids, "run=" + Math.min(length, 4) + pos);
    this.push(ids, "run-before=" + before.lower);
    this.push(ids, "run-after=" + after.lower);
    this.push(ids, "run-before|pos=" + before.lower + "|" + pos);
    if (i !== start) this.push(ids, "run-first=" + words[start]!.lower);
    if (i !== end - 1) this.push(ids, "run-last=" + words[end - 1]!.lower);
  }

  private push(ids: number[], key: string): void {
    const id = this.index.lookup(key);
    if (id >= 0) ids.push(id);
  }

  private word(token: string): WordFeatures {
    let w = this.types.get(token);
    if (!w) {
      // A bounded cache: long-running processes see an open vocabulary.
      if (this.types.size >= MAX_CACHED_TYPES) this.types.clear();
      w = this.wordFeatures(token);
      this.types.set(token, w);
    }
    return w;
  }

  private wordFeatures(token: string): WordFeatures {
    const lower = token.toLowerCase();
    const short = token === BOUNDARY ? BOUNDARY : shortShape(token);
    const clusters = this.resources.clusters.get(lower);
    const self: number[] = [];
    for (const key of selfKeys(token, lower, short, clusters)) this.push(self, key);
    const context = CONTEXT_OFFSETS.map((offset) => {
      const ids: number[] = [];
      this.push(ids, "w" + offset + "=" + lower);
      this.push(ids, "ss" + offset + "=" + short);
      if (clusters) for (let c = 0; c < clusters.length; c++) this.push(ids, "c" + c + offset + "=" + clusters[c]);
      return Int32Array.from(ids);
    }) as WordFeatures["context"];
    return { lower, short, capitalised: isCapitalised(token), self: Int32Array.from(self), context };
  }
}

function selfKeys(token: string, lower: string, short: string, clusters: string[] | undefined): string[] {
  const keys = ["bias", "w=" + lower, "sh=" + wordShape(token), "ss=" + short];
  const chars = Array.from(lower);
  for (let k = 1; k <= 4 && k < chars.length; k++) {
    keys.push("p" + k + "=" + chars.slice(0, k).join(""));
    keys.push("s" + k + "=" + chars.slice(-k).join(""));
  }
  if (isCapitalised(token)) keys.push("W=" + token);
  if (clusters) {
    for (let c = 0; c < clusters.length; c++) {
      keys.push("c" + c + "=" + clusters[c]);
      keys.push("c" + c + "|ss=" + clusters[c] + "|" + short);
    }
  } else {
    keys.push("c=none|ss=" + short);
  }
  return keys;
}

function pushAll(ids: number[], from: Int32Array): void {
  for (let k = 0; k < from.length; k++) ids.push(from[k]!);
}

/** An index that gives every new key the next id: used while collecting features. */
export class GrowingIndex implements FeatureIndex {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  lookup(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }
  peek(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/** A read-only view of a growing index: unknown keys get -1 (for held-out data). */
export class PeekIndex implements FeatureIndex {
  constructor(private readonly of: GrowingIndex) {}
  lookup(key: string): number {
    return this.of.peek(key);
  }
}

/** A fixed index over a list of keys (id = position): used by a trained model. */
export class FrozenIndex implements FeatureIndex {
  private readonly ids: Map<string, number>;
  constructor(readonly keys: readonly string[]) {
    this.ids = new Map(keys.map((k, i) => [k, i]));
  }
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }
  get size(): number {
    return this.keys.length;
  }
}
