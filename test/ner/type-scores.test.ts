import assert from "node:assert/strict";
import { FeatureExtractor, FrozenIndex, GrowingIndex, type FeatureResources } from "../../src/ner/features.ts";
import { buildGazetteer } from "../../src/ner/gazetteer.ts";
import { NerModel } from "../../src/ner/model.ts";
import { Decoder, emissionScores, LinearChainWeights } from "../../src/ner/perceptron.ts";
import { seededRandom } from "../../src/random.ts";
import { NER_TAG_COUNT } from "../../src/ner/tags.ts";
import { sumsAreExact } from "../../src/ner/type-scores.ts";

const T = NER_TAG_COUNT;

function resources(): FeatureResources {
  const org = { code: "org", labels: ["ORG"], names: ["Fabbrica Tessile Lunardi", "Lunardi"], nameLabels: [0, 0] };
  return {
    clusters: new Map([["lunardi", ["01", "0110"]], ["ministro", ["1", "10"]]]),
    wordKeys: new Map([["Cartiera", ["org-head=3"]]]),
    wordClasses: new Map([["tornado", ["en10"]]]),
    gazetteers: [{ ...org, gazetteer: buildGazetteer(org) }],
  };
}

const sentences = [
  ["Il", "ministro", "Gianfranco", "Brusati", "ha", "visitato", "la", "Fabbrica", "Tessile", "Lunardi", "."],
  ["La", "Cartiera", "di", "Valtrebbia", "=", "a=b", "𝔸lfa", "Ωmega", "2024", "Lunardi"],
  ["Lunardi"],
  ["Tornado", "a", "Brusati", "e", "il", "ministro", "Lunardi", "ha", "detto", "no"],
  [],
];

/** Keys collected from the sentences; weights quantised as a model file holds them, or not. */
function trained(quantised: boolean, seed: number): { keys: string[]; sentence: LinearChainWeights; document: LinearChainWeights } {
  const growing = new GrowingIndex();
  const collecting = new FeatureExtractor(resources(), growing);
  for (const s of sentences) collecting.extract(s);
  const random = seededRandom(seed);
  const weights = () => {
    const w = new Float32Array(growing.keys.length * T);
    // Quantised: 16-bit integers times one scale. Not: magnitudes from 1e-9 to 1e3.
    for (let k = 0; k < w.length; k++) w[k] = quantised ? Math.round((random() * 2 - 1) * 32767) * 0.0013 : (random() - 0.5) * 10 ** (Math.floor(random() * 13) - 9);
    const transition = new Float32Array((T + 1) * T);
    for (let k = 0; k < transition.length; k++) transition[k] = random() - 0.5;
    return new LinearChainWeights(w, transition);
  };
  return { keys: [...growing.keys], sentence: weights(), document: weights() };
}

describe("ner per-type score sums", () => {
  it("score() gives the scores of emissionScores over extract() for quantised weights", () => {
    for (const seed of [1, 2, 3]) {
      const { keys, sentence, document } = trained(true, seed);
      const index = new FrozenIndex(keys);
      const byType = new FeatureExtractor(resources(), index);
      const sets = [byType.typeScores(sentence.emission), byType.typeScores(document.emission)];
      const byFeature = new FeatureExtractor(resources(), index);
      // Twice over, so the second pass reads sums computed in the first.
      for (const s of [...sentences, ...sentences]) {
        const got = [new Float64Array(s.length * T), new Float64Array(s.length * T)];
        byType.score(s, sets, got);
        const sf = byFeature.extract(s);
        [sentence, document].forEach((w, k) => {
          const want = new Float64Array(s.length * T);
          emissionScores(w.emission, sf, want);
          assert.deepEqual(got[k], want, `${s.join(" ")} (seed ${seed}, stage ${k})`);
        });
      }
    }
  });

  it("a model tags as decoding extract()'s features does, with quantised weights or not", () => {
    for (const quantised of [true, false]) {
      const { keys, sentence, document } = trained(quantised, 7);
      const model = new NerModel({ format: "trama-ner", version: 1, licence: "", attribution: "", training: {} }, keys, { sentence, document, documentWindow: 2 }, resources());
      const extractor = new FeatureExtractor(resources(), new FrozenIndex(keys));
      const decoder = new Decoder();
      for (const s of sentences) {
        const want = Array.from(decoder.decode(sentence.emission, sentence.transition, extractor.extract(s)));
        assert.deepEqual(Array.from(model.tagIndices(s)), want, s.join(" "));
      }
    }
  });

  const exact: Array<[string, Float32Array | Float64Array, number, boolean]> = [
    ["16-bit integers times a scale", Float32Array.from([0.0013, -32767 * 0.0013, 5 * 0.0013, 0]), 1024, true],
    ["no weight at all", new Float32Array(4), 1024, true],
    ["one weight", Float32Array.from([3.5]), 1024, true],
  ];
  const inexact: Array<[string, Float32Array | Float64Array, number, boolean]> = [
    ["magnitudes 2^40 apart", Float32Array.from([2 ** -30, 2 ** 10]), 1024, false],
    ["16-bit integers, more terms than stay exact", Float32Array.from([0.0013, -32767 * 0.0013]), 2 ** 20, false],
    ["double-precision weights", Float64Array.from([1, 2]), 1024, false],
    ["a subnormal weight", Float32Array.from([1e-40, 1]), 1024, false],
  ];
  for (const [what, weights, terms, want] of [...exact, ...inexact]) {
    it(`sums are ${want ? "" : "not "}exact: ${what}`, () => assert.equal(sumsAreExact(weights, terms), want));
  }
});
