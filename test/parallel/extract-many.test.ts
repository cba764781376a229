import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { extractMany, type WorkerTask } from "../../src/extract/parallel/index.ts";
import { SettingsError } from "../../src/errors.ts";
import type { Article } from "../../src/types.ts";

const FIXTURES = new URL("./fixtures/fake-tasks.ts", import.meta.url).href;
const task = (name: string): WorkerTask => ({ module: FIXTURES, name });

function article(i: number, text: string): Article {
  return {
    id: `a${i}`,
    source: `corpus/a${i}.txt`,
    text,
    masked: [],
    encoding: "utf-8",
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

/** Invented sentences of varied length, so chunks take different times. */
function corpus(n: number): Article[] {
  const names = ["Ettore Varani", "Borgoverde", "Lia Montesi", "Valdora", "Pianese", "Ugo Ferlini"];
  return Array.from({ length: n }, (_, i) =>
    article(i, Array.from({ length: 1 + (i % 7) }, (_, j) => `${names[(i + j) % names.length]} ha incontrato ${names[(i * j + 1) % names.length]}.`).join(" ")),
  );
}

describe("extractMany", function () {
  this.timeout(30000);

  it("gives in worker threads exactly what it gives in this thread, in input order", async () => {
    const articles = corpus(300);
    const single = await extractMany(articles, { workers: 1, task: task("capitalisedWords") });
    const multi = await extractMany(articles, { workers: 2, inProcessBelow: 0, chunkSize: 7, task: task("capitalisedWords") });
    assert.equal(multi.length, articles.length);
    assert.deepEqual(multi.map((x) => JSON.stringify(x)), single.map((x) => JSON.stringify(x)));
  });

  it("uses worker threads for large inputs and stays in this thread for small ones", async () => {
    const small = await extractMany(corpus(5), { workers: 2, task: task("whereAmI") });
    assert.ok(small.every((x) => (x as unknown as { mainThread: boolean }).mainThread));
    const large = await extractMany(corpus(40), { workers: 2, inProcessBelow: 10, task: task("whereAmI") });
    assert.ok(large.every((x) => !(x as unknown as { mainThread: boolean }).mainThread));
  });

  it("spreads even two big chunks over two workers", async () => {
    const results = await extractMany(corpus(40), { workers: 2, inProcessBelow: 0, chunkSize: 20, task: task("whichThread") });
    const threads = new Set(results.map((x) => (x as unknown as { thread: number }).thread));
    assert.equal(threads.size, 2);
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await extractMany(corpus(50), { workers: 2, inProcessBelow: 0, chunkSize: 10, task: task("capitalisedWords"), onProgress: (done) => seen.push(done) });
    assert.equal(seen.at(-1), 50);
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  });

  for (const workers of [1, 2]) {
    it(`names the file an article came from when extraction fails (${workers} worker${workers > 1 ? "s" : ""})`, async () => {
      const articles = corpus(30);
      articles[17] = article(17, "Un testo BAD.");
      await assert.rejects(
        extractMany(articles, { workers, inProcessBelow: 0, task: task("failOnBad") }),
        (err: Error) => err.message.startsWith("trama: extraction failed on corpus/a17.txt") && err.message.includes("cannot handle BAD"),
      );
    });
  }

  it("rejects a worker count below 1, naming the setting", async () => {
    await assert.rejects(extractMany(corpus(3), { workers: 0 }), (err: unknown) => err instanceof SettingsError && err.setting === "parallel.workers");
  });
});
