import { TramaError } from "../../errors.ts";
import type { Article } from "../../types.ts";
import type { ArticleExtraction } from "../record.ts";
import { mapInWorkers, WorkerTaskError } from "./pool.ts";
import type { WorkerTask } from "./protocol.ts";
import { resolveParallelSettings, type ParallelSettings } from "./settings.ts";

export { DEFAULT_PARALLEL_SETTINGS, resolveParallelSettings, validateParallelSettings } from "./settings.ts";
export type { ParallelSettings } from "./settings.ts";
export type { WorkerTask } from "./protocol.ts";

export interface ExtractManyOptions extends Partial<ParallelSettings> {
  /** Called as articles finish, with how many are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** The per-article function; the pipeline's `extractArticle` unless a test or bench swaps it. */
  task?: WorkerTask;
}

export const EXTRACT_ARTICLE_TASK: WorkerTask = {
  module: new URL("../index.ts", import.meta.url).href,
  name: "extractArticle",
};

/**
 * `extractArticle` over many articles, on every core when the input is large enough to
 * pay for starting workers. Results are in input order and identical to running
 * `extractArticle` on each article in turn in this thread.
 */
export async function extractMany(articles: readonly Article[], options: ExtractManyOptions = {}): Promise<ArticleExtraction[]> {
  const { onProgress, task = EXTRACT_ARTICLE_TASK, ...partial } = options;
  const settings = resolveParallelSettings(partial);
  const total = articles.length;
  if (settings.workers <= 1 || total < Math.max(settings.inProcessBelow, 2)) {
    return extractInProcess(articles, task, onProgress);
  }
  try {
    return await mapInWorkers<Article, ArticleExtraction>(articles, task, {
      workers: settings.workers,
      chunkSize: settings.chunkSize,
      ...(onProgress ? { onProgress: (done: number) => onProgress(done, total) } : {}),
    });
  } catch (err) {
    if (err instanceof WorkerTaskError) throw failure(articles[err.item]!, err.message, err);
    throw err;
  }
}

async function extractInProcess(
  articles: readonly Article[],
  task: WorkerTask,
  onProgress: ExtractManyOptions["onProgress"],
): Promise<ArticleExtraction[]> {
  const fn = ((await import(task.module)) as Record<string, unknown>)[task.name] as (a: Article) => ArticleExtraction;
  const results: ArticleExtraction[] = [];
  for (const article of articles) {
    try {
      results.push(fn(article));
    } catch (err) {
      throw failure(article, err instanceof Error ? err.message : String(err), err);
    }
    // Report every 16 articles: often enough for a bar, rare enough to cost nothing.
    if (onProgress && (results.length % 16 === 0 || results.length === articles.length)) {
      onProgress(results.length, articles.length);
    }
  }
  return results;
}

function failure(article: Article, message: string, cause: unknown): TramaError {
  return new TramaError(
    `trama: extraction failed on ${article.source} (${message.replace(/^trama: /, "")}); this is a bug in trama, please report it with that file`,
    { cause },
  );
}
