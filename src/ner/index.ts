import { fileURLToPath } from "node:url";
import { loadModel } from "./model-io.ts";
import type { NerModel, ScoredSpan } from "./model.ts";

// Entry points of the trained tagger. The model is read once, on first use.

/** The shipped model: trained on KIND by `npm run train:ner`. */
export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL("../../models/ner-it.bin.gz", import.meta.url));

let model: NerModel | null = null;

/** The shipped model, loaded on first call (a DataError when the file is missing or bad). */
export function nerModel(): NerModel {
  model ??= loadModel(DEFAULT_NER_MODEL_PATH);
  return model;
}

/** BIO tags (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, O) for one sentence's tokens. */
export function tagTokens(tokens: string[]): string[] {
  return nerModel().tag(tokens);
}

/**
 * BIO tags for all sentences of one document, in order. Better than tagTokens per
 * sentence: a second pass reads how the same words were tagged in nearby sentences.
 */
export function tagDocument(sentences: string[][]): string[][] {
  return nerModel().tagDocument(sentences);
}

/** Tags plus a confidence in [0, 1] per predicted span. */
export function tagTokensScored(tokens: string[]): { tags: string[]; spans: ScoredSpan[] } {
  return nerModel().tagScored(tokens);
}

export type { ScoredSpan } from "./model.ts";
export { NER_TAGS, spansOf, type TagSpan, type NerType } from "./tags.ts";
