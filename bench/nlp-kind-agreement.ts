// How closely the tokeniser reproduces the KIND corpus tokens (the NER tagger's training
// data): each KIND sentence is detokenised (no space before closing punctuation or after an
// elided form), tokenised again and compared. Prints the share of identical sentences and
// the commonest first differences. Run: node --import tsx bench/nlp-kind-agreement.ts [KIND_DIR]
import { readFileSync } from "node:fs";
import { tokenize } from "../src/nlp/it/tokenize.ts";
import { KIND_DIR } from "../scripts/shared-path.ts";
const dir = process.argv[2] ?? KIND_DIR;
const files = ["WN_train.tsv", "ADG_train.tsv", "FIC_train.tsv"];
const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "»", "%"]);

/** KIND tokens back to text: no space before closing punctuation, none after an elided form. */
function detokenise(tokens: string[]): string {
  let text = "";
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev !== undefined && !NO_SPACE_BEFORE.has(t) && !/['’]$/.test(prev) && prev !== "(" && prev !== "«") text += " ";
    text += t;
  });
  return text;
}

let sents = 0, agree = 0, tokTotal = 0;
const diffs = new Map<string, number>();
for (const f of files) {
  const lines = readFileSync(`${dir}/${f}`, "utf8").split("\n");
  let cur: string[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    sents++;
    const text = detokenise(cur);
    const got = tokenize(text).map((s) => text.slice(s.start, s.end));
    tokTotal += cur.length;
    if (got.join("\u0001") === cur.join("\u0001")) agree++;
    else {
      // find first difference
      let i = 0;
      while (i < cur.length && got[i] === cur[i]) i++;
      const key = `${JSON.stringify(cur.slice(i, i + 2))} -> ${JSON.stringify(got.slice(i, i + 2))}`;
      diffs.set(key, (diffs.get(key) ?? 0) + 1);
    }
    cur = [];
  };
  for (const line of lines) {
    if (line.trim() === "") { flush(); continue; }
    cur.push(line.split("\t")[0]!);
  }
  flush();
}
console.log(`sentences ${sents}, identical tokenisation ${agree} (${(100 * agree / sents).toFixed(1)}%), tokens ${tokTotal}`);
console.log([...diffs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v}\t${k}`).join("\n"));

// Sentence boundaries: the dev sentences of each part, detokenised and joined by a space,
// split again. KIND also splits at ';' and before ':«', and joining loses the line break
// after titles, so recall is a floor; precision is the figure to watch.
const { analyse } = await import("../src/nlp/it/index.ts");
for (const f of ["WN_dev.tsv", "ADG_dev.tsv", "FIC_dev.tsv"]) {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(`${dir}/${f}`, "utf8").split("\n")) {
    if (line.trim() === "") {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(line.split("\t")[0]!);
  }
  if (current.length > 0) sentences.push(current);
  let text = "";
  const gold = new Set<number>();
  for (const s of sentences) {
    if (text !== "") text += " ";
    text += detokenise(s);
    gold.add(text.length);
  }
  const predicted = analyse({ id: f, source: f, text, masked: [], encoding: "utf-8", hash: "" }).sentences.map((s) => s.end);
  const hits = predicted.filter((end) => gold.has(end)).length;
  const p = hits / predicted.length;
  const r = hits / gold.size;
  console.log(`${f}: ${gold.size} sentences, ${predicted.length} found; boundary P=${p.toFixed(3)} R=${r.toFixed(3)}`);
}
