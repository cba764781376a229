import assert from "node:assert/strict";
import { AffixIds } from "../../src/ner/affixes.ts";
import { GrowingIndex, PeekIndex } from "../../src/ner/features.ts";

// The memo must give, for every word, the ids that looking each affix up by its text
// gives: prefixes and suffixes of 1..4 code points, shorter than the word.
function byText(index: GrowingIndex, word: string): number[] {
  const chars = Array.from(word);
  const ids: number[] = [];
  for (let k = 1; k <= 4 && k < chars.length; k++) {
    ids.push(index.peek(`p${k}=${chars.slice(0, k).join("")}`), index.peek(`s${k}=${chars.slice(-k).join("")}`));
  }
  return ids.filter((id) => id >= 0);
}

const words = [
  "brusati", "brunetti", "bru", "br", "b", "", "valtrebbia", "trebbia", "ia",
  "𝔸lfa", "lfa𝔸", "𝔸𝔹ℂ𝔻𝔼", "a\uD835b", "ab\uDD38", "\uDD38\uD835", "ωmega", "città", "l'", "a=b", "a|b",
];

describe("ner affix ids", () => {
  it("gives the ids of looking each prefix and suffix up by its text, words met before or not", () => {
    const index = new GrowingIndex();
    const templates = (letter: string) => [1, 2, 3, 4].map((k) => index.template(letter + k));
    const affixes = new AffixIds(index, templates("p"), templates("s"));
    for (const round of [1, 2]) {
      for (const word of words) {
        const got: number[] = [];
        affixes.push(word, got);
        assert.deepEqual(got, byText(index, word), `${JSON.stringify(word)} (round ${round})`);
      }
    }
  });

  it("leaves out affixes a read-only index does not know, and forgets on clear()", () => {
    const index = new GrowingIndex();
    index.lookup("p1=b");
    index.lookup("s2=ti");
    const readOnly = new PeekIndex(index);
    const templates = (letter: string) => [1, 2, 3, 4].map((k) => readOnly.template(letter + k));
    const affixes = new AffixIds(readOnly, templates("p"), templates("s"));
    const got: number[] = [];
    affixes.push("brunetti", got);
    assert.deepEqual(got, [index.peek("p1=b"), index.peek("s2=ti")]);
    assert.ok(affixes.size > 2);
    affixes.clear();
    assert.equal(affixes.size, 2);
  });
});
