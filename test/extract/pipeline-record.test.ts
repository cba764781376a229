import assert from "node:assert/strict";
import { toRecord, type ArticleExtraction } from "../../src/extract/record.ts";
import type { Entity, Mention, Relation } from "../../src/types.ts";
import { makeArticle } from "../fixtures/records/make.ts";

// toRecord: the JSONL contract of ../shared/spec/extraction-record.md, in a stable order.

const TEXT = "Ettore Valli ha ricevuto Mario Brusati a Borgonero. Valli ha poi visitato Lunaria.";
const article = makeArticle("art-1", TEXT, "2024-06");

function mention(text: string, entity: string, type: Mention["type"], from = 0): Mention {
  const start = TEXT.indexOf(text, from);
  return { text, start, end: start + text.length, type, kind: "name", sentence: 0, tokenStart: 0, tokenEnd: 1, entity, provenance: [{ by: "test" }] };
}

function entity(id: string, name: string, type: Entity["type"], mentions: Mention[]): Entity {
  return { id, name, type, aliases: [...new Set(mentions.map((m) => m.text))], mentions, provenance: [{ by: "test" }] };
}

function relation(subject: string, type: Relation["type"], object: string, sentence: string, extra: Partial<Relation> = {}): Relation {
  const start = TEXT.indexOf(sentence);
  return {
    subject,
    type,
    object,
    modality: "asserted",
    evidence: [{ article: article.id, sentence, start, end: start + sentence.length, sentenceIndex: start === 0 ? 0 : 1 }],
    confidence: 0.7,
    provenance: [{ by: "cue:ricevere", why: "verb" }, { by: "rule:met-receive", why: "subject before the verb" }],
    ...extra,
  };
}

const S1 = "Ettore Valli ha ricevuto Mario Brusati a Borgonero.";
const S2 = "Valli ha poi visitato Lunaria.";

function extraction(): ArticleExtraction {
  const valli = [mention("Ettore Valli", "ettore-valli", "PERSON"), mention("Valli", "ettore-valli", "PERSON", 20)];
  const brusati = [mention("Mario Brusati", "mario-brusati", "PERSON")];
  const borgonero = [mention("Borgonero", "borgonero", "GPE")];
  const lunaria = [mention("Lunaria", "lunaria", "GPE")];
  // Entities deliberately out of text order.
  const entities = [
    entity("lunaria", "Lunaria", "GPE", lunaria),
    entity("borgonero", "Borgonero", "GPE", borgonero),
    entity("mario-brusati", "Mario Brusati", "PERSON", brusati),
    entity("ettore-valli", "Ettore Valli", "PERSON", valli),
  ];
  const relations = [
    relation("ettore-valli", "VISITED", "lunaria", S2, { cue: "visitato" }),
    relation("ettore-valli", "MET", "mario-brusati", S1, { place: "borgonero", cue: "ricevuto", date: "2024-06" }),
  ];
  return { article, entities, mentions: [...valli, ...brusati, ...borgonero, ...lunaria], relations };
}

describe("toRecord", () => {
  it("has the spec's fields: doc, date, entities {id,name,type,aliases}, relations with evidence and confidence", () => {
    const record = toRecord(extraction());
    assert.equal(record.doc, "art-1");
    assert.equal(record.date, "2024-06");
    assert.equal(record.hash, article.hash);
    for (const e of record.entities) assert.deepEqual(Object.keys(e).slice(0, 4), ["id", "name", "type", "aliases"]);
    const met = record.relations.find((r) => r.type === "MET")!;
    assert.deepEqual(
      { subject: met.subject, object: met.object, modality: met.modality, date: met.date, place: met.place, confidence: met.confidence },
      { subject: "ettore-valli", object: "mario-brusati", modality: "asserted", date: "2024-06", place: "borgonero", confidence: 0.7 },
    );
    assert.deepEqual(met.evidence, [{ sentence: S1, start: 0, end: S1.length, sentenceIndex: 0 }]);
    assert.equal(met.cue, "ricevuto");
    assert.equal(met.rule, "rule:met-receive", "the rule, not the first provenance entry");
    assert.ok(!("provenance" in met), "provenance is for --explain, not the record");
  });

  it("orders entities by first mention and relations by evidence offset", () => {
    const record = toRecord(extraction());
    assert.deepEqual(record.entities.map((e) => e.id), ["ettore-valli", "mario-brusati", "borgonero", "lunaria"]);
    assert.deepEqual(record.relations.map((r) => r.type), ["MET", "VISITED"]);
    assert.deepEqual(record.entities[0].mentions?.map((m) => m.start), [0, TEXT.indexOf("Valli", 20)]);
  });

  it("is the same record whatever order the stages listed things in", () => {
    const x = extraction();
    const shuffled = { ...x, entities: [...x.entities].reverse(), mentions: [...x.mentions].reverse(), relations: [...x.relations].reverse() };
    assert.equal(JSON.stringify(toRecord(shuffled)), JSON.stringify(toRecord(x)));
  });

  const dangling: Array<[string, Partial<Relation>, (r: ReturnType<typeof toRecord>) => void]> = [
    ["a subject that is not an entity of the article", { subject: "someone-else" }, (r) => assert.equal(r.relations.length, 1)],
    ["an object that is not an entity of the article", { object: "nowhere" }, (r) => assert.equal(r.relations.length, 1)],
    ["no evidence", { evidence: [] }, (r) => assert.equal(r.relations.length, 1)],
    ["a place that is not an entity", { place: "atlantide" }, (r) => assert.equal(r.relations.find((x) => x.type === "MET")?.place, undefined)],
    ["an attribution that is not an entity", { attribution: "fonti" }, (r) => assert.equal(r.relations.find((x) => x.type === "MET")?.attribution, undefined)],
  ];
  for (const [name, change, check] of dangling) {
    it(`keeps its promise that ids are entities of the record: ${name}`, () => {
      const x = extraction();
      x.relations[1] = { ...x.relations[1], ...change };
      check(toRecord(x));
    });
  }
});
