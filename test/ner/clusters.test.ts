import assert from "node:assert/strict";
import { clusterPrefixes, clusterWords } from "../../scripts/ner/clusters.ts";

// An invented corpus where two word classes appear in different contexts: towns after
// "a" and before "oggi piove", ministers after "il ministro" and before "parla".
function corpus(): string[][] {
  const towns = ["Valdoria", "Pontelungo", "Serravecchia", "Borgofranco", "Acquamarina", "Roccalta"];
  const people = ["Brusati", "Melzani", "Tarsilli", "Fondrovi", "Castellari", "Moravini"];
  const out: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const t of towns) out.push(["siamo", "a", t, "e", "oggi", "piove", "."]);
    for (const p of people) out.push(["il", "ministro", p, "parla", "di", "tasse", "."]);
  }
  return out;
}

describe("ner word clusters", () => {
  const paths = clusterWords(corpus(), { minCount: 3, contextWords: 50, maxDepth: 6, minLeaf: 2 });

  it("puts words used alike closer in the tree than words used differently", () => {
    const shared = (a: string, b: string) => {
      const pa = paths.get(a)!, pb = paths.get(b)!;
      let k = 0;
      while (k < pa.length && pa[k] === pb[k]) k++;
      return k;
    };
    assert.ok(shared("valdoria", "roccalta") > shared("valdoria", "brusati"), `${paths.get("valdoria")} ${paths.get("roccalta")} ${paths.get("brusati")}`);
    assert.ok(shared("brusati", "moravini") > shared("moravini", "pontelungo"));
  });

  it("clusters lower-cased words seen often enough, and is deterministic", () => {
    assert.ok(paths.has("pontelungo") && !paths.has("Pontelungo"));
    assert.deepEqual([...clusterWords(corpus(), { minCount: 3, contextWords: 50, maxDepth: 6, minLeaf: 2 })], [...paths]);
    const rare = clusterWords([["una", "volta"]], { minCount: 3 });
    assert.equal(rare.size, 0);
  });

  it("gives coarse-to-fine prefixes of the bit path", () => {
    const p = clusterPrefixes(new Map([["x", "0110"]]), [1, 3, 8]);
    assert.deepEqual(p.get("x"), ["0", "011", "0110"]);
  });
});
