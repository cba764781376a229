import assert from "node:assert/strict";
import { extractEach, tryExtractArticle } from "../../src/extract/index.ts";
import { InputError } from "../../src/errors.ts";
import type { Article } from "../../src/types.ts";
import { makeArticle } from "../fixtures/records/make.ts";

// One article the extractor cannot handle must not stop the others.

/** An article no stage can read: what a bug in ingest could hand over. */
function broken(id: string): Article {
  return { ...makeArticle(id, "x"), text: null as unknown as string };
}

describe("the extraction pipeline on an article it fails on", function () {
  this.timeout(30_000);

  it("tryExtractArticle returns the failure instead of throwing", () => {
    const outcome = tryExtractArticle(broken("rotto"));
    assert.ok("failed" in outcome && outcome.failed.length > 0);
  });

  it("extractEach extracts the others, in order, and names the file it failed on", async () => {
    const good = [makeArticle("uno", "Il ministro Ettore Valli ha visitato Borgonero."), makeArticle("due", "Mario Brusati ha incontrato Ettore Valli.")];
    const { extractions, failures } = await extractEach([good[0], broken("rotto"), good[1]], { workers: 1 });
    assert.deepEqual(extractions.map((x) => x.article.id), ["uno", "due"]);
    assert.equal(failures.length, 1);
    assert.ok(failures[0] instanceof InputError);
    assert.match(failures[0].message, /^trama: fixtures\/rotto\.txt: could not be extracted .*report it/);
  });
});
