import { FeatureExtractor, FrozenIndex, type FeatureResources } from "./features.ts";
import { Decoder, type LinearChainWeights } from "./perceptron.ts";
import { NER_TAGS, spansOf, type NerType } from "./tags.ts";

// A trained tagger: feature keys, weights and the resources its features read.

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

export class NerModel {
  readonly index: FrozenIndex;
  private readonly extractor: FeatureExtractor;
  private readonly decoder = new Decoder();

  constructor(
    readonly info: NerModelInfo,
    keys: readonly string[],
    readonly weights: LinearChainWeights,
    readonly resources: FeatureResources,
  ) {
    this.index = new FrozenIndex(keys);
    this.extractor = new FeatureExtractor(resources, this.index);
  }

  /** Tag indices (positions in NER_TAGS) for one sentence. */
  tagIndices(tokens: readonly string[], extra?: ReadonlyArray<readonly string[] | null>): Int8Array {
    const sf = this.extractor.extract(tokens, extra);
    return this.decoder.decode(this.weights.emission, this.weights.transition, sf);
  }

  tag(tokens: readonly string[], extra?: ReadonlyArray<readonly string[] | null>): string[] {
    const out = this.tagIndices(tokens, extra);
    const tags: string[] = new Array(out.length);
    for (let i = 0; i < out.length; i++) tags[i] = NER_TAGS[out[i]!]!;
    return tags;
  }

  /** Tags plus a confidence for each span (forward–backward; a few times slower than tag). */
  tagScored(tokens: readonly string[]): { tags: string[]; spans: ScoredSpan[] } {
    const tags = this.tag(tokens);
    if (tags.length === 0) return { tags, spans: [] };
    const marg = this.decoder.marginals(tags.length, this.weights.transition, CONFIDENCE_TEMPERATURE);
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
