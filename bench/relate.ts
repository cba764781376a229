// `npm run bench:relate`: throughput of relate() alone (relations, modality, dates,
// attribution) on Wikinews-sized articles from the KIND corpus and on the seeds, with the
// earlier stages run beforehand so only relate is timed. Prints figures; asserts nothing.
import { readArticles } from "../src/ingest/index.ts";
import { analyse } from "../src/nlp/it/index.ts";
import { recognise } from "../src/ner/recognise.ts";
import { resolveArticle } from "../src/extract/resolve/index.ts";
import { relate } from "../src/extract/relate/index.ts";
import { ensureKindCorpus } from "../scripts/kind-corpus.ts";

async function bench(label: string, inputs: string[], passes: number): Promise<void> {
  const { articles } = await readArticles(inputs);
  const prepared = articles.map((a) => {
    const doc = analyse(a);
    return { doc, resolved: resolveArticle(doc, recognise(doc)) };
  });
  let relations = 0;
  for (const p of prepared) relations += relate(p.doc, p.resolved).length; // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) for (const p of prepared) relate(p.doc, p.resolved);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = passes * prepared.length;
  const chars = articles.reduce((s, a) => s + a.text.length, 0) / articles.length;
  console.log(
    `relate, ${label}: ${articles.length} articles (avg ${chars.toFixed(0)} chars, ${relations} relations) ×${passes}: ` +
      `${(n / cpuSeconds).toFixed(0)} articles/s per core (CPU), ${(n / wall).toFixed(0)} articles/s wall, ${((cpuSeconds / n) * 1000).toFixed(3)} ms/article`,
  );
}

await bench("KIND Wikinews", [ensureKindCorpus(200)], 5);
await bench("seeds", ["seeds"], 200);
