import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle } from "../../src/extract/index.ts";
import { CACHE_FILE, ExtractionCache } from "../../src/build/extraction-cache.ts";
import { seedTexts } from "../property/generators.ts";
import { makeArticle } from "../fixtures/records/make.ts";

describe("ExtractionCache", function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "trama-cache-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const articles = seedTexts().map((text, i) => makeArticle(`seed-${i}`, text, "2024-01"));

  it("gives back exactly the extraction it stored, through the file", () => {
    const extractions = articles.map(extractArticle);
    writeFileSync(join(dir, CACHE_FILE), ExtractionCache.of("fp", extractions).serialize());
    const cache = ExtractionCache.load(dir, "fp");
    // As JSON: a property set to undefined and a missing one are the same to every output.
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    extractions.forEach((x, i) => assert.deepEqual(json(cache.get(articles[i])), json(x), articles[i].id));
  });

  it("keeps a mention or evidence text that is not the text at its offsets", () => {
    const [x] = articles.slice(0, 1).map(extractArticle);
    const odd = structuredClone(x);
    odd.mentions[0].text = "forma normalizzata";
    if (odd.relations[0]) odd.relations[0].evidence[0].sentence = "frase riscritta";
    writeFileSync(join(dir, CACHE_FILE), ExtractionCache.of("fp", [{ ...odd, article: x.article }]).serialize());
    const back = ExtractionCache.load(dir, "fp").get(x.article)!;
    assert.equal(back.mentions[0].text, "forma normalizzata");
    if (odd.relations[0]) assert.equal(back.relations[0].evidence[0].sentence, "frase riscritta");
  });

  const misses: Array<[string, () => ExtractionCache, (a: (typeof articles)[number]) => typeof articles[number]]> = [
    ["another extractor wrote it", () => ExtractionCache.load(dir, "other-fp"), (a) => a],
    ["the text changed", () => ExtractionCache.load(dir, "fp"), (a) => makeArticle(a.id, `${a.text} Aggiunta.`, a.date)],
    ["the date changed", () => ExtractionCache.load(dir, "fp"), (a) => makeArticle(a.id, a.text, "2025-02")],
    ["other spans are masked (new page-furniture rules)", () => ExtractionCache.load(dir, "fp"), (a) => ({ ...a, masked: [{ start: 0, end: 4, reason: "furniture" as const }] })],
    ["the article was renamed", () => ExtractionCache.load(dir, "fp"), (a) => makeArticle(`${a.id}-bis`, a.text, a.date)],
  ];
  for (const [name, load, change] of misses) {
    it(`misses when ${name}`, () => {
      writeFileSync(join(dir, CACHE_FILE), ExtractionCache.of("fp", articles.slice(0, 1).map(extractArticle)).serialize());
      assert.equal(load().get(change(articles[0])), undefined);
    });
  }

  it("starts empty from a missing or damaged file", () => {
    const empty = mkdtempSync(join(tmpdir(), "trama-cache-none-"));
    assert.equal(ExtractionCache.load(empty, "fp").get(articles[0]), undefined);
    writeFileSync(join(empty, CACHE_FILE), "not gzip at all");
    assert.equal(ExtractionCache.load(empty, "fp").get(articles[0]), undefined);
    rmSync(empty, { recursive: true, force: true });
  });
});
