import { InputError } from "../errors.ts";
import type { Article } from "../types.ts";
import { analyse } from "../nlp/it/index.ts";
import { recognise } from "../ner/recognise.ts";
import { resolveArticle, resolveCorpus } from "./resolve/index.ts";
import { relate } from "./relate/index.ts";
import { toRecord, type ArticleExtraction, type TramaRecord } from "./record.ts";
import { extractMany, type ExtractManyOptions, type WorkerTask } from "./parallel/index.ts";

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

/** An article's extraction, or why it failed. */
export type ExtractionOutcome = ArticleExtraction | { failed: string };

/** extractArticle that returns its failure instead of throwing, so one article cannot stop a corpus. */
export function tryExtractArticle(article: Article): ExtractionOutcome {
  try {
    return extractArticle(article);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return { failed: process.env.TRAMA_DEBUG ? (error.stack ?? error.message) : error.message };
  }
}

const TRY_EXTRACT_TASK: WorkerTask = { module: import.meta.url, name: "tryExtractArticle" };

/**
 * Every article through the per-article stages (on every core when it pays). An article
 * the extractor fails on is left out and reported, naming its file; the rest go on.
 */
export async function extractEach(
  articles: readonly Article[],
  options: Omit<ExtractManyOptions, "task"> = {},
): Promise<{ extractions: ArticleExtraction[]; failures: InputError[] }> {
  // The task returns outcomes, not extractions: extractMany passes them through untouched.
  const outcomes = (await extractMany(articles, { ...options, task: TRY_EXTRACT_TASK })) as unknown as ExtractionOutcome[];
  const extractions: ArticleExtraction[] = [];
  const failures: InputError[] = [];
  outcomes.forEach((outcome, i) => {
    if ("failed" in outcome) {
      failures.push(
        new InputError(
          articles[i].source,
          `could not be extracted (${outcome.failed.replace(/^trama: /, "")})`,
          "this is a bug in trama: please report it with this file; the other articles were extracted",
        ),
      );
    } else extractions.push(outcome);
  });
  return { extractions, failures };
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
export async function extractCorpus(
  articles: readonly Article[],
  options: Omit<ExtractManyOptions, "task"> = {},
): Promise<{ records: TramaRecord[]; failures: InputError[] }> {
  const { extractions, failures } = await extractEach(articles, options);
  return { records: finishCorpus(extractions).records, failures };
}
