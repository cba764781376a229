import assert from "node:assert/strict";
import { recognise } from "../../src/ner/recognise.ts";
import { resolveArticle, resolveCorpus } from "../../src/extract/resolve/index.ts";
import { docOf } from "./helpers.ts";

// Invariants over generated word salad built from the pieces the rules react to:
// offsets point at the text, every mention has an entity of the article, and the same
// input gives the same output.
const WORDS = [
  "Mosca", "(", ")", "Kim", "Jong-un", "il", "presidente", "russo", ",", ".", "Casa", "Bianca", "von", "der",
  "Brückmann", "Ilse", "a", "da", "ministero", "degli", "Esteri", "cinese", "Forum", "economico", "orientale",
  "USA", "usa", "’", "l'", "ex", "ambasciatore", "\n", "😀", "É", "-", "–", "Corea", "del", "Nord",
  "nordcoreani", "(Ivg)", "Ivg", "Roma", "12", "marzo", "Il", "Cremlino", "portavoce", "Dmitrij", "Varnakin",
];

function salad(seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: 5 + Math.floor(next() * 80) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
}

describe("entity stages on generated text", () => {
  it("keep offsets true, give every mention an entity of the article, and are deterministic", () => {
    const xs = [];
    for (let n = 0; n < 60; n++) {
      const text = salad(n + 1);
      const doc = docOf(text, `salad-${n}`);
      const mentions = recognise(doc, { useModel: false });
      const r = resolveArticle(doc, mentions);
      for (const m of r.mentions) {
        assert.equal(text.slice(m.start, m.end), m.text, text);
        assert.ok(m.entity && r.entities.some((e) => e.id === m.entity), `${m.text} in: ${text}`);
        assert.ok(m.provenance.length > 0);
      }
      const again = resolveArticle(docOf(text, `salad-${n}`), recognise(docOf(text, `salad-${n}`), { useModel: false }));
      assert.deepEqual(again.entities.map((e) => [e.id, e.aliases]), r.entities.map((e) => [e.id, e.aliases]));
      xs.push({ article: doc.article, ...r, relations: [] });
    }
    const out = resolveCorpus(xs);
    assert.equal(out.length, xs.length);
    for (const x of out) for (const m of x.mentions) assert.ok(x.entities.some((e) => e.id === m.entity));
  });
});
