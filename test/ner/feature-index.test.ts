import assert from "node:assert/strict";
import { FeatureExtractor, FrozenIndex, GrowingIndex, type FeatureIndex, type FeatureResources } from "../../src/ner/features.ts";
import { buildGazetteer } from "../../src/ner/gazetteer.ts";
import { ABSENT, PairMemo } from "../../src/ner/pair-memo.ts";

function resources(): FeatureResources {
  const org = { code: "org", labels: ["ORG"], names: ["Fabbrica Tessile Lunardi", "Lunardi"], nameLabels: [0, 0] };
  return {
    clusters: new Map([["lunardi", ["01", "0110"]], ["ministro", ["1", "10"]]]),
    wordKeys: new Map([["Cartiera", ["org-head=3"]]]),
    gazetteers: [{ ...org, gazetteer: buildGazetteer(org) }],
  };
}

const sentences = [
  ["Il", "ministro", "Gianfranco", "Brusati", "ha", "visitato", "la", "Fabbrica", "Tessile", "Lunardi", "."],
  ["La", "Cartiera", "di", "Valtrebbia", "=", "a=b", "𝔸lfa", "Ωmega", "2024", "Lunardi"],
  [],
];

describe("ner feature index", () => {
  it("a trained model's index gives the same feature ids as the index that collected them", () => {
    const growing = new GrowingIndex();
    const collecting = new FeatureExtractor(resources(), growing);
    const expected = sentences.map((s) => Array.from(collecting.extract(s).ids));
    const frozen = new FeatureExtractor(resources(), new FrozenIndex([...growing.keys]));
    sentences.forEach((s, k) => assert.deepEqual(Array.from(frozen.extract(s).ids), expected[k], s.join(" ")));
  });

  it("a trained model's index leaves out keys it does not know", () => {
    const growing = new GrowingIndex();
    new FeatureExtractor(resources(), growing).extract(sentences[0]!);
    const frozen = new FrozenIndex([...growing.keys]);
    const ids = new FeatureExtractor(resources(), frozen).extract(["Zeffirino", "Quattrocchi"]).ids;
    const known = new Set(growing.keys);
    for (const id of ids) assert.ok(known.has(frozen.keys[id]!));
    assert.equal(frozen.value("zeffirino").id(frozen.template("w")), -1);
    assert.equal(frozen.value("ministro").id(frozen.template("w")), frozen.lookup("w=ministro"));
  });

  it("knows which words are right parts of joined values, and which are not", () => {
    const frozen = new FrozenIndex(["ww-1=di|brusati", "sss=Xx|x|Xx", "w=valtrebbia", "bias"]);
    for (const right of ["brusati", "x|Xx", "Xx"]) assert.equal(frozen.joinsRight(right), true, right);
    for (const right of ["di", "valtrebbia", "Xx|x", "bias", "constructor", ""]) assert.equal(frozen.joinsRight(right), false, right);
    const growing: FeatureIndex = new GrowingIndex();
    assert.equal(growing.joinsRight("anything"), true);
  });

  it("rejects a template containing =", () => {
    assert.throws(() => new FrozenIndex([]).template("c=none"), /trama:/);
  });
});

describe("ner pair memo", () => {
  it("returns what was added, ABSENT otherwise, past many growths", () => {
    const memo = new PairMemo();
    const pairs: Array<[number, number, number]> = [];
    for (let a = 0; a < 300; a++) for (let b = 0; b < 200; b += 7) pairs.push([a, b * 8 + (a % 5), (a * 31 + b) % 97 - 1]);
    for (const [a, b, v] of pairs) {
      assert.equal(memo.get(a, b), ABSENT);
      memo.add(a, b, v);
    }
    assert.equal(memo.size, pairs.length);
    for (const [a, b, v] of pairs) assert.equal(memo.get(a, b), v);
    assert.equal(memo.get(300, 0), ABSENT);
    memo.clear();
    assert.equal(memo.size, 0);
    assert.equal(memo.get(pairs[0]![0], pairs[0]![1]), ABSENT);
  });
});
