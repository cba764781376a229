import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureKindCorpus } from "../scripts/kind-corpus.ts";

// Before/after CPU cost of extraction, two source trees back to back in one run: each
// round runs one process per tree, alternating, on the same articles, and reports the
// CPU-seconds of the cold pass over the first `--warm` articles and of the `--measure`
// articles after them (unseen, after warm-up), the latter also per stage (tokens and
// sentences, names, resolution, relations). On a shared machine only CPU time taken this
// way, alternating, compares; wall time does not.
//
//   node --import tsx bench/ab-extract.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--rounds 3]
//
// A root is a checkout (or `git archive` of one) whose src/ is imported; it needs
// node_modules (a link to this checkout's is enough).

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string" },
    rounds: { type: "string", default: "3" },
    warm: { type: "string", default: "453" },
    measure: { type: "string", default: "453" },
  },
});
if (positionals.length !== 2) {
  console.error("usage: node --import tsx bench/ab-extract.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--rounds 3] [--warm 453] [--measure 453]");
  process.exit(2);
}

// The unseen articles are also timed stage by stage (the four calls extractArticle makes,
// made here one by one), to say where a change saved or cost.
const CHILD = `
const [root, corpus, warm, measure] = process.argv.slice(1);
const { readArticles } = await import(root + "/src/ingest/index.ts");
const { extractArticle } = await import(root + "/src/extract/index.ts");
const { analyse } = await import(root + "/src/nlp/it/index.ts");
const { recognise } = await import(root + "/src/ner/recognise.ts");
const { resolveArticle } = await import(root + "/src/extract/resolve/index.ts");
const { relate } = await import(root + "/src/extract/relate/index.ts");
const { articles } = await readArticles([corpus]);
const now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const cpu = (list) => { const c = now(); for (const a of list) extractArticle(a); return now() - c; };
const cold = cpu(articles.slice(0, +warm));
const stages = { analyse: 0, recognise: 0, resolve: 0, relate: 0 };
const u0 = now();
for (const a of articles.slice(+warm, +warm + +measure)) {
  let t = now();
  const doc = analyse(a);
  stages.analyse += now() - t; t = now();
  const names = recognise(doc);
  stages.recognise += now() - t; t = now();
  const resolved = resolveArticle(doc, names);
  stages.resolve += now() - t; t = now();
  relate(doc, resolved);
  stages.relate += now() - t;
}
const unseen = now() - u0;
console.log(JSON.stringify({ cold, unseen, stages }));
`;

const roots = positionals.map((p) => resolve(p));
// The 1,000 Wikinews articles of the bench by default, made from ../shared if missing.
const corpus = values.corpus ? resolve(values.corpus) : ensureKindCorpus(1000);
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}: give --corpus DIR, a folder of articles`);
  process.exit(2);
}
const STAGES = ["analyse", "recognise", "resolve", "relate"] as const;
type Stage = (typeof STAGES)[number];
const results = roots.map(() => ({ cold: [] as number[], unseen: [] as number[], stages: Object.fromEntries(STAGES.map((k) => [k, [] as number[]])) as Record<Stage, number[]> }));
for (let round = 0; round < Number(values.rounds); round++) {
  roots.forEach((root, k) => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD, root, corpus, values.warm!, values.measure!], {
      cwd: root,
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { cold: number; unseen: number; stages: Record<Stage, number> };
    results[k]!.cold.push(r.cold);
    results[k]!.unseen.push(r.unseen);
    for (const stage of STAGES) results[k]!.stages[stage].push(r.stages[stage]);
    process.stderr.write(`round ${round + 1} ${k === 0 ? "before" : "after "}: cold ${r.cold.toFixed(2)} CPU-s, unseen ${r.unseen.toFixed(2)} CPU-s\n`);
  });
}
// The minimum is the run least disturbed by other processes; the median shows the spread.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [before, after] = results;
const percent = (a: number, b: number) => `${b >= a ? "+" : ""}${((b / a - 1) * 100).toFixed(1)}%`;
const rows: Array<[string, number[], number[]]> = [
  ["cold", before!.cold, after!.cold],
  ["unseen", before!.unseen, after!.unseen],
  ...STAGES.map((stage): [string, number[], number[]] => [`  ${stage}`, before!.stages[stage], after!.stages[stage]]),
];
for (const [key, b, a] of rows) {
  const [bMin, aMin, bMed, aMed] = [Math.min(...b), Math.min(...a), median(b), median(a)];
  console.log(`${key.padEnd(11)} CPU-s min: before ${bMin.toFixed(2)} → after ${aMin.toFixed(2)} (${percent(bMin, aMin)}); median ${bMed.toFixed(2)} → ${aMed.toFixed(2)} (${percent(bMed, aMed)})`);
}
