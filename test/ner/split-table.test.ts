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

  it("hands out one list for every word with the same list, and another for a different one", () => {
    const shared = new SplitTable({ borvano: "0110|01101", tessia: "0110|01101", quarzi: "0110|01100" });
    assert.equal(shared.get("borvano"), shared.get("tessia"));
    assert.equal(shared.get("borvano"), shared.get("borvano"));
    assert.notEqual(shared.get("borvano"), shared.get("quarzi"));
    assert.deepEqual(shared.get("quarzi"), ["0110", "01100"]);
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
