// trama's library API: what the `trama` command is made of, for scripts and other tools.

export * from "./types.ts";
export { TramaError, InputError, SettingsError, UsageError, DataError } from "./errors.ts";

export { readArticles } from "./ingest/index.ts";
export type { IngestSettings } from "./ingest/index.ts";
export { analyse } from "./nlp/it/index.ts";
export { extractArticle, extractCorpus, finishCorpus, toRecord } from "./extract/index.ts";
export type { ArticleExtraction, TramaRecord } from "./extract/index.ts";
export { extractMany } from "./extract/parallel/index.ts";

export { createCorpusGraph, edgeKey, type CorpusGraph } from "./graph/corpus-graph.ts";
export { mergeRecords, type MergeArticle } from "./graph/merge.ts";
export { findDuplicates, type DuplicateReport, type DuplicateSettings } from "./build/duplicates.ts";
export { buildCorpus, resolveBuildSettings, type BuildReport, type BuildSettings } from "./build/build.ts";
export { serializeGraph, parseGraph, loadGraph } from "./graph/io.ts";
export { layoutGraph, type LayoutSettings } from "./layout/index.ts";
export { writeExports } from "./export/index.ts";
export { writeFileAtomic } from "./fs/write-atomic.ts";
