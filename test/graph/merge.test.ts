import assert from "node:assert/strict";
import { aggregateModality, mergeRecords } from "../../src/graph/merge.ts";
import { serializeGraph } from "../../src/graph/io.ts";
import { edgeKey } from "../../src/graph/corpus-graph.ts";
import type { Modality } from "../../src/types.ts";
import { makeArticle, makeRecord, type EntitySpec } from "../fixtures/records/make.ts";

const BRUSATI: EntitySpec = { id: "mario-brusati", name: "Mario Brusati", type: "PERSON", aliases: ["Brusati"] };
const VALLI: EntitySpec = { id: "ettore-valli", name: "Ettore Valli", type: "PERSON" };
const LUNARIA: EntitySpec = { id: "lunaria", name: "Lunaria", type: "GPE", aliases: ["lunariano"] };
const BORGONERO: EntitySpec = { id: "borgonero", name: "Borgonero", type: "GPE" };

const A1 = makeArticle(
  "a1",
  "Mario Brusati ha incontrato Ettore Valli a Borgonero. Brusati ha visitato Lunaria a marzo.",
  "2024-03",
);
const A2 = makeArticle(
  "a2",
  "Ettore Valli e Mario Brusati si incontreranno di nuovo. Il governo lunariano ha fornito grano a Borgonero.",
  "2024-05-02",
);

function records() {
  return [
    makeRecord(A1, [BRUSATI, VALLI, BORGONERO, LUNARIA], [
      { subject: "mario-brusati", type: "MET", object: "ettore-valli", sentence: "Mario Brusati ha incontrato Ettore Valli a Borgonero.", place: "borgonero" },
      { subject: "mario-brusati", type: "VISITED", object: "lunaria", sentence: "Brusati ha visitato Lunaria a marzo.", date: "2024-03" },
    ]),
    makeRecord(A2, [VALLI, BRUSATI, LUNARIA, BORGONERO], [
      { subject: "ettore-valli", type: "MET", object: "mario-brusati", sentence: "Ettore Valli e Mario Brusati si incontreranno di nuovo.", modality: "planned", confidence: 0.9 },
      { subject: "lunaria", type: "SUPPLIED", object: "borgonero", sentence: "Il governo lunariano ha fornito grano a Borgonero.", item: "grano" },
    ]),
  ];
}

describe("mergeRecords", () => {
  it("makes one node per entity id with aliases, mentions, articles and dates accumulated", () => {
    const graph = mergeRecords(records(), [A1, A2]);
    assert.equal(graph.order, 4);
    const brusati = graph.getNodeAttributes("mario-brusati");
    assert.equal(brusati.label, "Mario Brusati");
    assert.equal(brusati.type, "PERSON");
    assert.deepEqual(brusati.aliases, ["Brusati"]);
    // a1 mentions "Mario Brusati" and "Brusati" (inside it too: both forms are counted), a2 once.
    assert.ok(brusati.mentions >= 3);
    assert.deepEqual(brusati.articles, ["a1", "a2"]);
    assert.equal(brusati.firstSeen, "2024-03");
    assert.equal(brusati.lastSeen, "2024-05-02");
    assert.deepEqual(graph.getNodeAttribute("lunaria", "aliases"), ["lunariano"]);
  });

  it("stores a symmetric relation once whichever entity is named first, with both pieces of evidence", () => {
    const graph = mergeRecords(records(), [A1, A2]);
    const met = graph.edges().filter((e) => graph.getEdgeAttribute(e, "type") === "MET");
    assert.equal(met.length, 1);
    assert.equal(met[0], edgeKey("ettore-valli", "MET", "mario-brusati"));
    const attrs = graph.getEdgeAttributes(met[0]);
    assert.equal(attrs.symmetric, true);
    assert.equal(attrs.evidence.length, 2);
    assert.deepEqual(attrs.articles, ["a1", "a2"]);
    assert.equal(attrs.modality, "asserted", "asserted once in a1, planned in a2");
    assert.deepEqual(attrs.modalities, ["asserted", "planned"]);
    assert.equal(attrs.confidence, 0.9);
    assert.deepEqual(attrs.places, ["borgonero"]);
    assert.equal(attrs.firstDate, "2024-03");
    assert.equal(attrs.lastDate, "2024-05-02");
  });

  it("keeps the direction of asymmetric relations: VISITED(a,b) and VISITED(b,a) are two edges", () => {
    const a = makeArticle("v", "Lunaria ha visitato Borgonero. Borgonero ha visitato Lunaria.");
    const r = makeRecord(a, [LUNARIA, BORGONERO], [
      { subject: "lunaria", type: "VISITED", object: "borgonero", sentence: "Lunaria ha visitato Borgonero." },
      { subject: "borgonero", type: "VISITED", object: "lunaria", sentence: "Borgonero ha visitato Lunaria." },
    ]);
    const graph = mergeRecords([r], [a]);
    assert.equal(graph.size, 2);
    assert.ok(graph.hasEdge(edgeKey("lunaria", "VISITED", "borgonero")));
    assert.ok(graph.hasEdge(edgeKey("borgonero", "VISITED", "lunaria")));
  });

  it("never attaches the same evidence (article and offsets) twice", () => {
    const [r1] = records();
    const twice = { ...r1, relations: [...r1.relations, ...r1.relations] };
    const graph = mergeRecords([twice, r1], [A1]);
    graph.forEachEdge((_e, attrs) => {
      const ids = attrs.evidence.map((e) => `${e.article}:${e.start}:${e.end}`);
      assert.equal(new Set(ids).size, ids.length);
    });
    assert.equal(graph.getEdgeAttribute(edgeKey("ettore-valli", "MET", "mario-brusati"), "evidence").length, 1);
  });

  it("carries item, rule, article date and event date onto the evidence", () => {
    const graph = mergeRecords(records(), [A1, A2]);
    const supplied = graph.getEdgeAttributes(edgeKey("lunaria", "SUPPLIED", "borgonero"));
    assert.deepEqual(supplied.items, ["grano"]);
    assert.equal(supplied.evidence[0].rule, "rule:supplied");
    assert.equal(supplied.evidence[0].articleDate, "2024-05-02");
    assert.equal(supplied.firstDate, "2024-05-02", "no event date: the article's");
    const visited = graph.getEdgeAttributes(edgeKey("mario-brusati", "VISITED", "lunaria"));
    assert.equal(visited.evidence[0].date, "2024-03");
  });

  it("does not depend on the order of the records", () => {
    const forward = serializeGraph(mergeRecords(records(), [A1, A2]));
    const backward = serializeGraph(mergeRecords(records().reverse(), [A2, A1]));
    assert.equal(backward, forward);
  });

  it("sizes nodes by mentions and degree", () => {
    const graph = mergeRecords(records(), [A1, A2]);
    const size = (id: string) => graph.getNodeAttribute(id, "size");
    assert.ok(size("mario-brusati") > size("borgonero"), "more mentions and more edges");
    graph.forEachNode((_n, attrs) => assert.ok(attrs.size > 0));
  });

  it("lists every article, with the sources of copies, as a graph attribute", () => {
    const graph = mergeRecords(records(), [A1, { ...A2, sources: [A2.source, "elsewhere/a2-copy.txt"], copies: ["a2-copy"] }]);
    const articles = graph.getAttribute("articles");
    assert.deepEqual(Object.keys(articles), ["a1", "a2"]);
    assert.equal(articles.a1.date, "2024-03");
    assert.deepEqual(articles.a2.copies, ["a2-copy"]);
    assert.deepEqual(articles.a2.sources, ["fixtures/a2.txt", "elsewhere/a2-copy.txt"]);
  });
});

describe("aggregateModality", () => {
  const table: Array<[Partial<Record<Modality, number>>, Modality]> = [
    [{ asserted: 1, planned: 5 }, "asserted"],
    [{ planned: 2, possible: 1 }, "planned"],
    [{ possible: 3, planned: 1 }, "possible"],
    [{ possible: 1, planned: 1 }, "planned"],
    [{ negated: 1 }, "negated"],
    [{ negated: 2, possible: 1 }, "negated"],
  ];
  for (const [counts, expected] of table) {
    it(`${JSON.stringify(counts)} → ${expected}`, () => {
      assert.equal(aggregateModality(new Map(Object.entries(counts) as Array<[Modality, number]>)), expected);
    });
  }
});
