import assert from "node:assert/strict";
import { buildArticle } from "../../src/ingest/index.ts";
import { extractArticle, finishCorpus } from "../../src/extract/index.ts";
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, type Article } from "../../src/types.ts";
import type { TramaRecord } from "../../src/extract/record.ts";
import { mutateText, prng, randomUnicodeString, seedTexts } from "../property/generators.ts";
import { makeArticle } from "../fixtures/records/make.ts";

// The whole per-article pipeline and the corpus pass, on invented news and on hostile
// text: whatever the stages find, the records keep the contract's invariants.

function assertRecordInvariants(record: TramaRecord, text: string): void {
  const ids = new Set<string>();
  for (const e of record.entities) {
    assert.ok(e.id.length > 0, "an entity has an id");
    assert.ok(!ids.has(e.id), `${e.id} is listed once`);
    ids.add(e.id);
    assert.ok((ENTITY_TYPES as readonly string[]).includes(e.type), `${e.id}: type`);
    for (const m of e.mentions ?? []) assert.equal(text.slice(m.start, m.end), m.text, `${e.id}: mention offsets`);
  }
  for (const r of record.relations) {
    const what = `${r.subject} ${r.type} ${r.object}`;
    assert.ok(ids.has(r.subject) && ids.has(r.object), `${what}: endpoints are entities of the record`);
    if (r.place !== undefined) assert.ok(ids.has(r.place), `${what}: place`);
    if (r.attribution !== undefined) assert.ok(ids.has(r.attribution), `${what}: attribution`);
    assert.ok((RELATION_TYPES as readonly string[]).includes(r.type), what);
    assert.ok((MODALITIES as readonly string[]).includes(r.modality), what);
    assert.ok(r.evidence.length > 0, `${what}: evidence`);
    for (const e of r.evidence) assert.equal(text.slice(e.start, e.end), e.sentence, `${what}: evidence offsets`);
  }
}

function run(articles: Article[]): TramaRecord[] {
  return finishCorpus(articles.map(extractArticle)).records;
}

describe("the extraction pipeline", function () {
  this.timeout(60_000);

  it("finds invented people and places and a meeting between them, with true offsets", () => {
    const text =
      "date 2024-05-14\nIl ministro degli Esteri della Lunaria, Ettore Valli, ha incontrato a Roma il presidente francese Emmanuel Macron. " +
      "Valli ha poi visitato la Germania.\n";
    const article = buildArticleFrom("valli-roma", text);
    const [record] = run([article]);
    assertRecordInvariants(record, text);
    assert.equal(record.date, "2024-05-14");
    const names = record.entities.map((e) => e.name);
    assert.ok(names.some((n) => n.includes("Valli")), `Ettore Valli found among ${names.join(", ")}`);
    assert.ok(record.entities.some((e) => e.type === "GPE"), "a place found");
  });

  it("gives the same records whether articles are extracted alone or together", () => {
    const texts = seedTexts().slice(0, 3);
    const articles = texts.map((t, i) => buildArticleFrom(`s${i}`, t));
    const together = run(articles).map((r) => JSON.stringify(r));
    const again = run(articles).map((r) => JSON.stringify(r));
    assert.deepEqual(again, together, "deterministic");
  });

  it("keeps the record invariants on mutated seed articles and random text", () => {
    const rng = prng(7);
    const seeds = seedTexts();
    const articles: Article[] = [];
    for (let i = 0; i < 20; i++) articles.push(makeArticle(`m${i}`, mutateText(rng, seeds[i % seeds.length], 12)));
    for (let i = 0; i < 20; i++) articles.push(makeArticle(`r${i}`, randomUnicodeString(rng, 400)));
    const records = run(articles);
    assert.equal(records.length, articles.length);
    records.forEach((record, i) => {
      assert.equal(record.doc, articles[i].id, "records in input order");
      assertRecordInvariants(record, articles[i].text);
    });
  });
});

function buildArticleFrom(id: string, text: string): Article {
  return buildArticle({ id, source: `${id}.txt`, text, encoding: "utf-8" });
}
