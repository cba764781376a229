import type { Article } from "../types.ts";
import { analyse } from "../nlp/it/index.ts";
import { recognise } from "../ner/recognise.ts";
import { resolveArticle, resolveCorpus } from "./resolve/index.ts";
import { relate } from "./relate/index.ts";
import { toRecord, type ArticleExtraction, type TramaRecord } from "./record.ts";
import { extractMany, type ExtractManyOptions } from "./parallel/index.ts";

export { toRecord } from "./record.ts";
export type { ArticleExtraction, RecordEntity, RecordEvidence, RecordRelation, TramaRecord } from "./record.ts";

/**
 * One article through the per-article stages: tokens and sentences, name mentions,
 * entities within the article, relations. Synchronous and self-contained, so worker
 * threads can run it (src/extract/parallel).
 */
export function extractArticle(article: Article): ArticleExtraction {
  const doc = analyse(article);
  const resolved = resolveArticle(doc, recognise(doc));
  const relations = relate(doc, resolved);
  return { article, entities: resolved.entities, mentions: resolved.mentions, relations };
}

/**
 * The corpus pass over per-article extractions (the same person gets the same id in
 * every article), then one record per article in input order.
 */
export function finishCorpus(extractions: ArticleExtraction[]): { extractions: ArticleExtraction[]; records: TramaRecord[] } {
  const resolved = resolveCorpus(extractions);
  return { extractions: resolved, records: resolved.map(toRecord) };
}

/** Articles → records: per-article extraction (on every core when it pays), then the corpus pass. */
export async function extractCorpus(articles: readonly Article[], options: ExtractManyOptions = {}): Promise<TramaRecord[]> {
  return finishCorpus(await extractMany(articles, options)).records;
}
