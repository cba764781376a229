import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureKindCorpus } from "../scripts/kind-corpus.ts";

// Before/after CPU cost of extraction with both source trees loaded in ONE process: the
// articles go through them in turns, `--chunk` at a time (which tree goes first
// alternates), so a burst of load from other processes on this shared machine falls on
// both alike. Complements bench/ab-extract.ts (a process per tree), whose rounds differ
// by ±15% on a busy machine. The two trees share the heap, the caches and the garbage
// collector, which is not how either runs in production: read both tools' figures.
//
//   node --import tsx bench/ab-extract-paired.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--chunk 8]
//
// Phases: the first `--warm` articles cold, the next `--measure` unseen, then the first
// ones again (every word seen). AFTER/BEFORE below 1 is a saving.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string" },
    chunk: { type: "string", default: "8" },
    warm: { type: "string", default: "453" },
    measure: { type: "string", default: "453" },
  },
});
if (positionals.length !== 2) {
  console.error("usage: node --import tsx bench/ab-extract-paired.ts BEFORE_ROOT AFTER_ROOT [--corpus DIR] [--chunk 8] [--warm 453] [--measure 453]");
  process.exit(2);
}

type Extract = (article: unknown) => unknown;
const [before, after] = positionals.map((p) => resolve(p)) as [string, string];
const { readArticles } = (await import(`${before}/src/ingest/index.ts`)) as { readArticles: (inputs: string[]) => Promise<{ articles: unknown[] }> };
const extractBefore = ((await import(`${before}/src/extract/index.ts`)) as { extractArticle: Extract }).extractArticle;
const extractAfter = ((await import(`${after}/src/extract/index.ts`)) as { extractArticle: Extract }).extractArticle;
// The 1,000 Wikinews articles of the bench by default, made from ../shared if missing.
const corpus = values.corpus ? resolve(values.corpus) : ensureKindCorpus(1000);
const { articles } = await readArticles([corpus]);
if (articles.length < Number(values.warm) + Number(values.measure)) {
  console.error(`${articles.length} articles in ${corpus}, fewer than --warm + --measure: give --corpus DIR, a folder of articles`);
  process.exit(2);
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (extract: Extract, list: readonly unknown[]) => {
  const start = cpu();
  for (const a of list) extract(a);
  return cpu() - start;
};

const [warm, measure, chunk] = [Number(values.warm), Number(values.measure), Number(values.chunk)];
const phases: Array<[string, number, number]> = [
  ["cold", 0, warm],
  ["unseen", warm, warm + measure],
  ["again", 0, warm],
];
for (const [name, from, to] of phases) {
  let [b, a] = [0, 0];
  const ratios: number[] = [];
  for (let i = from, k = 0; i < to; i += chunk, k++) {
    const list = articles.slice(i, Math.min(to, i + chunk));
    let tb: number, ta: number;
    if (k % 2 === 0) {
      tb = timed(extractBefore, list);
      ta = timed(extractAfter, list);
    } else {
      ta = timed(extractAfter, list);
      tb = timed(extractBefore, list);
    }
    b += tb;
    a += ta;
    ratios.push(ta / tb);
  }
  ratios.sort((x, y) => x - y);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(`${name.padEnd(6)} CPU-s before ${b.toFixed(2)} → after ${a.toFixed(2)} (after/before ${(a / b).toFixed(3)}; median per chunk ${median.toFixed(3)})`);
}
