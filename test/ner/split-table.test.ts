import assert from "node:assert/strict";
import { SplitTable } from "../../src/ner/split-table.ts";

describe("SplitTable", () => {
  const table = new SplitTable(JSON.parse('{"valdoria":"1|10","cartiera":"org-head=3","__proto__":"it5"}') as Record<string, string>);

  it("reads a word's list split at its bars", () => {
    const cases: Array<[string, string[]]> = [
      ["valdoria", ["1", "10"]],
      ["cartiera", ["org-head=3"]],
      ["__proto__", ["it5"]],
    ];
    for (const [word, list] of cases) assert.deepEqual(table.get(word), list, word);
  });

  it("knows no word it was not given, Object.prototype's names included", () => {
    for (const word of ["brusati", "constructor", "toString", "hasOwnProperty", ""]) {
      assert.equal(table.get(word), undefined, word);
      assert.equal(table.has(word), false, word);
    }
  });

  it("iterates and counts like the Map it replaces", () => {
    assert.equal(table.size, 3);
    assert.deepEqual(new Map(table), new Map([["valdoria", ["1", "10"]], ["cartiera", ["org-head=3"]], ["__proto__", ["it5"]]]));
  });
});
