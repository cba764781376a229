import assert from "node:assert/strict";
import { mergeRecords } from "../../src/graph/merge.ts";
import { parseGraph, serializeGraph } from "../../src/graph/io.ts";
import { MODALITIES, RELATION_TYPES } from "../../src/types.ts";
import type { TramaRecord } from "../../src/extract/record.ts";
import { makeArticle } from "../fixtures/records/make.ts";
import { seededRandom as prng } from "../../src/random.ts";

// Records as a buggy extractor or a hand-edited records.jsonl could give them: the graph
// must still keep its invariants, and say what it left out.

const IDS = ["lunaria", "borgonero", "mario-brusati", "<script>", 'quo"te', "`tick`", "emoji-🦊", "\u202eltr", "", "x|MET|y"];
const TYPES = [...RELATION_TYPES, "FOUGHT", "met"];
const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "EVENT", "THING"];
const MODS = [...MODALITIES, "certain"];

function hostileCorpus(seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const articles = Array.from({ length: 6 }, (_, i) => {
    const sentences = Array.from({ length: 4 }, (_s, j) => `Frase ${j} dell'articolo ${i} con 🦊 e «virgolette».`);
    return makeArticle(`doc-${i}`, sentences.join(" "), rand() < 0.7 ? `2024-0${1 + (i % 9)}` : undefined);
  });
  const records: TramaRecord[] = [];
  for (let n = 0; n < 12; n++) {
    const article = pick(articles);
    const doc = rand() < 0.9 ? article.id : "missing-article";
    const entities = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
      const id = pick(IDS);
      return { id, name: id || "senza nome", type: pick(ENTITY_TYPES), aliases: [pick(IDS)] } as TramaRecord["entities"][number];
    });
    const relations = Array.from({ length: Math.floor(rand() * 8) }, () => {
      const at = Math.floor(rand() * article.text.length);
      const len = Math.floor(rand() * 60);
      const honest = rand() < 0.5;
      const start = honest ? at : Math.floor(rand() * 400) - 50;
      const end = honest ? Math.min(article.text.length, at + len) : start + len;
      const sentence = honest ? article.text.slice(start, end) : "una frase che non c'è";
      return {
        subject: pick(IDS),
        type: pick(TYPES),
        object: pick(IDS),
        modality: pick(MODS),
        evidence: [{ sentence, start, end, sentenceIndex: 0 }],
        confidence: rand(),
      } as TramaRecord["relations"][number];
    });
    records.push({ doc, source: "x", hash: "h", entities, relations });
  }
  return { articles, records };
}

describe("mergeRecords on hostile records", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`keeps the graph's invariants (seed ${seed})`, () => {
      const { articles, records } = hostileCorpus(seed);
      const problems: string[] = [];
      const graph = mergeRecords(records, articles, { onProblem: (m) => problems.push(m) });
      const text = new Map(articles.map((a) => [a.id, a.text]));

      assert.equal(new Set(graph.nodes()).size, graph.order, "node ids are unique");
      assert.ok(!graph.hasNode(""), "an empty id is not a node");
      graph.forEachEdge((key, attrs, source, target) => {
        assert.ok(graph.hasNode(source) && graph.hasNode(target), `${key}: both endpoints exist`);
        assert.ok((RELATION_TYPES as readonly string[]).includes(attrs.type), `${key}: type in the ontology`);
        assert.ok((MODALITIES as readonly string[]).includes(attrs.modality), `${key}: modality`);
        assert.ok(attrs.evidence.length > 0, `${key}: has evidence`);
        const seen = new Set<string>();
        for (const e of attrs.evidence) {
          const body = text.get(e.article);
          assert.ok(body !== undefined, `${key}: evidence from a known article`);
          assert.ok(e.start >= 0 && e.end <= body.length && e.start <= e.end, `${key}: offsets inside the text`);
          assert.equal(body.slice(e.start, e.end), e.sentence, `${key}: offsets point at the sentence`);
          const id = `${e.article}:${e.start}:${e.end}`;
          assert.ok(!seen.has(id), `${key}: evidence ${id} only once`);
          seen.add(id);
        }
      });
      for (const p of problems) assert.match(p, /^trama: /);
      assert.ok(problems.length > 0, "what was left out is reported");
      // The graph survives its own serialisation.
      const again = parseGraph(serializeGraph(graph), "memory");
      assert.equal(serializeGraph(again), serializeGraph(graph));
    });
  }
});
