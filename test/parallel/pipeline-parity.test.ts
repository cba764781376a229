import assert from "node:assert/strict";
import { articleText, kindArticles } from "../../scripts/kind-corpus.ts";
import { finishCorpus } from "../../src/extract/index.ts";
import { extractMany } from "../../src/extract/parallel/index.ts";
import { buildArticle } from "../../src/ingest/index.ts";

// The real pipeline on real Italian news prose (KIND Wikinews, rebuilt): two worker
// threads must give byte-for-byte what one thread gives.

describe("extractMany on the real pipeline", function () {
  // Each worker loads the NER model and gazetteers (about a CPU-second) before it starts.
  this.timeout(180_000);

  it("gives the same extractions and records on 2 workers as in one thread", async () => {
    const articles = kindArticles(30).map((a) =>
      buildArticle({ id: a.id, source: `${a.id}.txt`, text: articleText(a), encoding: "utf-8" }),
    );
    const single = await extractMany(articles, { workers: 1 });
    const multi = await extractMany(articles, { workers: 2, inProcessBelow: 0, chunkSize: 4 });
    assert.deepEqual(multi.map((x) => JSON.stringify(x)), single.map((x) => JSON.stringify(x)));
    const records = (xs: typeof single) => finishCorpus(xs).records.map((r) => JSON.stringify(r));
    const singleRecords = records(single);
    assert.deepEqual(records(multi), singleRecords);
    assert.ok(singleRecords.some((r) => r.includes('"relations":[{')), "the corpus yields relations, so the comparison has teeth");
  });
});
