import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { articleText, KIND_WIKINEWS_TRAIN, kindArticles } from "../../scripts/kind-corpus.ts";
import { finishCorpus } from "../../src/extract/index.ts";
import { extractMany } from "../../src/extract/parallel/index.ts";
import { buildArticle } from "../../src/ingest/index.ts";

// The real pipeline on real Italian news prose: two worker threads must give
// byte-for-byte what one thread gives. KIND Wikinews articles when the data is there,
// else the seeds, each six times under new ids.

const SEEDS = new URL("../../seeds/", import.meta.url);

function corpus() {
  if (existsSync(KIND_WIKINEWS_TRAIN)) {
    return kindArticles(30).map((a) => ({ id: a.id, text: articleText(a) }));
  }
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
  return Array.from({ length: 6 }, (_, copy) =>
    seeds.map((f) => ({ id: `copy${copy}-${f.replace(/\.txt$/, "")}`, text: readFileSync(new URL(f, SEEDS), "utf8") })),
  ).flat();
}

describe("extractMany on the real pipeline", function () {
  // Each worker loads the NER model and gazetteers (about a CPU-second) before it starts.
  this.timeout(180_000);

  it("gives the same extractions and records on 2 workers as in one thread", async () => {
    const articles = corpus().map((a) => buildArticle({ id: a.id, source: `${a.id}.txt`, text: a.text, encoding: "utf-8" }));
    const single = await extractMany(articles, { workers: 1 });
    const multi = await extractMany(articles, { workers: 2, inProcessBelow: 0, chunkSize: 4 });
    assert.deepEqual(multi.map((x) => JSON.stringify(x)), single.map((x) => JSON.stringify(x)));
    const records = (xs: typeof single) => finishCorpus(xs).records.map((r) => JSON.stringify(r));
    const singleRecords = records(single);
    assert.deepEqual(records(multi), singleRecords);
    assert.ok(singleRecords.some((r) => r.includes('"relations":[{')), "the corpus yields relations, so the comparison has teeth");
  });
});
