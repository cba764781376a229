import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus } from "../src/build/build.ts";
import { loadGraph, serializeGraph } from "../src/graph/io.ts";
import { extractArticle } from "../src/extract/index.ts";
import { extractMany } from "../src/extract/parallel/index.ts";
import { DEFAULT_BUILD_FORMATS, EXPORT_PATHS, writeExport } from "../src/export/index.ts";
import { writeFileAtomic } from "../src/fs/write-atomic.ts";
import { readArticles } from "../src/ingest/index.ts";
import { generateCorpusLikeGraph } from "./generate-graph.ts";
import { compareLayouts, type CompareOptions } from "./layout-compare.ts";
import { peakRssMb, timed } from "./measure.ts";

// One bench scenario per process, so each peak memory figure (maxRSS) is its own.
//   node --import tsx bench/scenarios.ts NAME 'JSON options'   → one JSON line on stdout

async function readCorpus(inputs: string[]) {
  const { articles, problems } = await readArticles(inputs);
  if (problems.length > 0) throw new Error(`trama: bench input problems: ${problems.map((p) => p.message).join("; ")}`);
  return articles;
}

const SCENARIOS: Record<string, (options: any) => Promise<unknown>> = {
  /** extractArticle in this thread, `passes` times over the input, after one warm-up article. */
  async "extract-thread"(options: { inputs: string[]; passes: number }) {
    const articles = await readCorpus(options.inputs);
    const warmUp = await timed(() => extractArticle(articles[0]!));
    const run = await timed(() => {
      for (let pass = 0; pass < options.passes; pass++) for (const a of articles) extractArticle(a);
    });
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) * options.passes;
    return { articles: articles.length * options.passes, bytes, warmUpSeconds: warmUp.wallSeconds, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakRssMb: peakRssMb() };
  },

  /**
   * The steady state: `distinct` different articles, the first half extracted to warm up
   * (JIT, per-word caches), then the second half, none of it seen before, measured; then
   * the first half again (every word type seen). A cold process spends more than a CPU-second
   * compiling hot functions in the background and pays first-sight costs for every new
   * word type, which the cold rows include and this row leaves out.
   */
  async "extract-split"(options: { inputs: string[]; distinct: number }) {
    const articles = (await readCorpus(options.inputs)).slice(0, options.distinct);
    const half = Math.floor(articles.length / 2);
    const pass = async (list: typeof articles) => {
      const run = await timed(() => {
        for (const a of list) extractArticle(a);
      });
      const bytes = list.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
      return { articles: list.length, bytes, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds };
    };
    const warmUp = await pass(articles.slice(0, half));
    const unseen = await pass(articles.slice(half));
    const again = await pass(articles.slice(0, half));
    return { warmUp, unseen, again, peakRssMb: peakRssMb() };
  },

  /** extractMany on worker threads, start-up included. */
  async "extract-workers"(options: { inputs: string[]; workers: number }) {
    const articles = await readCorpus(options.inputs);
    const run = await timed(() => extractMany(articles, { workers: options.workers, inProcessBelow: 0 }));
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    return { articles: articles.length, bytes, workers: options.workers, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakRssMb: peakRssMb() };
  },

  /** `trama build` end to end (copies kept, nothing reused), then each export timed on its own. */
  async build(options: { inputs: string[]; out: string }) {
    rmSync(options.out, { recursive: true, force: true });
    const run = await timed(() => buildCorpus(options.inputs, { out: options.out, full: true, dedupe: false }));
    const report = run.result;
    const exportsDir = mkdtempSync(join(tmpdir(), "trama-bench-"));
    const exports: Array<[string, number]> = [];
    try {
      for (const format of DEFAULT_BUILD_FORMATS) {
        const t = await timed(() => writeExport(report.graph, format, join(exportsDir, EXPORT_PATHS[format])));
        exports.push([format, t.wallSeconds]);
      }
      const json = await timed(() => writeFileAtomic(join(exportsDir, "graph.json"), serializeGraph(report.graph)));
      exports.push(["graph.json", json.wallSeconds]);
    } finally {
      rmSync(exportsDir, { recursive: true, force: true });
    }
    return {
      articles: report.articles,
      nodes: report.graph.order,
      edges: report.graph.size,
      stages: report.stages.map(([stage, ms]) => [stage, ms / 1000]),
      exports,
      layoutIterations: report.layout.iterations,
      wallSeconds: run.wallSeconds,
      cpuSeconds: run.cpuSeconds,
      peakRssMb: peakRssMb(),
    };
  },

  /** Our layout and stock ForceAtlas2 on a built graph.json or a generated graph. */
  async layout(options: CompareOptions & { graph?: string; generated?: number }) {
    const graph = options.graph !== undefined ? loadGraph(options.graph) : generateCorpusLikeGraph({ nodes: options.generated! });
    const comparison = await compareLayouts(graph, options);
    return { ...comparison, peakRssMb: peakRssMb() };
  },
};

const [name, json = "{}"] = process.argv.slice(2);
const scenario = SCENARIOS[name ?? ""];
if (!scenario) {
  console.error(`usage: node --import tsx bench/scenarios.ts ${Object.keys(SCENARIOS).join("|")} 'JSON options'`);
  process.exit(2);
}
const result = await scenario(JSON.parse(json));
process.stdout.write(`${JSON.stringify(result)}\n`);
