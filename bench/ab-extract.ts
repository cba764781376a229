import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// Before/after CPU cost of extraction, two source trees back to back in one run: each
// round runs one process per tree, alternating, on the same articles, and reports the
// CPU-seconds of the cold pass over the first `--warm` articles and of the `--measure`
// articles after them (unseen, after warm-up). On a shared machine only CPU time taken
// this way, alternating, compares; wall time does not.
//
//   node --import tsx bench/ab-extract.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--rounds 3]
//
// A root is a checkout (or `git archive` of one) whose src/ is imported; it needs
// node_modules (a link to this checkout's is enough).

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string", default: ".tmp/kind-corpus/wn-1000" },
    rounds: { type: "string", default: "3" },
    warm: { type: "string", default: "453" },
    measure: { type: "string", default: "453" },
  },
});
if (positionals.length !== 2) {
  console.error("usage: node --import tsx bench/ab-extract.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--rounds 3] [--warm 453] [--measure 453]");
  process.exit(2);
}

const CHILD = `
const [root, corpus, warm, measure] = process.argv.slice(1);
const { readArticles } = await import(root + "/src/ingest/index.ts");
const { extractArticle } = await import(root + "/src/extract/index.ts");
const { articles } = await readArticles([corpus]);
const cpu = (list) => { const c = process.cpuUsage(); for (const a of list) extractArticle(a); const u = process.cpuUsage(c); return (u.user + u.system) / 1e6; };
const cold = cpu(articles.slice(0, +warm));
const unseen = cpu(articles.slice(+warm, +warm + +measure));
console.log(JSON.stringify({ cold, unseen }));
`;

const roots = positionals.map((p) => resolve(p));
const corpus = resolve(values.corpus!);
const results = roots.map(() => ({ cold: [] as number[], unseen: [] as number[] }));
for (let round = 0; round < Number(values.rounds); round++) {
  roots.forEach((root, k) => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD, root, corpus, values.warm!, values.measure!], {
      cwd: root,
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { cold: number; unseen: number };
    results[k]!.cold.push(r.cold);
    results[k]!.unseen.push(r.unseen);
    process.stderr.write(`round ${round + 1} ${k === 0 ? "before" : "after "}: cold ${r.cold.toFixed(2)} CPU-s, unseen ${r.unseen.toFixed(2)} CPU-s\n`);
  });
}
// The minimum is the run least disturbed by other processes; the median shows the spread.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [before, after] = results;
const percent = (a: number, b: number) => `${b >= a ? "+" : ""}${((b / a - 1) * 100).toFixed(1)}%`;
for (const key of ["cold", "unseen"] as const) {
  const [b, a] = [before![key], after![key]];
  const [bMin, aMin, bMed, aMed] = [Math.min(...b), Math.min(...a), median(b), median(a)];
  console.log(`${key.padEnd(6)} CPU-s min: before ${bMin.toFixed(2)} → after ${aMin.toFixed(2)} (${percent(bMin, aMin)}); median ${bMed.toFixed(2)} → ${aMed.toFixed(2)} (${percent(bMed, aMed)})`);
}
