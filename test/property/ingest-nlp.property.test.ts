import assert from "node:assert/strict";
import { InputError } from "../../src/errors.ts";
import { type InputFormat, readArticles } from "../../src/ingest/index.ts";
import { analyse } from "../../src/nlp/it/index.ts";
import type { Article } from "../../src/types.ts";
import { mutateText, pick, prng, randomArticle, randomBytes, randomUnicodeString, seedTexts } from "./generators.ts";

// Whatever the bytes, readArticles + analyse must not throw (bad input is an InputError in
// `problems`) and the Doc must be true to the text.

const SPACE = /[\s\p{Zs}\u200B\uFEFF]/u;
const FORMATS: InputFormat[] = ["txt", "md", "html", "jsonl"];

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

function checkDoc(article: Article): void {
  const { text, masked } = article;
  for (const m of masked) assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, "mask inside the text");
  const inMask = new Uint8Array(text.length);
  for (const m of masked) inMask.fill(1, m.start, m.end);
  const covered = new Uint8Array(text.length);
  const doc = analyse(article);
  let lastEnd = 0;
  doc.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.ok(s.start >= lastEnd && s.start < s.end && s.end <= text.length, "sentences ordered, not overlapping");
    assert.equal(s.text, text.slice(s.start, s.end));
    assert.ok(s.tokens.length > 0);
    assert.equal(s.tokens[0]!.start, s.start);
    assert.equal(s.tokens[s.tokens.length - 1]!.end, s.end);
    let tokenEnd = s.start;
    s.tokens.forEach((t, k) => {
      assert.equal(t.index, k);
      assert.ok(t.start >= tokenEnd && t.start < t.end && t.end <= s.end, "tokens ordered inside their sentence");
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.ok(!SPACE.test(t.text), `token ${JSON.stringify(t.text)} holds white space`);
      for (let c = t.start; c < t.end; c++) {
        assert.equal(inMask[c], 0, `token ${JSON.stringify(t.text)} inside a masked range`);
        covered[c] = 1;
      }
      tokenEnd = t.end;
    });
    lastEnd = s.end;
  });
  for (let c = 0; c < text.length; c++) {
    if (inMask[c] === 0 && covered[c] === 0 && !SPACE.test(text[c]!)) {
      assert.fail(`character ${JSON.stringify(text[c])} at ${c} is in no token`);
    }
  }
}

/** Returns how many articles were checked, so a run that reads nothing cannot pass. */
async function check(bytes: Uint8Array, format: InputFormat): Promise<number> {
  const { articles, problems } = await readArticles(["-"], { stdinFormat: format }, once(bytes));
  for (const p of problems) assert.ok(p instanceof InputError, `not an InputError: ${String(p)}`);
  for (const a of articles) checkDoc(a);
  return articles.length;
}

function asFormat(text: string, format: InputFormat): string {
  if (format === "html") return `<html><body><article><p>${text}</p></article></body></html>`;
  if (format === "jsonl") return JSON.stringify({ id: "p", text }) + "\n" + text.slice(0, 50) + "\n";
  return text;
}

describe("property: readArticles + analyse hold their invariants", () => {
  it("on random Unicode strings", async () => {
    const rng = prng(1);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const format = pick(rng, FORMATS);
      checked += await check(Buffer.from(asFormat(randomUnicodeString(rng), format), "utf8"), format);
    }
    assert.ok(checked > 200, `only ${checked} articles read`);
  });

  it("on random bytes", async () => {
    const rng = prng(2);
    let checked = 0;
    for (let n = 0; n < 400; n++) checked += await check(randomBytes(rng), pick(rng, FORMATS));
    assert.ok(checked > 50, `only ${checked} articles read`);
  });

  it("on mutated seed articles", async () => {
    const rng = prng(3);
    const seeds = seedTexts();
    assert.ok(seeds.length > 0);
    let checked = 0;
    for (let n = 0; n < 150; n++) {
      const format = pick(rng, FORMATS);
      checked += await check(Buffer.from(asFormat(mutateText(rng, pick(rng, seeds)), format), "utf8"), format);
    }
    assert.ok(checked >= 150, `only ${checked} articles read`);
  });

  it("on random articles (the generator other stages reuse)", () => {
    const rng = prng(4);
    const seeds = seedTexts();
    for (let n = 0; n < 100; n++) checkDoc(randomArticle(rng, seeds));
  });
});
