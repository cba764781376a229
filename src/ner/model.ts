import { FeatureExtractor, FrozenIndex, type FeatureResources } from "./features.ts";
import { Decoder, emissionScores, type LinearChainWeights } from "./perceptron.ts";
import { sumsAreExact, type TypeScores } from "./type-scores.ts";
import { countable, EVIDENCE_KEYS, evidenceCodes, FIRST_PASS_TEMPERATURE, MAX_TOKEN_EVIDENCE } from "./document.ts";
import { TagMarginals } from "./marginals.ts";
import { NER_TAGS, spansOf, type NerType } from "./tags.ts";

// A trained tagger: feature keys, weights and the resources its features read. It has
// two weight sets over one feature index: the sentence pass reads one sentence; the
// optional document pass also reads how the sentence pass tagged the same words nearby.

/** What the model file says about itself (the JSON header of the file). */
export interface NerModelInfo {
  format: "trama-ner";
  version: 1;
  licence: string;
  attribution: string;
  /** How it was trained: corpora, settings, dev scores. Free-form, for people. */
  training: Record<string, unknown>;
}

export interface ScoredSpan {
  start: number;
  end: number;
  type: NerType;
  /** Lowest per-token marginal of the span's tags: a confidence rank in [0, 1]. */
  confidence: number;
}

/** Divides scores before forward–backward so marginals are less extreme than raw sums. */
const CONFIDENCE_TEMPERATURE = 4;
/** More features than one token ever has (a few dozen): the bound of sumsAreExact. */
const MAX_TOKEN_FEATURES = 1024;

export interface NerStages {
  sentence: LinearChainWeights;
  /** Second pass with document evidence; null when the model has none. */
  document: LinearChainWeights | null;
  /** Sentences before and after a sentence that the document pass reads. */
  documentWindow: number;
}

export class NerModel {
  readonly index: FrozenIndex;
  private readonly extractor: FeatureExtractor;
  private readonly decoder = new Decoder();
  /** How sure the sentence pass is of each tag, for weighing document evidence. */
  private readonly marginals = new TagMarginals(FIRST_PASS_TEMPERATURE);
  /** Where each document-evidence key's weights start (see evidenceFeatures). */
  private evidenceRows: Int32Array | null = null;
  /**
   * Per-word-type score sums of the sentence pass and of both passes, when the weights'
   * sums are exact (a model read from a file): then grouping the additions by word type
   * gives the very scores of adding feature by feature, in a fraction of the reads.
   */
  private readonly sentenceSums: TypeScores[] | null = null;
  private readonly bothSums: TypeScores[] | null = null;

  constructor(
    readonly info: NerModelInfo,
    keys: readonly string[],
    readonly stages: NerStages,
    readonly resources: FeatureResources,
  ) {
    this.index = new FrozenIndex(keys);
    this.extractor = new FeatureExtractor(resources, this.index);
    const exact = (w: LinearChainWeights | null) => w === null || sumsAreExact(w.emission, MAX_TOKEN_FEATURES);
    if (exact(stages.sentence) && exact(stages.document)) {
      this.sentenceSums = [this.extractor.typeScores(stages.sentence.emission)];
      if (stages.document) this.bothSums = [this.sentenceSums[0]!, this.extractor.typeScores(stages.document.emission)];
    }
  }

  get weights(): LinearChainWeights {
    return this.stages.sentence;
  }

  /** Sentence-pass tag indices (positions in NER_TAGS) for one sentence. */
  tagIndices(tokens: readonly string[]): Int8Array {
    const { emission, transition } = this.stages.sentence;
    if (!this.sentenceSums) return this.decoder.decode(emission, transition, this.extractor.extract(tokens));
    const scores = this.decoder.scoreBuffer(tokens.length);
    this.extractor.score(tokens, this.sentenceSums, [scores]);
    return this.decoder.decodeScores(scores, tokens.length, transition);
  }

  /** Sentence-pass BIO tags for one sentence. */
  tag(tokens: readonly string[]): string[] {
    return tagNames(this.tagIndices(tokens));
  }

  /**
   * BIO tags for the sentences of one document, in order: the sentence pass, then (when
   * the model has one) the document pass reading the first pass's tags of nearby sentences.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const doc = this.stages.document;
    if (!doc) return sentences.map((s) => this.tag(s));
    // One feature extraction serves both passes: the document pass's scores are its
    // weights over the same features plus the document evidence, added afterwards. The
    // document's scores, tags and confidences share one buffer each, viewed per sentence.
    const sentence = this.stages.sentence;
    const T = NER_TAGS.length;
    let tokens = 0;
    for (const s of sentences) tokens += s.length;
    const allScores = new Float64Array(tokens * T);
    const allTags = new Int8Array(tokens);
    const allConfidence = new Float64Array(tokens);
    const first: Int8Array[] = new Array(sentences.length);
    const confidence: Array<Float64Array | undefined> = new Array(sentences.length);
    const secondScores: Float64Array[] = new Array(sentences.length);
    let start = 0;
    for (let j = 0; j < sentences.length; j++) {
      const s = sentences[j]!;
      const end = start + s.length;
      const scores = allScores.subarray(start * T, end * T);
      secondScores[j] = scores;
      const firstScores = this.decoder.scoreBuffer(s.length);
      if (this.bothSums) {
        this.extractor.score(s, this.bothSums, [firstScores, scores]);
      } else {
        const sf = this.extractor.extract(s);
        emissionScores(doc.emission, sf, scores);
        emissionScores(sentence.emission, sf, firstScores);
      }
      const tags = this.decoder.decodeScores(firstScores, s.length, sentence.transition, allTags.subarray(start, end));
      first[j] = tags;
      // Only the tags of countable words are weighed by their confidence.
      if (s.some(countable)) confidence[j] = this.marginals.ofTags(firstScores, tags, sentence.transition, allConfidence.subarray(start, end));
      start = end;
    }
    const evidence = evidenceCodes(sentences, first, this.stages.documentWindow, confidence);
    const features = this.evidenceFeatures();
    const { keys, counts } = evidence;
    return sentences.map((s, j) => {
      const scores = secondScores[j]!;
      const base = evidence.starts[j]!;
      for (let i = 0; i < s.length; i++) {
        const k = base + i;
        for (let c = k * MAX_TOKEN_EVIDENCE, end = c + counts[k]!; c < end; c++) {
          const row = features[keys[c]!]!;
          if (row < 0) continue;
          for (let t = 0; t < T; t++) scores[i * T + t]! += doc.emission[row + t]!;
        }
        const texts = evidence.texts.get(k);
        if (!texts) continue;
        for (const key of texts) {
          const f = this.index.lookup(key);
          if (f < 0) continue;
          for (let t = 0; t < T; t++) scores[i * T + t]! += doc.emission[f * T + t]!;
        }
      }
      return tagNames(this.decoder.decodeScores(scores, s.length, doc.transition));
    });
  }

  /** Offset of each evidence key's weights in the emission weights (-1 when the key is no feature). */
  private evidenceFeatures(): Int32Array {
    if (this.evidenceRows) return this.evidenceRows;
    const T = NER_TAGS.length;
    return (this.evidenceRows = Int32Array.from(EVIDENCE_KEYS, (key) => {
      const f = this.index.lookup(key);
      return f < 0 ? -1 : f * T;
    }));
  }

  /** Tags plus a confidence for each span (forward–backward; a few times slower than tag). */
  tagScored(tokens: readonly string[]): { tags: string[]; spans: ScoredSpan[] } {
    const tags = this.tag(tokens);
    if (tags.length === 0) return { tags, spans: [] };
    const marg = this.decoder.marginals(tags.length, this.stages.sentence.transition, CONFIDENCE_TEMPERATURE);
    const T = NER_TAGS.length;
    const spans = spansOf(tags).map((s) => {
      let confidence = 1;
      for (let i = s.start; i < s.end; i++) {
        confidence = Math.min(confidence, marg[i * T + NER_TAGS.indexOf(tags[i] as (typeof NER_TAGS)[number])]!);
      }
      return { ...s, confidence };
    });
    return { tags, spans };
  }
}

function tagNames(indices: Int8Array): string[] {
  const tags: string[] = new Array(indices.length);
  for (let i = 0; i < indices.length; i++) tags[i] = NER_TAGS[indices[i]!]!;
  return tags;
}
