// Throughput of the Italian tokeniser + sentence splitter (analyse) and of readArticles on
// the seed articles. Prints figures; asserts nothing. Run: node --import tsx bench/nlp-analyse.ts
import { readArticles } from "../src/ingest/index.ts";
import { analyse } from "../src/nlp/it/index.ts";

const { articles } = await readArticles(["seeds"]);
const text = articles.map((a) => a.text).join("\n\n");
const copies = Math.ceil((4 * 1024 * 1024) / text.length);
const big = { ...articles[0]!, text: Array(copies).fill(text).join("\n\n"), masked: [] };
const megabytes = Buffer.byteLength(big.text, "utf8") / (1024 * 1024);

analyse(big); // warm-up: builds the character table, JIT
const runs = 5;
let tokens = 0;
let sentences = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < runs; r++) {
  const doc = analyse(big);
  sentences = doc.sentences.length;
  tokens = doc.sentences.reduce((n, s) => n + s.tokens.length, 0);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9 / runs;
console.log(`analyse: ${megabytes.toFixed(2)} MB, ${tokens} tokens, ${sentences} sentences in ${(seconds * 1000).toFixed(0)} ms = ${(megabytes / seconds).toFixed(1)} MB/s, ${Math.round(tokens / seconds)} tokens/s`);

const readStart = process.hrtime.bigint();
const reps = 50;
for (let r = 0; r < reps; r++) await readArticles(["seeds"]);
const readMs = Number(process.hrtime.bigint() - readStart) / 1e6 / reps;
console.log(`readArticles(seeds): ${articles.length} articles in ${readMs.toFixed(2)} ms`);

// Hostile shapes: each must stay linear (time roughly doubles when the size doubles).
const { buildArticle } = await import("../src/ingest/article.ts");
const shapes: Record<string, (n: number) => string> = {
  "abcd.abcd.…": (n) => "abcd.".repeat(n / 5),
  "a.a.a.… then a word": (n) => "a.".repeat(n / 2) + "bbbb",
  "ab.ab.…@": (n) => "ab.".repeat(n / 3) + "@",
  "unclosed <!--": (n) => "<!-- x ".repeat(n / 7),
  "furniture lines": (n) => "- Advertisement -\n".repeat(n / 18) + "Testo.",
  "« a. « a. …": (n) => "« a. ".repeat(n / 5),
  "[[[[…": (n) => "[".repeat(n),
};
for (const [name, make] of Object.entries(shapes)) {
  const times = [100_000, 200_000].map((n) => {
    const t0 = performance.now();
    analyse(buildArticle({ id: "h", source: "h", text: make(n), encoding: "utf-8", markdown: true }));
    return performance.now() - t0;
  });
  console.log(`hostile ${name.padEnd(22)} 100k chars ${times[0]!.toFixed(0).padStart(5)} ms, 200k chars ${times[1]!.toFixed(0).padStart(5)} ms`);
}
