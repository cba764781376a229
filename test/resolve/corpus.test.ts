import assert from "node:assert/strict";
import type { EntityType, Relation } from "../../src/types.ts";
import type { ArticleExtraction } from "../../src/extract/record.ts";
import { resolveArticle, resolveCorpus } from "../../src/extract/resolve/index.ts";
import { docOf, namesIn } from "./helpers.ts";

function extraction(id: string, text: string, names: Array<[string, EntityType]>, relations: Relation[] = []): ArticleExtraction {
  const doc = docOf(text, id);
  const r = resolveArticle(doc, namesIn(doc, names));
  return { article: doc.article, entities: r.entities, mentions: r.mentions, relations };
}

function idsOf(x: ArticleExtraction): string[] {
  return x.entities.filter((e) => e.type === "PERSON").map((e) => e.id).sort();
}

describe("resolveCorpus", () => {
  it("gives spellings of one person one id and name in every article", () => {
    const out = resolveCorpus([
      extraction("a", "Bohdan Kravetskyj ha parlato.", [["Bohdan Kravetskyj", "PERSON"]]),
      extraction("b", "Bohdan Kravetsky ha risposto. Kravetsky insiste.", [["Bohdan Kravetsky", "PERSON"], ["Kravetsky", "PERSON"]]),
      extraction("c", "Bohdan Kravetsky è partito.", [["Bohdan Kravetsky", "PERSON"]]),
    ]);
    const ids = out.map(idsOf);
    assert.deepEqual(ids, [["bohdan-kravetsky"], ["bohdan-kravetsky"], ["bohdan-kravetsky"]]);
    assert.equal(out[0]!.entities[0]!.name, "Bohdan Kravetsky", "the form most used");
    assert.ok(out[0]!.entities[0]!.aliases.includes("Bohdan Kravetskyj"), "the article's own spelling stays an alias");
  });

  it("joins a surname-only entity to the only full name in the corpus that fits", () => {
    const x = extraction("b", "Ieri Pak ha parlato a lungo.", [["Pak", "PERSON"]], []);
    const rel: Relation = {
      subject: "pak", type: "VISITED", object: "russia", modality: "asserted", evidence: [], confidence: 1, provenance: [],
    };
    x.relations.push(rel);
    const out = resolveCorpus([extraction("a", "Pak Sun-hee ha parlato.", [["Pak Sun-hee", "PERSON"]]), x]);
    assert.deepEqual(idsOf(out[1]!), ["pak-sun-hee"]);
    assert.equal(out[1]!.relations[0]!.subject, "pak-sun-hee");
    assert.equal(out[1]!.mentions.find((m) => m.text === "Pak")!.entity, "pak-sun-hee");
    assert.match(out[1]!.entities[0]!.provenance.map((p) => p.why).join(" "), /only full name in the corpus/);
  });

  it("keeps a surname apart when two people in the corpus carry it", () => {
    const out = resolveCorpus([
      extraction("a", "Mario Rossetti ha parlato.", [["Mario Rossetti", "PERSON"]]),
      extraction("b", "Maria Rossetti ha risposto.", [["Maria Rossetti", "PERSON"]]),
      extraction("c", "Rossetti tace.", [["Rossetti", "PERSON"]]),
    ]);
    assert.deepEqual(out.map(idsOf), [["mario-rossetti"], ["maria-rossetti"], ["rossetti"]]);
  });

  it("leaves places and organisations as they are", () => {
    const input = [extraction("a", "Mosca chiede aiuto alla Nordvik Analytics.", [["Mosca", "GPE"], ["Nordvik Analytics", "ORG"]])];
    const out = resolveCorpus(input);
    assert.deepEqual(out[0]!.entities.map((e) => e.id), input[0]!.entities.map((e) => e.id));
  });
});
