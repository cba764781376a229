import assert from "node:assert/strict";
import { findDuplicates, jaccard, resolveDuplicateSettings, shingleSet } from "../../src/build/duplicates.ts";
import { SettingsError } from "../../src/errors.ts";
import { makeArticle } from "../fixtures/records/make.ts";

const WORDS = (
  "il ministro della Lunaria ha incontrato ieri a Borgonero il presidente Valli per discutere " +
  "di grano forniture accordi confini truppe sanzioni porto ferrovia energia gas mercato " +
  "secondo fonti governative colloquio durato due ore con dichiarazioni congiunte alla stampa"
).split(" ");

/** A deterministic pseudo-article of `n` words drawn from WORDS. */
function text(seed: number, n = 300): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push(WORDS[s % WORDS.length]);
    if (i % 17 === 16) out.push(".");
  }
  return out.join(" ");
}

describe("findDuplicates", () => {
  it("folds the same text under another file name into the first, with similarity 1", () => {
    const a = makeArticle("agenzia", text(1));
    const b = makeArticle("giornale", text(1));
    const { originals, copies } = findDuplicates([a, b]);
    assert.deepEqual(originals.map((x) => x.id), ["agenzia"]);
    assert.equal(copies.length, 1);
    assert.equal(copies[0].article.id, "giornale");
    assert.equal(copies[0].original.id, "agenzia");
    assert.equal(copies[0].similarity, 1);
  });

  it("finds a wire copy with a new headline and a trimmed last sentence", () => {
    const body = text(2);
    const a = makeArticle("wire", `Lunaria e Borgonero firmano\n\n${body}`);
    const b = makeArticle("outlet", `Storico accordo a Borgonero\n\n${body.slice(0, body.length - 60)}`);
    const { originals, copies } = findDuplicates([a, b]);
    assert.deepEqual(originals.map((x) => x.id), ["wire"]);
    assert.equal(copies.length, 1);
    assert.ok(copies[0].similarity >= 0.9 && copies[0].similarity < 1, `similarity ${copies[0].similarity}`);
  });

  const distinct: Array<[string, string, string]> = [
    ["different texts", text(3), text(4)],
    ["the same opening paragraph, different stories", `${text(5, 40)} ${text(6)}`, `${text(5, 40)} ${text(7)}`],
    ["one text a third of the other", text(8, 300), text(8, 100)],
  ];
  for (const [name, x, y] of distinct) {
    it(`keeps apart: ${name}`, () => {
      const { originals, copies } = findDuplicates([makeArticle("x", x), makeArticle("y", y)]);
      assert.equal(originals.length, 2);
      assert.equal(copies.length, 0);
    });
  }

  it("keeps the first of a group in input order as the original", () => {
    const articles = ["c", "a", "b"].map((id) => makeArticle(id, text(9)));
    const { originals, copies } = findDuplicates(articles);
    assert.deepEqual(originals.map((x) => x.id), ["c"]);
    assert.deepEqual(copies.map((c) => [c.article.id, c.original.id]), [["a", "c"], ["b", "c"]]);
  });

  it("handles texts shorter than a shingle and empty texts", () => {
    const { originals } = findDuplicates([makeArticle("a", "Valli"), makeArticle("b", "Brusati parla"), makeArticle("c", "")]);
    assert.equal(originals.length, 3);
  });

  it("validates its settings, naming the setting", () => {
    assert.throws(() => resolveDuplicateSettings({ minSimilarity: 0 }), (e: unknown) => e instanceof SettingsError && e.setting === "duplicates.minSimilarity");
    assert.throws(() => resolveDuplicateSettings({ shingleWords: 0 }), (e: unknown) => e instanceof SettingsError && e.setting === "duplicates.shingleWords");
  });
});

describe("jaccard of shingle sets", () => {
  it("is 1 for the same text and falls with edits", () => {
    const a = shingleSet(text(10), 5);
    assert.equal(jaccard(a, shingleSet(text(10), 5)), 1);
    const edited = text(10).replace(/ferrovia/g, "autostrada");
    assert.ok(jaccard(a, shingleSet(edited, 5)) < 1);
  });
});
