import { accessSync, constants, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError, SettingsError, TramaError } from "../errors.ts";
import type { ExtractManyOptions } from "../extract/parallel/index.ts";
import { extractEach, finishCorpus } from "../extract/index.ts";
import type { ArticleExtraction, TramaRecord } from "../extract/record.ts";
import { writeExports } from "../export/index.ts";
import { writeFileAtomic } from "../fs/write-atomic.ts";
import { readArticles, type IngestSettings } from "../ingest/index.ts";
import { layoutGraph, type LayoutReport, type LayoutSettings } from "../layout/index.ts";
import type { Article } from "../types.ts";
import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { findDuplicates, type Copy, type DuplicateSettings } from "./duplicates.ts";
import { lockOutputDirectory } from "./build-lock.ts";
import { CACHE_FILE, ExtractionCache, extractorFingerprint } from "./extraction-cache.ts";
import { serializeGraph } from "../graph/io.ts";
import { mergeRecords, type MergeArticle } from "../graph/merge.ts";

// `trama build` as a library call: read → find copies → extract what changed → corpus
// pass over everything → merge → layout → write. Every file is written atomically, the
// graph last, so a killed build leaves each previous output whole.

export const GRAPH_FILE = "graph.json";
export const RECORDS_FILE = "records.jsonl";

export interface BuildSettings {
  /** Directory the outputs go to. */
  out: string;
  /** Re-extract every article even when the directory holds extractions of it. */
  full: boolean;
  /** Fold exact and near-identical copies into one article (turn off to count every file). */
  dedupe: boolean;
  duplicates: Partial<DuplicateSettings>;
  ingest: Partial<IngestSettings>;
  /** Date for articles whose text and input give none (ISO, `--date`). */
  date?: string;
  layout: Partial<LayoutSettings>;
  /** Extraction worker threads (undefined: decided by the number of cores and articles). */
  workers?: number;
}

export const DEFAULT_BUILD_SETTINGS: BuildSettings = {
  out: "graph-export",
  full: false,
  dedupe: true,
  duplicates: {},
  ingest: {},
  layout: {},
};

export function resolveBuildSettings(partial: Partial<BuildSettings> = {}): BuildSettings {
  const settings = { ...DEFAULT_BUILD_SETTINGS, ...partial };
  validateBuildSettings(settings);
  return settings;
}

export function validateBuildSettings(settings: BuildSettings): void {
  if (settings.out.trim() === "") {
    throw new SettingsError("out", "is empty", "name the directory the graph goes to, e.g. --out graph-export");
  }
}

export interface BuildReport {
  articles: number;
  /** Inputs that could not be read or extracted, or were left out (a second article with the same id). */
  problems: TramaError[];
  copies: Copy[];
  extracted: number;
  reused: number;
  records: TramaRecord[];
  graph: CorpusGraph;
  layout: LayoutReport;
  /** Milliseconds per stage, in the order they ran. */
  stages: Array<[stage: string, ms: number]>;
  /** Paths written, relative to `out`. */
  files: string[];
}

export interface BuildHooks {
  /** Called as articles are extracted (a progress bar). */
  onProgress?: ExtractManyOptions["onProgress"];
}

export async function buildCorpus(inputs: string[], partial: Partial<BuildSettings> = {}, hooks: BuildHooks = {}): Promise<BuildReport> {
  const settings = resolveBuildSettings(partial);
  // Fail before the long part, not after it.
  writing(settings.out, () => {
    mkdirSync(settings.out, { recursive: true });
    accessSync(settings.out, constants.W_OK);
  });
  const release = lockOutputDirectory(settings.out);
  try {
    return await buildLocked(inputs, settings, hooks);
  } finally {
    release();
  }
}

async function buildLocked(inputs: string[], settings: BuildSettings, hooks: BuildHooks): Promise<BuildReport> {
  const stages: BuildReport["stages"] = [];
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    stages.push([stage, Math.round(performance.now() - started)]);
    return result;
  };

  const read = await timed("read", () => readArticles(inputs, settings.ingest));
  const problems: TramaError[] = [...read.problems];
  // A mistyped path must not replace a good graph with an empty one.
  if (read.articles.length === 0) throw nothingToBuild(inputs, problems);
  const sameId: Copy[] = [];
  const articles = uniqueIds(read.articles.map((a) => withDefaultDate(a, settings.date)), problems, sameId);
  const found = await timed("copies", () =>
    settings.dedupe ? findDuplicates(articles, settings.duplicates) : { originals: articles, copies: [] },
  );
  const { originals } = found;
  const copies = [...sameId, ...found.copies];

  const fingerprint = extractorFingerprint();
  const cache = settings.full ? ExtractionCache.empty(fingerprint) : ExtractionCache.load(settings.out, fingerprint);
  const extractions = await timed("extract", () => extractChanged(originals, cache, settings.workers, hooks.onProgress));
  problems.push(...extractions.failures);
  const extracted = extractions.all.map((x) => x.article);
  // Snapshot before the corpus pass, which may unify ids in place.
  const cacheBytes = await timed("cache", () => ExtractionCache.of(fingerprint, extractions.all).serialize());
  const { records } = await timed("resolve corpus", () => finishCorpus(extractions.all));

  const graph = await timed("merge", () => mergeRecords(records, mergeArticles(extracted, copies)));
  const layout = await timed("layout", () => layoutGraph(graph, settings.layout));

  const files: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    writing(settings.out, () => writeFileAtomic(join(settings.out, name), data));
    files.push(name);
  };
  await timed("write", () => {
    write(CACHE_FILE, cacheBytes);
    write(RECORDS_FILE, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
  });
  await timed("export", () => {
    const written = writing(settings.out, () => writeExports(graph, settings.out));
    files.push(...written.map((path) => relative(settings.out, path)));
  });
  await timed("write graph", () => write(GRAPH_FILE, serializeGraph(graph)));

  return {
    articles: extracted.length,
    problems,
    copies,
    extracted: extractions.extracted,
    reused: extractions.all.length - extractions.extracted,
    records,
    graph,
    layout,
    stages,
    files,
  };
}

function nothingToBuild(inputs: string[], problems: TramaError[]): TramaError {
  const why = problems.length > 0 ? `\n${problems.map((p) => p.message).join("\n")}\n` : " ";
  return new TramaError(
    `trama: no article could be read from ${inputs.join(", ")};${why}nothing was written. Give files or folders of .txt, .md, .html or .jsonl articles`,
  );
}

/** File-system failures while writing outputs are the user's to fix: say where and how. */
function writing<T>(out: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) throw err;
    throw new TramaError(
      `trama: cannot write the outputs into ${out} (${(err as Error).message}); choose a writable directory with --out, or free some disk space`,
      { cause: err },
    );
  }
}

async function extractChanged(
  articles: readonly Article[],
  cache: ExtractionCache,
  workers: number | undefined,
  onProgress: BuildHooks["onProgress"],
): Promise<{ all: ArticleExtraction[]; extracted: number; failures: TramaError[] }> {
  const cached = articles.map((a) => cache.get(a));
  const missing = articles.filter((_a, i) => cached[i] === undefined);
  const fresh = await extractEach(missing, {
    ...(workers !== undefined ? { workers } : {}),
    ...(onProgress !== undefined ? { onProgress } : {}),
  });
  const byId = new Map(fresh.extractions.map((x) => [x.article.id, x]));
  const all = articles
    .map((a, i) => cached[i] ?? byId.get(a.id))
    .filter((x): x is ArticleExtraction => x !== undefined);
  return { all, extracted: fresh.extractions.length, failures: fresh.failures };
}

function withDefaultDate(article: Article, date: string | undefined): Article {
  return article.date === undefined && date !== undefined ? { ...article, date } : article;
}

/**
 * One article per id. The same file named twice is read once; the same text under the
 * same base name in another folder is a copy; two different texts with one base name
 * are a problem (the second is left out), since the id is what evidence points at.
 */
function uniqueIds(articles: Article[], problems: TramaError[], copies: Copy[]): Article[] {
  const seen = new Map<string, Article>();
  const kept: Article[] = [];
  for (const a of articles) {
    const first = seen.get(a.id);
    if (first === undefined) {
      seen.set(a.id, a);
      kept.push(a);
    } else if (first.hash === a.hash) {
      if (first.source !== a.source) copies.push({ article: a, original: first, similarity: 1 });
    } else {
      problems.push(
        new InputError(a.source, `has the same article id '${a.id}' as ${first.source}`, "rename one of the two files so their names differ"),
      );
    }
  }
  return kept;
}

function mergeArticles(originals: readonly Article[], copies: readonly Copy[]): MergeArticle[] {
  const copiesOf = new Map<string, Copy[]>();
  for (const c of copies) copiesOf.set(c.original.id, [...(copiesOf.get(c.original.id) ?? []), c]);
  return originals.map((a) => {
    const found = copiesOf.get(a.id);
    if (found === undefined) return a;
    return {
      ...a,
      sources: [a.source, ...found.map((c) => c.article.source)],
      copies: found.map((c) => c.article.id).filter((id) => id !== a.id),
    };
  });
}
