import { shortShape, wordShape, isCapitalised } from "./shape.ts";
import type { GazetteerData, TokenGazetteer } from "./gazetteer.ts";
import { ABSENT, PairMemo } from "./pair-memo.ts";
import { stringTable, type StringTable } from "./string-table.ts";
import { emissionScores } from "./perceptron.ts";
import { NER_TAG_COUNT } from "./tags.ts";
import { TYPE_PLACES, TypeScores } from "./type-scores.ts";
import { AffixIds } from "./affixes.ts";

// Feature extraction for the tagger. Most features depend on the word alone (its form,
// shape, affixes, cluster, list keys) or on it as a neighbour; those are turned into
// feature ids once per word type and cached. Keys combining a word with its neighbours
// (word pairs, shape triples) are memoised per word type under small integer keys, so
// tagging a sentence is mostly array copying, with no string building once warm.

/** Maps a feature key to its id; -1 when the feature is unknown (and not to be added). */
export interface FeatureIndex {
  lookup(key: string): number;
  /** A number standing for a key template: the part of keys before their first "=". */
  template(name: string): number;
  /**
   * The keys `template + "=" + value` for every template, found with one lookup of the
   * value: a word's features mostly share one value (its lower-cased form, say), and a
   * concatenated key would be built, flattened and hashed anew for each of them.
   */
  value(value: string): ValueKeys;
  /**
   * value(left + "|" + right), without building that string: most such pairs are in no
   * key, and a frozen index answers those from `left` alone.
   */
  joined(left: string, right: string): ValueKeys;
  /** The values `left + "|" + …`, to look up by their right parts; null when there are none. */
  leftOf(left: string): JoinedKeys | null;
  /**
   * False when no value `… + "|" + right` is known, so no leftOf() table holds `right`:
   * a word that is in no word pair is then looked up once, not at every occurrence.
   */
  joinsRight(right: string): boolean;
}

/** The values joined to one left part (see FeatureIndex.leftOf). */
export interface JoinedKeys {
  /** The keys of value `left + "|" + right`. */
  right(right: string): ValueKeys;
}

/** The keys of one value (see FeatureIndex.value). */
export interface ValueKeys {
  /** Id of the key `template + "=" + value`, -1 when unknown. */
  id(template: number): number;
}

/** A name list, its labels ("ORG", "LOC|PER", ...) and its compiled matcher. */
export interface NamedGazetteer extends GazetteerData {
  gazetteer: TokenGazetteer;
}

/** What the features read besides the tokens; stored inside the model. */
export interface FeatureResources {
  /** Lower-cased word → cluster ids, coarsest first. */
  clusters: ReadonlyMap<string, readonly string[]>;
  gazetteers: NamedGazetteer[];
  /** Word (exact form) → extra keys about it from name lists ("org-head=10"). */
  wordKeys: ReadonlyMap<string, readonly string[]>;
  /**
   * Lower-cased word → its classes in common-word lists ("it5", "en10"): a capitalised
   * "Tornado" or "Statement" is more likely a word than a name. Absent in older models.
   */
  wordClasses?: ReadonlyMap<string, readonly string[]>;
}

/** Feature ids of a sentence: those of token i are ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  length: number;
  offsets: Int32Array;
  ids: Int32Array;
}

/** A short shape's keys, looked up once per shape. */
interface ShapeKeys {
  /** Extractor-local id, for pair memo keys. */
  index: number;
  keys: ValueKeys;
  /** The keys of "c=none|ss=" + shape: the shape of a word with no cluster. */
  noCluster: ValueKeys;
  /** Values "shape|…" (see FeatureIndex.leftOf). */
  asLeft: JoinedKeys | null;
  /** The shape, when some value "…|shape" is known (see FeatureIndex.joinsRight); null otherwise. */
  asRight: string | null;
}

/** Template numbers of one context offset. */
interface ContextTemplates {
  word: number;
  shape: number;
  /** By cluster level, grown as longer cluster paths turn up. */
  clusters: number[];
}

interface WordFeatures {
  /** Number of this type in the current cache (its row in every TypeScores). */
  slot: number;
  lower: string;
  short: string;
  capitalised: boolean;
  /** Values "lower|…" and "short|…", for the word-pair keys (see FeatureIndex.leftOf). */
  lowerLeft: JoinedKeys | null;
  shortLeft: JoinedKeys | null;
  /** `lower` and `short` when they are right parts of some value (see FeatureIndex.joinsRight); null otherwise. */
  lowerRight: string | null;
  shortRight: string | null;
  /** Extractor-local id of its short shape, for shape-triple memo keys. */
  shape: number;
  /**
   * Where the known feature ids of this word type are in the extractor's pool (one pool
   * for all types, not an array each): pool[at + k] for k = 0..4 is the end of section
   * k, which starts where section k - 1 ends (section 0 at at + 5). Sections 0..3
   * describe the word as a neighbour at offset -2, -1, +1, +2, section 4 the word itself.
   */
  at: number;
  /** Ids describing it as the word before / after a name run, or a run's first / last word. */
  runBefore: number;
  /** runBefore combined with the token's position in the run (U, B, I, E). */
  runBeforeAt: readonly number[];
  runAfter: number;
  runFirst: number;
  runLast: number;
  /** Bit g is set when a name of gazetteer g starts with this word. */
  gazetteerStarts: number;
  /** The kinds of its word classes ("en", "it": the classes' letters), sorted. */
  classKinds: readonly string[];
}

const T = NER_TAG_COUNT;
const CONTEXT_OFFSETS = ["-2", "-1", "+1", "+2"] as const;
const RUN_POSITIONS = ["U", "B", "I", "E"] as const;
/** The type cache and pair memo are cleared past these sizes (an open vocabulary). */
const MAX_CACHED_TYPES = 200_000;
const MAX_MEMO_PAIRS = 2_000_000;
/** Shape ids stay below 2^12, so a pair of them fits a shape-triple memo key. */
const SHAPE_FIELD = 1 << 12;
const BOUNDARY = "<S>";
/** Lower-case words that join the parts of one name ("Banca Popolare di Valtrebbia"). */
const NAME_CONNECTORS = new Set(["di", "del", "della", "dei", "degli", "delle", "dello", "d'", "de", "per", "e", "of", "the", "and", "du", "des", "von", "van", "da", "dal", "dalla"]);

export class FeatureExtractor {
  private types: StringTable<WordFeatures> = stringTable();
  private typeCount = 0;
  private readonly shapes = new Map<string, ShapeKeys>();
  /** Feature ids of a shape with the shapes of its neighbours (see shapeTriple()). */
  private readonly pairs = new PairMemo();
  private boundary!: WordFeatures;
  private readonly gazMarks: Int32Array[] = [];
  /** The lists matched over the current sentence (see collect()); the others marked nothing. */
  private readonly gazMatched: number[] = [];
  /** gazIds[g][mark] = the two feature ids of gazetteer g's mark (see TokenGazetteer.match). */
  private readonly gazIds: Int32Array[][];
  private readonly runIds: Int32Array;
  private readonly firstCap: number;
  private readonly firstLow: number;
  private readonly capAfterPunct: number;
  private words: WordFeatures[] = [];
  private offsets = new Int32Array(256);
  private inRun = new Uint8Array(256);
  private gazStarts = new Int32Array(256);
  /** Offsets of the sentence's word types' rows in a TypeScores (see score()). */
  private rows = new Int32Array(256);
  private buffer = new Int32Array(8192);
  /** The word types' feature ids (see WordFeatures.at). */
  private pool = new Int32Array(INITIAL_POOL);
  private poolEnd = 0;
  /** A new word's feature ids, before they are copied into the pool. */
  private readonly scratch: number[] = [];
  private readonly noCluster: number;
  private readonly wordTemplate: number;
  private readonly longShapeTemplate: number;
  private readonly shapeTemplate: number;
  private readonly capitalTemplate: number;
  private readonly affixes: AffixIds;
  private readonly clusterTemplates: number[] = [];
  private readonly clusterShapeTemplates: number[] = [];
  private readonly contextTemplates: ContextTemplates[];
  private readonly runBeforeTemplate: number;
  private readonly runBeforeAtTemplate: number;
  private readonly runAfterTemplate: number;
  private readonly runFirstTemplate: number;
  private readonly runLastTemplate: number;
  private readonly pairTemplates: number[];
  private readonly classTemplate: number;
  private readonly classShapeTemplate: number;
  private readonly runKindIds = new Map<string, number>();
  private readonly pathValues = new Map<readonly string[], readonly ValueKeys[]>();
  private readonly kindsOf = new Map<readonly string[], readonly string[]>();
  /**
   * The ids of a cluster path or a class list with a shape (by shape number), kept by
   * the list's array as pathValues is: the same for every word with that list and shape.
   * Cleared with the shapes, whose numbers it uses.
   */
  private readonly idsByList = new Map<readonly string[], Array<readonly number[] | undefined>>();
  /** The ids of a list of name-list keys (see FeatureResources.wordKeys), by its array. */
  private readonly keyIds = new Map<readonly string[], Int32Array>();
  /** Per-type score sums handed out by typeScores(), cleared with the type cache. */
  private readonly typeScoreSets: TypeScores[] = [];

  constructor(
    private readonly resources: FeatureResources,
    private readonly index: FeatureIndex,
  ) {
    this.noCluster = index.template("c");
    this.wordTemplate = index.template("w");
    this.longShapeTemplate = index.template("sh");
    this.shapeTemplate = index.template("ss");
    this.capitalTemplate = index.template("W");
    const affixLengths = [1, 2, 3, 4];
    this.affixes = new AffixIds(
      index,
      affixLengths.map((k) => index.template("p" + k)),
      affixLengths.map((k) => index.template("s" + k)),
    );
    this.contextTemplates = CONTEXT_OFFSETS.map((offset) => ({ word: index.template("w" + offset), shape: index.template("ss" + offset), clusters: [] }));
    this.runBeforeTemplate = index.template("run-before");
    this.runBeforeAtTemplate = index.template("run-before|pos");
    this.runAfterTemplate = index.template("run-after");
    this.runFirstTemplate = index.template("run-first");
    this.runLastTemplate = index.template("run-last");
    this.pairTemplates = PAIR_TEMPLATES.map((name) => index.template(name));
    this.classTemplate = index.template("lex");
    this.classShapeTemplate = index.template("lex|ss");
    this.resetCaches();
    this.gazIds = resources.gazetteers.map((g) => {
      const marks: Int32Array[] = [new Int32Array(0)];
      g.labels.forEach((label) => {
        for (const pos of ["B", "I"]) marks.push(this.ids([`g${g.code}${pos}=${label}`, `g${g.code}=${label}`]));
      });
      return marks;
    });
    const run: string[] = [];
    for (let len = 1; len <= 4; len++) for (const pos of RUN_POSITIONS) run.push(`run=${len}${pos}`);
    this.runIds = Int32Array.from(run, (k) => index.lookup(k));
    this.firstCap = index.lookup("first-cap");
    this.firstLow = index.lookup("first-low");
    this.capAfterPunct = index.lookup("cap-after-punct");
  }

  /**
   * Features of every token of a sentence. `extra[i]`, when given, adds keys computed
   * outside the sentence (document-level evidence) to token i. The result is a view of
   * buffers reused by the next call: copy it (cloneFeatures) to keep it.
   */
  extract(tokens: readonly string[], extra?: ReadonlyArray<readonly string[] | null>): SentenceFeatures {
    return this.collect(tokens, extra, true);
  }

  /** Sums of emission weights per word type, to give score(); one per weight set. */
  typeScores(emission: Float32Array | Float64Array): TypeScores {
    const set = new TypeScores(emission);
    this.typeScoreSets.push(set);
    return set;
  }

  /**
   * Emission scores of a sentence under each weight set (out[s][i * T + tag], as
   * emissionScores over extract()'s features): each word type's features at each place
   * are summed once per type, so a token adds five vectors and its contextual features.
   * The same as emissionScores only when the weights' sums are exact (sumsAreExact):
   * floating-point addition is not associative otherwise.
   */
  score(tokens: readonly string[], sets: readonly TypeScores[], out: readonly Float64Array[]): void {
    const sf = this.collect(tokens, undefined, false);
    const n = sf.length;
    const words = this.words;
    const boundary = this.boundary;
    if (this.rows.length < n) this.rows = new Int32Array(2 * n);
    const rows = this.rows;
    const pool = this.pool;
    for (let s = 0; s < sets.length; s++) {
      const set = sets[s]!;
      const scores = out[s]!;
      emissionScores(set.emission, sf, scores);
      // Each word's row once (it holds the vectors of all five places), then the sums:
      // computing a row may move the array.
      const edge = set.row(boundary.slot, pool, boundary.at);
      for (let i = 0; i < n; i++) rows[i] = set.row(words[i]!.slot, pool, words[i]!.at);
      const sums = set.sums;
      for (let i = 0; i < n; i++) {
        const own = rows[i]! + 4 * T;
        const b2 = i >= 2 ? rows[i - 2]! : edge;
        const b1 = (i >= 1 ? rows[i - 1]! : edge) + T;
        const a1 = (i + 1 < n ? rows[i + 1]! : edge) + 2 * T;
        const a2 = (i + 2 < n ? rows[i + 2]! : edge) + 3 * T;
        const base = i * T;
        for (let t = 0; t < T; t++) scores[base + t]! += sums[own + t]! + sums[b2 + t]! + sums[b1 + t]! + sums[a1 + t]! + sums[a2 + t]!;
      }
    }
  }

  /** extract(), leaving out the ids that depend on one word type alone unless `typeIds`. */
  private collect(tokens: readonly string[], extra: ReadonlyArray<readonly string[] | null> | undefined, typeIds: boolean): SentenceFeatures {
    const n = tokens.length;
    if (this.typeCount >= MAX_CACHED_TYPES || this.pairs.size >= MAX_MEMO_PAIRS || this.affixes.size >= MAX_MEMO_PAIRS) this.resetCaches();
    const words = this.words;
    words.length = n;
    for (let i = 0; i < n; i++) words[i] = this.word(tokens[i]!);
    const gazetteers = this.resources.gazetteers;
    if (this.gazStarts.length < n) this.gazStarts = new Int32Array(2 * n);
    let starts = 0;
    for (let i = 0; i < n; i++) {
      this.gazStarts[i] = words[i]!.gazetteerStarts;
      starts |= words[i]!.gazetteerStarts;
    }
    // A list none of whose names starts with a word of the sentence marks nothing: most
    // sentences name no country, and half of them no place.
    const matched = this.gazMatched;
    matched.length = 0;
    for (let g = 0; g < gazetteers.length; g++) {
      if (g < 31 && (starts & (1 << g)) === 0) continue;
      if (!this.gazMarks[g] || this.gazMarks[g]!.length < n) this.gazMarks[g] = new Int32Array(Math.max(n, 64));
      gazetteers[g]!.gazetteer.match(tokens, this.gazMarks[g]!, g < 31 ? this.gazStarts : undefined, 1 << g);
      matched.push(g);
    }
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(2 * n + 1);
    if (this.inRun.length < n) this.inRun = new Uint8Array(2 * n);
    const inRun = this.inRun;
    for (let i = 0; i < n; i++) inRun[i] = words[i]!.capitalised ? 1 : 0;
    for (let i = 1; i + 1 < n; i++) {
      if (!inRun[i] && inRun[i - 1] && words[i + 1]!.capitalised && NAME_CONNECTORS.has(words[i]!.lower)) inRun[i] = 1;
    }
    const offsets = this.offsets;
    const boundary = this.boundary;
    let len = 0;
    let runStart = 0;
    let runEnd = 0;
    let runKinds: readonly string[] = NO_KINDS;
    for (let i = 0; i < n; i++) {
      offsets[i] = len;
      const w = words[i]!;
      const prev = i >= 1 ? words[i - 1]! : boundary;
      const next = i + 1 < n ? words[i + 1]! : boundary;
      const more = extra?.[i];
      const pool = this.pool;
      const need = len + (typeIds ? pool[w.at + 4]! - w.at : 0) + 160 + (more ? more.length : 0);
      if (need > this.buffer.length) {
        const grown = new Int32Array(2 * need);
        grown.set(this.buffer.subarray(0, len));
        this.buffer = grown;
      }
      const buf = this.buffer;
      if (typeIds) {
        len = copyRange(buf, len, pool, pool[w.at + 3]!, pool[w.at + 4]!);
        const before2 = i >= 2 ? words[i - 2]! : boundary;
        len = copyRange(buf, len, pool, before2.at + TYPE_PLACES, pool[before2.at]!);
        len = copyRange(buf, len, pool, pool[prev.at]!, pool[prev.at + 1]!);
        len = copyRange(buf, len, pool, pool[next.at + 1]!, pool[next.at + 2]!);
        const after2 = i + 2 < n ? words[i + 2]! : boundary;
        len = copyRange(buf, len, pool, pool[after2.at + 2]!, pool[after2.at + 3]!);
      }
      len = put(buf, len, this.pair(prev.lowerLeft, w.lowerRight, PAIR_WORD_BEFORE));
      len = put(buf, len, this.pair(w.lowerLeft, next.lowerRight, PAIR_WORD_AFTER));
      // The word before or after with this word's shape: "di" + Xx, "ministro" + Xx.
      len = put(buf, len, this.pair(prev.lowerLeft, w.shortRight, PAIR_WORD_BEFORE_SHAPE));
      len = put(buf, len, this.pair(w.shortLeft, next.lowerRight, PAIR_SHAPE_WORD_AFTER));
      len = put(buf, len, this.shapeTriple(w, prev, next));
      if (i === 0) len = put(buf, len, w.capitalised ? this.firstCap : this.firstLow);
      else if (w.capitalised && prev.short !== "x" && prev.short !== "X") len = put(buf, len, this.capAfterPunct);
      if (inRun[i]) {
        // A run of capitalised words (with connectors: "Banca Popolare di Valtrebbia") is
        // usually one name; the words around it (the "ministro" before "Gianfranco
        // Brusati") and its first and last words say most about its type, and they are
        // often beyond the ±2 window.
        if (i >= runEnd) {
          runStart = i;
          runEnd = i + 1;
          while (runEnd < n && inRun[runEnd]) runEnd++;
          runKinds = sharedKinds(words, runStart, runEnd);
        }
        const length = runEnd - runStart;
        const pos = i === runStart ? (length === 1 ? 0 : 1) : i === runEnd - 1 ? 3 : 2;
        const before = runStart > 0 ? words[runStart - 1]! : boundary;
        const after = runEnd < n ? words[runEnd]! : boundary;
        len = put(buf, len, this.runIds[(Math.min(length, 4) - 1) * 4 + pos]!);
        len = put(buf, len, before.runBefore);
        len = put(buf, len, before.runBeforeAt[pos]!);
        len = put(buf, len, after.runAfter);
        if (i !== runStart) len = put(buf, len, words[runStart]!.runFirst);
        if (i !== runEnd - 1) len = put(buf, len, words[runEnd - 1]!.runLast);
        // A run made of common words only ("Public Statement", "Tornado") is seldom a person.
        for (const kind of runKinds) len = put(buf, len, this.runKindId(kind));
      }
      for (let k = 0; k < matched.length; k++) {
        const g = matched[k]!;
        const mark = this.gazMarks[g]![i]!;
        if (mark !== 0) len = copyInto(buf, len, this.gazIds[g]![mark]!);
      }
      if (more) for (const key of more) len = put(buf, len, this.index.lookup(key));
    }
    offsets[n] = len;
    return { length: n, offsets: offsets.subarray(0, n + 1), ids: this.buffer.subarray(0, len) };
  }

  private runKindId(kind: string): number {
    let id = this.runKindIds.get(kind);
    if (id === undefined) this.runKindIds.set(kind, (id = this.index.lookup("run-lex=" + kind)));
    return id;
  }

  /**
   * Feature id of a key "left|right" of a word-pair template. Most words start no such key
   * (`left` is null): those cost nothing, and the others one lookup of a string whose hash
   * is cached, cheaper than a memo of every pair met.
   */
  private pair(left: JoinedKeys | null, right: string | null, template: number): number {
    return left === null || right === null ? -1 : left.right(right).id(this.pairTemplates[template]!);
  }

  /** Feature id of the shapes of a word and its neighbours, memoised by their shape ids. */
  private shapeTriple(w: WordFeatures, prev: WordFeatures, next: WordFeatures): number {
    // Past 2^12 distinct shapes (hardly seen in practice) the rarest neighbours share an id.
    const packed = Math.min(prev.shape, SHAPE_FIELD - 1) * SHAPE_FIELD + Math.min(next.shape, SHAPE_FIELD - 1);
    let id = this.pairs.get(w.shape, packed);
    if (id === ABSENT) {
      id = this.index.value(prev.short + "|" + w.short + "|" + next.short).id(this.pairTemplates[PAIR_SHAPES]!);
      this.pairs.add(w.shape, packed, id);
    }
    return id;
  }

  private ids(keys: readonly string[]): Int32Array {
    return known(keys.map((key) => this.index.lookup(key)));
  }

  private resetCaches(): void {
    this.types = stringTable();
    this.typeCount = 0;
    this.shapes.clear();
    this.idsByList.clear();
    this.pairs.clear();
    this.affixes.clear();
    this.pool = new Int32Array(INITIAL_POOL);
    this.poolEnd = 0;
    for (const set of this.typeScoreSets) set.clear();
    this.boundary = this.wordFeatures(BOUNDARY, this.typeCount++);
  }

  private word(token: string): WordFeatures {
    let w = this.types[token];
    if (!w) {
      w = this.wordFeatures(token, this.typeCount++);
      this.types[token] = w;
    }
    return w;
  }

  private shapeKeys(short: string): ShapeKeys {
    let shape = this.shapes.get(short);
    if (!shape) {
      shape = { index: this.shapes.size, keys: this.index.value(short), noCluster: this.index.value("none|ss=" + short), asLeft: this.index.leftOf(short), asRight: this.index.joinsRight(short) ? short : null };
      this.shapes.set(short, shape);
    }
    return shape;
  }

  private templatesWithClusters(levels: number): ContextTemplates[] {
    for (const [o, offset] of CONTEXT_OFFSETS.entries()) {
      const templates = this.contextTemplates[o]!.clusters;
      while (templates.length < levels) templates.push(this.index.template("c" + templates.length + offset));
    }
    while (this.clusterTemplates.length < levels) {
      this.clusterTemplates.push(this.index.template("c" + this.clusterTemplates.length));
      this.clusterShapeTemplates.push(this.index.template("c" + this.clusterShapeTemplates.length + "|ss"));
    }
    return this.contextTemplates;
  }

  // Ids are taken in the order the keys were first added when the model was trained
  // (a GrowingIndex numbers keys as it meets them), so training stays reproducible.
  private wordFeatures(token: string, slot: number): WordFeatures {
    const lower = token.toLowerCase();
    const short = token === BOUNDARY ? BOUNDARY : shortShape(token);
    const clusterPath = this.resources.clusters.get(lower);
    const word = this.index.value(lower);
    const shape = this.shapeKeys(short);
    const lowerLeft = this.index.leftOf(lower);
    const clusters = clusterPath ? this.clusterValues(clusterPath) : NO_VALUES;
    const ids = this.scratch;
    ids.length = 0;
    const ends = [0, 0, 0, 0, 0];
    const contexts = this.templatesWithClusters(clusters.length);
    for (let k = 0; k < contexts.length; k++) {
      const t = contexts[k]!;
      pushKnown(ids, word.id(t.word));
      pushKnown(ids, shape.keys.id(t.shape));
      for (let c = 0; c < clusters.length; c++) pushKnown(ids, clusters[c]!.id(t.clusters[c]!));
      ends[k] = ids.length;
    }
    const classes = this.resources.wordClasses?.get(lower);
    this.pushSelfIds(ids, token, lower, short, word, shape, clusterPath, clusters, classes);
    ends[TYPE_PLACES - 1] = ids.length;
    // Fields every token reads come first, near the object's start in memory. The run ids
    // below keep their order: a GrowingIndex numbers keys as they are looked up.
    return {
      slot,
      at: this.store(ids, ends),
      capitalised: isCapitalised(token),
      gazetteerStarts: this.gazetteerStarts(token),
      shape: shape.index,
      lowerLeft,
      lowerRight: this.index.joinsRight(lower) ? lower : null,
      shortLeft: shape.asLeft,
      shortRight: shape.asRight,
      short,
      lower,
      runBefore: word.id(this.runBeforeTemplate),
      runBeforeAt: lowerLeft ? RUN_POSITIONS.map((pos) => lowerLeft.right(pos).id(this.runBeforeAtTemplate)) : NO_RUN_BEFORE_AT,
      runAfter: word.id(this.runAfterTemplate),
      runFirst: word.id(this.runFirstTemplate),
      runLast: word.id(this.runLastTemplate),
      classKinds: classes ? this.classKinds(classes) : NO_KINDS,
    };
  }

  /**
   * The keys of each cluster of a path, kept by the path's array: a model's tables hand
   * out one array per distinct path (see SplitTable), shared by all the words it has.
   */
  private clusterValues(path: readonly string[]): readonly ValueKeys[] {
    let values = this.pathValues.get(path);
    if (!values) this.pathValues.set(path, (values = path.map((c) => this.index.value(c))));
    return values;
  }

  /** classKinds() kept by the classes' array, as clusterValues() is. */
  private classKinds(classes: readonly string[]): readonly string[] {
    let kinds = this.kindsOf.get(classes);
    if (!kinds) this.kindsOf.set(classes, (kinds = classKinds(classes)));
    return kinds;
  }

  /** Copies a word's ids into the pool, its section ends (into ids) first; returns where. */
  private store(ids: readonly number[], ends: readonly number[]): number {
    const at = this.poolEnd;
    const end = at + TYPE_PLACES + ids.length;
    if (end > this.pool.length) {
      const grown = new Int32Array(Math.max(end, 2 * this.pool.length));
      grown.set(this.pool.subarray(0, at));
      this.pool = grown;
    }
    const pool = this.pool;
    for (let k = 0; k < TYPE_PLACES; k++) pool[at + k] = at + TYPE_PLACES + ends[k]!;
    for (let k = 0; k < ids.length; k++) pool[at + TYPE_PLACES + k] = ids[k]!;
    this.poolEnd = end;
    return at;
  }

  private gazetteerStarts(token: string): number {
    const gazetteers = this.resources.gazetteers;
    let bits = 0;
    // Lists past the 31st have no bit: match() looks every token up in them.
    for (let g = 0; g < Math.min(gazetteers.length, 31); g++) if (gazetteers[g]!.gazetteer.startsName(token)) bits |= 1 << g;
    return bits;
  }

  /** Appends the known ids of the features of a word on its own. */
  private pushSelfIds(
    out: number[],
    token: string,
    lower: string,
    short: string,
    word: ValueKeys,
    shape: ShapeKeys,
    clusterPath: readonly string[] | undefined,
    clusters: readonly ValueKeys[],
    classes: readonly string[] | undefined,
  ): void {
    const index = this.index;
    pushKnown(out, index.lookup(BIAS));
    pushKnown(out, word.id(this.wordTemplate));
    pushKnown(out, index.value(wordShape(token)).id(this.longShapeTemplate));
    pushKnown(out, shape.keys.id(this.shapeTemplate));
    this.affixes.push(lower, out);
    if (isCapitalised(token)) pushKnown(out, index.value(token).id(this.capitalTemplate));
    if (clusterPath) {
      pushAll(out, this.idsByList.get(clusterPath)?.[shape.index] ?? this.keepListIds(clusterPath, shape.index, this.clusterIds(clusterPath, clusters, short)));
    } else {
      pushKnown(out, shape.noCluster.id(this.noCluster));
    }
    const wordKeys = this.resources.wordKeys.get(token);
    if (wordKeys) {
      let ids = this.keyIds.get(wordKeys);
      if (!ids) this.keyIds.set(wordKeys, (ids = known(wordKeys.map((key) => index.lookup(key)))));
      pushAll(out, ids);
    }
    if (classes) pushAll(out, this.idsByList.get(classes)?.[shape.index] ?? this.keepListIds(classes, shape.index, this.classIds(classes, short)));
  }

  /** The ids of each cluster of a path and of it with a shape ("c0|ss"). */
  private clusterIds(path: readonly string[], clusters: readonly ValueKeys[], short: string): number[] {
    const ids: number[] = [];
    for (let c = 0; c < clusters.length; c++) {
      pushKnown(ids, clusters[c]!.id(this.clusterTemplates[c]!));
      pushKnown(ids, this.index.joined(path[c]!, short).id(this.clusterShapeTemplates[c]!));
    }
    return ids;
  }

  /** The ids of each common-word class and of it with a shape ("lex|ss"). */
  private classIds(classes: readonly string[], short: string): number[] {
    const ids: number[] = [];
    for (const c of classes) {
      pushKnown(ids, this.index.value(c).id(this.classTemplate));
      pushKnown(ids, this.index.joined(c, short).id(this.classShapeTemplate));
    }
    return ids;
  }

  private keepListIds(list: readonly string[], shape: number, ids: readonly number[]): readonly number[] {
    let byShape = this.idsByList.get(list);
    if (!byShape) this.idsByList.set(list, (byShape = []));
    byShape[shape] = ids;
    return ids;
  }
}

const BIAS = "bias";
const PAIR_WORD_BEFORE = 0;
const PAIR_WORD_AFTER = 1;
const PAIR_WORD_BEFORE_SHAPE = 2;
const PAIR_SHAPE_WORD_AFTER = 3;
const PAIR_SHAPES = 4;

/** Templates of the pair keys, by the PAIR_ numbers. */
const PAIR_TEMPLATES = ["ww-1", "ww+1", "w-1|ss", "ss|w+1", "sss"];

const NO_KINDS: readonly string[] = [];
const NO_VALUES: readonly ValueKeys[] = [];
/** runBeforeAt of a word that starts no joined value. */
const NO_RUN_BEFORE_AT: readonly number[] = [-1, -1, -1, -1];
const INITIAL_POOL = 1 << 16;

/** The kinds of a word's classes: their letters ("en" for "en10" and "en35"). */
function classKinds(classes: readonly string[]): readonly string[] {
  return [...new Set(classes.map((c) => c.replace(/\d+$/, "")))].sort();
}

/** The class kinds every word of a name run has, connectors aside ("Council of Ministers"). */
function sharedKinds(words: readonly WordFeatures[], start: number, end: number): readonly string[] {
  let shared: readonly string[] | null = null;
  for (let k = start; k < end; k++) {
    const w = words[k]!;
    if (!w.capitalised && NAME_CONNECTORS.has(w.lower)) continue;
    shared = shared === null ? w.classKinds : shared.filter((kind) => w.classKinds.includes(kind));
    if (shared.length === 0) break;
  }
  return shared ?? [];
}

/** The known ids (≥ 0) of a list, in order. */
function known(ids: readonly number[]): Int32Array {
  let n = 0;
  for (const id of ids) if (id >= 0) n++;
  const out = new Int32Array(n);
  n = 0;
  for (const id of ids) if (id >= 0) out[n++] = id;
  return out;
}

function pushKnown(ids: number[], id: number): void {
  if (id >= 0) ids.push(id);
}

/** Appends ids already known (≥ 0). */
function pushAll(ids: number[], from: ArrayLike<number>): void {
  for (let k = 0; k < from.length; k++) ids.push(from[k]!);
}

function copyRange(buf: Int32Array, len: number, from: Int32Array, start: number, end: number): number {
  for (let k = start; k < end; k++) buf[len++] = from[k]!;
  return len;
}

function copyInto(buf: Int32Array, len: number, from: Int32Array): number {
  for (let k = 0; k < from.length; k++) buf[len++] = from[k]!;
  return len;
}

/** Appends a feature id when it is known (≥ 0). */
function put(buf: Int32Array, len: number, id: number): number {
  if (id >= 0) buf[len++] = id;
  return len;
}

/** A copy of a SentenceFeatures that later extract() calls cannot overwrite. */
export function cloneFeatures(sf: SentenceFeatures): SentenceFeatures {
  return { length: sf.length, offsets: sf.offsets.slice(), ids: sf.ids.slice() };
}

/** Names of key templates, numbered as they are asked for. */
class TemplateNames {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];
  /** The number of a template asked for before, -1 otherwise. */
  find(name: string): number {
    return this.numbers.get(name) ?? -1;
  }

  number(name: string): number {
    if (name.includes("=")) throw new Error(`trama: feature template "${name}" contains "=", which splits keys`);
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}

/** The keys of a value in an index that keeps whole keys only: each is looked up whole. */
class KeyedValue implements ValueKeys {
  constructor(
    private readonly index: FeatureIndex,
    private readonly templates: TemplateNames,
    private readonly value: string,
  ) {}
  id(template: number): number {
    return this.index.lookup(this.templates.names[template] + "=" + this.value);
  }
}

/** The values joined to a left part in an index that keeps whole keys only. */
class KeyedLeft implements JoinedKeys {
  constructor(
    private readonly index: FeatureIndex,
    private readonly left: string,
  ) {}
  right(right: string): ValueKeys {
    return this.index.value(this.left + "|" + right);
  }
}

/** An index that gives every new key the next id: used while collecting features. */
export class GrowingIndex implements FeatureIndex {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly templates = new TemplateNames();
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
  template(name: string): number {
    return this.templates.number(name);
  }
  value(value: string): ValueKeys {
    return new KeyedValue(this, this.templates, value);
  }
  joined(left: string, right: string): ValueKeys {
    return this.value(left + "|" + right);
  }
  leftOf(left: string): JoinedKeys {
    return new KeyedLeft(this, left);
  }
  joinsRight(): boolean {
    return true;
  }
}

/** A read-only view of a growing index: unknown keys get -1 (for held-out data). */
export class PeekIndex implements FeatureIndex {
  constructor(private readonly of: GrowingIndex) {}
  lookup(key: string): number {
    return this.of.peek(key);
  }
  template(name: string): number {
    return this.of.templates.number(name);
  }
  value(value: string): ValueKeys {
    return new KeyedValue(this, this.of.templates, value);
  }
  joined(left: string, right: string): ValueKeys {
    return this.value(left + "|" + right);
  }
  leftOf(left: string): JoinedKeys {
    return new KeyedLeft(this, left);
  }
  joinsRight(): boolean {
    return true;
  }
}

/** A value's keys in a FrozenIndex: pairs (template number, key id) in pool[start, end). */
class FrozenValue implements ValueKeys {
  constructor(
    private readonly pool: Int32Array,
    private readonly start: number,
    private readonly end: number,
  ) {}
  id(template: number): number {
    const pool = this.pool;
    for (let k = this.start; k < this.end; k += 2) if (pool[k] === template) return pool[k + 1]!;
    return -1;
  }
}

const NO_KEYS = new FrozenValue(new Int32Array(0), 0, 0);

/** The values "left|…" of a FrozenIndex: right part → value number. */
class FrozenLeft implements JoinedKeys {
  readonly rights: StringTable<number> = stringTable();
  constructor(private readonly index: FrozenIndex) {}
  right(right: string): ValueKeys {
    const v = this.rights[right];
    return v === undefined ? NO_KEYS : this.index.valueOf(v);
  }
}

/** A fixed index over a list of keys (id = position): used by a trained model. */
export class FrozenIndex implements FeatureIndex {
  /** Keys without "=" ("bias"); the others are split at their first "=". */
  private readonly plain = new Map<string, number>();
  private readonly templates = new TemplateNames();
  /** Value → number → its keys. */
  private readonly valueNumbers: StringTable<number> = stringTable();
  /** The keys of value v are pool[starts[v], starts[v + 1]). */
  private readonly pool: Int32Array;
  private readonly starts: Int32Array;
  /** FrozenValue of each value number, made on first use: a run meets a few thousand of ~60,000. */
  private readonly values: Array<FrozenValue | undefined>;
  /** Left part → its joined values, for every value "left|right" split at each of its "|" (built on first use). */
  private byLeft: StringTable<FrozenLeft> | null = null;
  /** The right parts of those splits (see joinsRight). */
  private readonly rights: StringTable<true> = stringTable();
  /** The values holding a "|", in order of first key: a fifth of all, listed for splitValues. */
  private readonly joinedValues: string[] = [];
  constructor(readonly keys: readonly string[]) {
    // One pool of (template, id) pairs grouped by value (a counting sort), not an array
    // per value: loading stays quick and the collector has few objects to trace.
    const valueOf = new Int32Array(keys.length).fill(-1);
    const templateOf = new Int32Array(keys.length);
    const counts: number[] = [];
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id]!;
      const eq = key.indexOf("=");
      if (eq < 0) {
        this.plain.set(key, id);
        continue;
      }
      const value = key.slice(eq + 1);
      let v = this.valueNumbers[value];
      if (v === undefined) {
        v = counts.length;
        this.valueNumbers[value] = v;
        counts.push(0);
        if (value.includes("|")) this.joinedValues.push(value);
      }
      counts[v]!++;
      valueOf[id] = v;
      templateOf[id] = this.templates.number(key.slice(0, eq));
    }
    const starts = new Int32Array(counts.length + 1);
    for (let v = 0; v < counts.length; v++) starts[v + 1] = starts[v]! + 2 * counts[v]!;
    const pool = new Int32Array(starts[counts.length]!);
    const fill = starts.slice(0, counts.length);
    for (let id = 0; id < keys.length; id++) {
      const v = valueOf[id]!;
      if (v < 0) continue;
      pool[fill[v]!++] = templateOf[id]!;
      pool[fill[v]!++] = id;
    }
    this.pool = pool;
    this.starts = starts;
    this.values = new Array<FrozenValue | undefined>(counts.length);
  }
  /** The keys of value number v (see FrozenLeft). */
  valueOf(v: number): FrozenValue {
    return (this.values[v] ??= new FrozenValue(this.pool, this.starts[v]!, this.starts[v + 1]!));
  }
  lookup(key: string): number {
    const eq = key.indexOf("=");
    if (eq < 0) return this.plain.get(key) ?? -1;
    const template = this.templates.find(key.slice(0, eq));
    return template < 0 ? -1 : this.value(key.slice(eq + 1)).id(template);
  }
  template(name: string): number {
    return this.templates.number(name);
  }
  value(value: string): ValueKeys {
    const v = this.valueNumbers[value];
    return v === undefined ? NO_KEYS : this.valueOf(v);
  }
  joined(left: string, right: string): ValueKeys {
    return this.leftOf(left)?.right(right) ?? NO_KEYS;
  }
  leftOf(left: string): FrozenLeft | null {
    return (this.byLeft ??= this.splitValues())[left] ?? null;
  }
  joinsRight(right: string): boolean {
    this.byLeft ??= this.splitValues();
    return this.rights[right] === true;
  }
  private splitValues(): StringTable<FrozenLeft> {
    const byLeft = stringTable<FrozenLeft>();
    const rights = this.rights;
    for (const value of this.joinedValues) {
      const v = this.valueNumbers[value]!;
      for (let bar = value.indexOf("|"); bar >= 0; bar = value.indexOf("|", bar + 1)) {
        const left = value.slice(0, bar);
        let joined = byLeft[left];
        if (!joined) byLeft[left] = joined = new FrozenLeft(this);
        const right = value.slice(bar + 1);
        joined.rights[right] = v;
        rights[right] = true;
      }
    }
    return byLeft;
  }
  get size(): number {
    return this.keys.length;
  }
}
