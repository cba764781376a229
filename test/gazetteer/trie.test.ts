import { strict as assert } from "node:assert";
import { namePieces } from "../../src/nlp/it/gazetteer/index.ts";
import { PieceTrie } from "../../src/nlp/it/gazetteer/trie.ts";

// Names added later (on the first lookup of their first piece) must be found exactly as
// if they had been added at once, after the names added before them.
const NOW = ["Banca Centrale", "Borduria", "Banca"];
const LATER = ["Banca Centrale", "Banca Popolare di Klow", "Klow Energia", "Borduria Oggi", "Banca"];
const LOOKUPS = ["Banca Centrale di Borduria", "la Banca Popolare di Klow", "Klow Energia", "Borduria Oggi", "Syldavia", "banca"];

const expand = (name: string) => ({ pieces: namePieces(name), value: `later:${name}` });

function eager(): PieceTrie<string> {
  const t = new PieceTrie<string>();
  for (const n of NOW) t.add(namePieces(n), `now:${n}`);
  for (const n of LATER) t.add(namePieces(n), `later:${n}`);
  return t;
}

function lazy(): PieceTrie<string> {
  const t = new PieceTrie<string>(expand);
  for (const n of NOW) t.add(namePieces(n), `now:${n}`);
  for (const n of LATER) t.addLater(namePieces(n)[0]!, n);
  return t;
}

describe("piece trie: names added later", () => {
  for (const text of LOOKUPS) {
    it(`finds in "${text}" what a trie built at once finds`, () => {
      const pieces = namePieces(text);
      const [a, b] = [eager(), lazy()];
      for (let i = 0; i < pieces.length; i++) assert.deepEqual(b.matchesAt(pieces, i), a.matchesAt(pieces, i), `at piece ${i}`);
    });
  }
  it("keeps the order of a name's entries: those added at once first", () => {
    assert.deepEqual(lazy().matchesAt(["banca"], 0), [[1, ["now:Banca", "later:Banca"]]]);
  });
  it("must not count or build names no lookup has reached", () => {
    const t = lazy();
    assert.equal(t.size, NOW.length);
    t.matchesAt(["klow"], 0);
    assert.equal(t.size, NOW.length + 1);
    assert.deepEqual(t.matchesAt(["syldavia"], 0), []);
  });
});
