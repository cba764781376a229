import { buildCorpus, type BuildReport } from "../build/build.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../types.ts";
import { EXIT, inputsOrDefault, parseCommandArgs, parseDateOption, parseMaxBytes, parseWorkers } from "./options.ts";
import { createProgress, type Progress } from "./progress.ts";

export const usage = `usage: trama build [FILES|DIRS...] [options]

Reads the articles (default: seeds/), extracts entities and relations, merges them into
one corpus graph, lays it out and writes into the output directory:
  graph.json         the graph (graphology JSON: what 'trama serve' and the exports read)
  records.jsonl      one extraction record per article
  extractions.jsonl.gz  per-article extractions, reused by the next build when unchanged
  graph.gexf, …      the exports (GEXF for Gephi, GraphML, triples, Neo4j Cypher and CSV)

options:
  --out DIR               output directory (default graph-export)
  --full                  re-extract every article, even unchanged ones
  --keep-copies           count exact and near-identical copies as separate articles
  --date YYYY-MM[-DD]     date of articles whose text does not give one
  --workers N             extraction threads (default: decided by cores and input size)
  --max-bytes N           refuse input files larger than N bytes (default 20 MB)
  --quiet                 print nothing but problems

exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some inputs were skipped`;

/** Copies are listed one per line up to this many, then counted: a wire-heavy corpus has thousands. */
const COPIES_LISTED = 20;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", argv, {
    out: { type: "string" },
    full: { type: "boolean" },
    "keep-copies": { type: "boolean" },
    date: { type: "string" },
    workers: { type: "string" },
    quiet: { type: "boolean" },
    "max-bytes": { type: "string" },
  });
  const date = parseDateOption("build", values.date);
  const workers = parseWorkers("build", values.workers);
  const maxBytes = parseMaxBytes("build", values["max-bytes"]);
  let progress: Progress | undefined;
  const report = await buildCorpus(
    inputsOrDefault(positionals, "seeds"),
    {
      ...(values.out !== undefined ? { out: values.out } : {}),
      full: values.full ?? false,
      dedupe: !values["keep-copies"],
      ...(date !== undefined ? { date } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(maxBytes !== undefined ? { ingest: { maxBytes } } : {}),
    },
    {
      onProgress: (done, total) => {
        progress ??= createProgress({ total, label: "extract" });
        progress.update(done);
      },
    },
  );
  progress?.finish();
  for (const problem of report.problems) process.stderr.write(`${problem.message}\n`);
  for (const c of report.copies.slice(0, COPIES_LISTED)) {
    const how = c.similarity === 1 ? "the same text as" : `a near-identical copy (${Math.round(c.similarity * 100)}% shared wording) of`;
    process.stderr.write(`trama: ${c.article.source} is ${how} ${c.original.source}; counted once, both sources kept\n`);
  }
  if (report.copies.length > COPIES_LISTED) {
    process.stderr.write(`trama: … and ${report.copies.length - COPIES_LISTED} more copies (graph.json lists them under each article's 'copies')\n`);
  }
  if (!values.quiet) process.stdout.write(summary(report, values.out ?? "graph-export"));
  return report.problems.length > 0 ? EXIT.skipped : EXIT.ok;
}

export function summary(report: BuildReport, out: string): string {
  const { graph } = report;
  const entityTypes = countBy(graph.mapNodes((_n, a) => a.type), ENTITY_TYPES);
  const relationTypes = countBy(graph.mapEdges((_e, a) => a.type), RELATION_TYPES);
  const evidence = graph.reduceEdges((sum, _e, a) => sum + a.evidence.length, 0);
  return [
    `trama build: ${report.articles} articles → ${out}/ (skipped ${report.problems.length}, copies ${report.copies.length})`,
    `  extracted ${report.extracted}, reused ${report.reused}`,
    `  entities ${graph.order}: ${entityTypes || "none"}`,
    `  relations ${graph.size} (${evidence} pieces of evidence): ${relationTypes || "none"}`,
    `  layout: ${report.layout.iterations} iterations${report.layout.stoppedEarly ? " (settled)" : ""}`,
    `  time: ${report.stages.map(([stage, ms]) => `${stage} ${ms} ms`).join(" · ")}`,
    "",
  ].join("\n");
}

function countBy(values: string[], order: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return order
    .filter((t) => counts.has(t))
    .map((t) => `${t} ${counts.get(t)}`)
    .join(", ");
}
