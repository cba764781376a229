import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildArticle } from "../../src/ingest/article.ts";
import type { Article } from "../../src/types.ts";

// Seeded generators for property tests: random Unicode strings, random bytes and mutated
// seed articles. Exported so other stages can check their own invariants on the same inputs.

/** A seeded PRNG: the same seed gives the same sequence on every run. */
export { seededRandom as prng } from "../../src/random.ts";

export type Rng = () => number;

export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.floor(rng() * maxExclusive);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)]!;
}

/** Characters that stress a tokeniser: quotes, apostrophes, dots, dashes, digits, spaces, breaks. */
const TRICKY = [..."'’‘“”«»\"..…-–—_@/:,;!?()[]°%€0123456789 \n\n\t\u00a0\u2009\u200b\ufeff\r"];
const PIECES = [
  "l'", "dell’", "Sig.", "S.p.A.", "U.S.A.", "ecc.", "n. 5", "1.100", "3,5%", "19/12/2023", "1°", "Jong-un",
  "O'Brien", "www.esempio.it", "a@b.it", "https://x.it/a?b=1", "...", "- Advertisement -", "Leggi anche",
  "date 2023-09", "\n\n", "**", "# ", "[x](y)", "<p>", "</p>", "&amp;", "{\"id\":1}",
];

/** A random string mixing ASCII, Italian letters, tricky punctuation, astral characters and lone surrogates. */
export function randomUnicodeString(rng: Rng, maxLength = 200): string {
  const length = randomInt(rng, maxLength + 1);
  let out = "";
  while (out.length < length) {
    const r = rng();
    if (r < 0.3) out += String.fromCharCode(0x61 + randomInt(rng, 26));
    else if (r < 0.4) out += String.fromCharCode(0x41 + randomInt(rng, 26));
    else if (r < 0.55) out += pick(rng, TRICKY);
    else if (r < 0.65) out += pick(rng, [..."àèéìòùÀÈÉÌÒÙçñßøЖжΩ中文"]);
    else if (r < 0.75) out += pick(rng, PIECES);
    else if (r < 0.8) out += String.fromCodePoint(0x10000 + randomInt(rng, 0x10ffff - 0x10000));
    else if (r < 0.83) out += String.fromCharCode(0xd800 + randomInt(rng, 0x800)); // lone surrogate
    else if (r < 0.9) out += String.fromCharCode(randomInt(rng, 0x10000));
    else out += " ";
  }
  return out;
}

/** Random bytes: sometimes pure noise, sometimes valid text with a few bytes flipped. */
export function randomBytes(rng: Rng, maxLength = 300): Uint8Array {
  if (rng() < 0.5) {
    const bytes = new Uint8Array(randomInt(rng, maxLength + 1));
    for (let i = 0; i < bytes.length; i++) bytes[i] = randomInt(rng, 256);
    return bytes;
  }
  const bytes = Buffer.from(randomUnicodeString(rng, maxLength), "utf8");
  const flips = randomInt(rng, 4);
  for (let f = 0; f < flips && bytes.length > 0; f++) bytes[randomInt(rng, bytes.length)] = randomInt(rng, 256);
  return bytes;
}

/** A copy of `text` with a few random edits: deletions, duplications, inserted tricky pieces, case flips. */
export function mutateText(rng: Rng, text: string, edits = 8): string {
  let out = text;
  for (let e = 0; e < edits; e++) {
    const at = randomInt(rng, out.length + 1);
    const r = rng();
    if (r < 0.25) out = out.slice(0, at) + out.slice(at + 1 + randomInt(rng, 20));
    else if (r < 0.5) out = out.slice(0, at) + pick(rng, PIECES) + out.slice(at);
    else if (r < 0.7) out = out.slice(0, at) + pick(rng, TRICKY) + out.slice(at);
    else if (r < 0.85) {
      const len = randomInt(rng, 40);
      out = out.slice(0, at) + out.slice(at, at + len) + out.slice(at);
    } else out = out.slice(0, at) + out.slice(at, at + 1).toUpperCase() + out.slice(at + 1);
  }
  return out;
}

/** The seed articles of the repository (seeds/*.txt), as text. */
export function seedTexts(): string[] {
  const dir = new URL("../../seeds/", import.meta.url).pathname;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8"));
}

/**
 * A random Article as ingest builds it (date marker, furniture and markup masked): a mutated
 * seed, or random Unicode text, sometimes with markdown read.
 */
export function randomArticle(rng: Rng, seeds: readonly string[] = seedTexts()): Article {
  const text = rng() < 0.6 && seeds.length > 0 ? mutateText(rng, pick(rng, seeds)) : randomUnicodeString(rng, 400);
  return buildArticle({ id: `random-${randomInt(rng, 1e9)}`, source: "-", text, encoding: "utf-8", markdown: rng() < 0.3 });
}
