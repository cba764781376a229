import assert from "node:assert/strict";
import { TagMarginals } from "../../src/ner/marginals.ts";
import { ALLOWED_TRANSITIONS, NER_TAG_COUNT, tagIndex } from "../../src/ner/tags.ts";

const T = NER_TAG_COUNT;

/** Marginals by brute force: every valid tag path of a short sentence, summed. */
function bruteForce(scores: Float64Array, n: number, transition: Float32Array, temperature: number, tags: Int8Array): number[] {
  const mass = new Array<number>(n).fill(0);
  let total = 0;
  const path = new Int8Array(n);
  const walk = (i: number, prev: number, logScore: number) => {
    if (i === n) {
      const w = Math.exp(logScore / temperature);
      total += w;
      for (let k = 0; k < n; k++) if (path[k] === tags[k]) mass[k]! += w;
      return;
    }
    for (let t = 0; t < T; t++) {
      if (!ALLOWED_TRANSITIONS[prev * T + t]) continue;
      path[i] = t;
      walk(i + 1, t, logScore + transition[prev * T + t]! + scores[i * T + t]!);
    }
  };
  walk(0, T, 0);
  return mass.map((m) => m / total);
}

describe("ner tag marginals", () => {
  const table: Array<{ name: string; n: number; spread: number }> = [
    { name: "a short sentence with mild scores", n: 3, spread: 4 },
    { name: "a longer sentence with sharp scores", n: 5, spread: 60 },
  ];
  for (const { name, n, spread } of table) {
    it(`agrees with summing every path: ${name}`, () => {
      let seed = n * 7919;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * spread;
      const scores = Float64Array.from({ length: n * T }, random);
      const transition = Float32Array.from({ length: (T + 1) * T }, random);
      const tags = Int8Array.from({ length: n }, (_, i) => (i * 3) % T);
      tags[0] = tagIndex("B-PER");
      const got = new TagMarginals(4).ofTags(scores, tags, transition);
      const want = bruteForce(scores, n, transition, 4, tags);
      for (let i = 0; i < n; i++) assert.ok(Math.abs(got[i]! - want[i]!) < 1e-9, `token ${i}: ${got[i]} vs ${want[i]}`);
    });
  }

  it("gives a tag no valid path reaches no mass", () => {
    const scores = new Float64Array(2 * T);
    const transition = new Float32Array((T + 1) * T);
    const got = new TagMarginals(4).ofTags(scores, Int8Array.from([tagIndex("I-PER"), tagIndex("O")]), transition);
    assert.equal(got[0], 0, "I-PER cannot open a sentence");
    assert.ok(got[1]! > 0 && got[1]! < 1);
  });
});
