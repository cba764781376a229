// Benchmark for the entity stages (recognise, resolveArticle, resolveCorpus): prints
// articles per second on one core, and on KIND's Wikinews dev split the span F1 of the
// tagger alone against recognise (tagger + gazetteers + rules), mapping GPE/LOC to KIND's
// LOC and leaving EVENT out (KIND has no EVENT; it also tags states acting as ORG, so
// some disagreement is convention). Run: npm run bench:entities [KIND_DIR]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Article, Doc, Sentence, Token } from "../src/types.ts";
import { analyse } from "../src/nlp/it/index.ts";
import { recognise } from "../src/ner/recognise.ts";
import { spansOf, tagTokens } from "../src/ner/index.ts";
import { KIND_DIR } from "../scripts/shared-path.ts";
import { resolveArticle, resolveCorpus } from "../src/extract/resolve/index.ts";

const kindDir = process.argv[2] ?? KIND_DIR;
const seedsDir = new URL("../seeds/", import.meta.url).pathname;

function article(id: string, text: string): Article {
  return { id, source: id, text, masked: [], encoding: "utf-8", hash: "" };
}

function perSecond(n: number, ms: number): string {
  return `${((n * 1000) / ms).toFixed(0)} articles/s`;
}

// ── Speed on the seed articles (≈2.6 kB each), repeated. ──
const docs = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => analyse(article(f, readFileSync(join(seedsDir, f), "utf8"))));
const rounds = 200;
for (const d of docs) resolveArticle(d, recognise(d)); // load the model and lists, warm up
for (const useModel of [false, true]) {
  const t = performance.now();
  for (let i = 0; i < rounds; i++) for (const d of docs) recognise(d, { useModel });
  const ms = performance.now() - t;
  console.log(`recognise${useModel ? " (tagger + lists + rules)" : " (lists + rules only)"}: ${perSecond(rounds * docs.length, ms)}`);
}
const mentions = docs.map((d) => recognise(d));
{
  const t = performance.now();
  for (let i = 0; i < rounds; i++) docs.forEach((d, k) => resolveArticle(d, mentions[k]!));
  console.log(`resolveArticle: ${perSecond(rounds * docs.length, performance.now() - t)}`);
}
{
  const one = docs.map((d, k) => ({ article: d.article, ...resolveArticle(d, mentions[k]!), relations: [] }));
  const corpus = Array.from({ length: rounds }, () => one).flat();
  const t = performance.now();
  resolveCorpus(corpus);
  console.log(`resolveCorpus: ${perSecond(corpus.length, performance.now() - t)} (${corpus.length} in one corpus)`);
}

// ── Agreement with KIND's Wikinews dev split, sentences grouped 20 to an article. ──
const sents: string[][] = [];
const gold: string[][] = [];
let toks: string[] = [];
let tags: string[] = [];
for (const line of readFileSync(join(kindDir, "WN_dev.tsv"), "utf8").split("\n")) {
  if (!line.trim()) {
    if (toks.length) {
      sents.push(toks);
      gold.push(tags);
    }
    toks = [];
    tags = [];
    continue;
  }
  const [t, g] = line.split("\t");
  toks.push(t!);
  tags.push(g!.trim());
}
const key = (s: number, a: number, b: number, t: string) => `${s}:${a}:${b}:${t}`;
const goldSpans = new Set(gold.flatMap((g, i) => spansOf(g).map((s) => key(i, s.start, s.end, s.type))));
const model = new Set(sents.flatMap((s, i) => spansOf(tagTokens(s)).map((sp) => key(i, sp.start, sp.end, sp.type))));
const ours = new Set<string>();
const group = 20;
for (let g = 0; g < sents.length; g += group) {
  let text = "";
  const sentences: Sentence[] = [];
  for (let i = g; i < Math.min(sents.length, g + group); i++) {
    const start = text.length;
    const tokens: Token[] = [];
    sents[i]!.forEach((t, k) => {
      if (k) text += " ";
      tokens.push({ text: t, start: text.length, end: text.length + t.length, index: k });
      text += t;
    });
    sentences.push({ index: i - g, start, end: text.length, text: text.slice(start), tokens });
    text += "\n";
  }
  const doc: Doc = { article: article("kind", text), sentences };
  for (const m of recognise(doc)) {
    if (m.type === "EVENT") continue;
    ours.add(key(g + m.sentence, m.tokenStart, m.tokenEnd, m.type === "PERSON" ? "PER" : m.type === "ORG" ? "ORG" : "LOC"));
  }
}
function report(label: string, pred: Set<string>): void {
  const f1 = (p: string[], g: string[]) => {
    const tp = p.filter((k) => goldSpans.has(k)).length;
    const pr = tp / p.length;
    const re = tp / g.length;
    return ((2 * pr * re) / (pr + re)).toFixed(3);
  };
  const byType = ["PER", "ORG", "LOC"].map((t) => `${t} ${f1([...pred].filter((k) => k.endsWith(`:${t}`)), [...goldSpans].filter((k) => k.endsWith(`:${t}`)))}`);
  console.log(`${label} F1 ${f1([...pred], [...goldSpans])} (${byType.join(", ")})`);
}
console.log(`KIND WN_dev, ${sents.length} sentences:`);
report("  tagger alone:", model);
report("  recognise:   ", ours);
