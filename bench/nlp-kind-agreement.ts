// How closely the tokeniser reproduces the KIND corpus tokens (the NER tagger's training
// data): each KIND sentence is detokenised (no space before closing punctuation or after an
// elided form), tokenised again and compared. Prints the share of identical sentences and
// the commonest first differences. Run: node --import tsx bench/nlp-kind-agreement.ts [KIND_DIR]
import { readFileSync } from "node:fs";
import { tokenize } from "../src/nlp/it/tokenize.ts";
const dir = process.argv[2] ?? "/work/shared/data/kind";
const files = ["WN_train.tsv", "ADG_train.tsv", "FIC_train.tsv"];
let sents = 0, agree = 0, tokTotal = 0;
const diffs = new Map<string, number>();
for (const f of files) {
  const lines = readFileSync(`${dir}/${f}`, "utf8").split("\n");
  let cur: string[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    sents++;
    // detokenise: no space before closing punctuation, none after an elided form
    let text = "";
    const noSpaceBefore = new Set([",", ".", ";", ":", "!", "?", ")", "»", "%"]);
    cur.forEach((t, i) => {
      if (i > 0 && !noSpaceBefore.has(t) && !/['’]$/.test(cur[i - 1]!) && cur[i - 1] !== "(" && cur[i - 1] !== "«") text += " ";
      text += t;
    });
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
