// Compacts KIND's list of organisation names from Italian Wikipedia into
// data/kind-orgs.txt: only names that can be told from ordinary words (a single word that
// also occurs in lower case in KIND's running text, like "Governo" or "Stato", is left
// out, and so is a sentence-like name such as "La destra"), at most six words, deduplicated. Run: node --import tsx scripts/build-kind-orgs.ts [KIND_DIR]
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../src/fs/write-atomic.ts";
import { namePieces } from "../src/nlp/it/gazetteer/pieces.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const kindDir = process.argv[2] ?? join(root, "..", "shared", "data", "kind");
const out = join(root, "src", "nlp", "it", "gazetteer", "data", "kind-orgs.txt");

const lowerWords = new Set<string>();
for (const file of readdirSync(kindDir).filter((f) => f.endsWith(".tsv"))) {
  for (const line of readFileSync(join(kindDir, file), "utf8").split("\n")) {
    const token = line.split("\t")[0] ?? "";
    if (/\p{Ll}/u.test(token) && token === token.toLowerCase()) for (const p of namePieces(token)) lowerWords.add(p);
  }
}

const FUNCTION_WORDS = new Set(
  "il lo la i gli le un uno una in a da di per con su tra fra nel nella al alla dal della del e ma o se non come quando questo questa oggi the".split(" "),
);

const kept = new Set<string>();
for (const raw of readFileSync(join(kindDir, "it-ORG-wikipedia.txt"), "utf8").split("\n")) {
  const name = raw.replace(/^ORG /, "").replace(/\s+\.$/, "").trim();
  if (!/^[\p{Lu}\p{N}]/u.test(name)) continue;
  const pieces = namePieces(name);
  if (pieces.length === 0 || pieces.length > 6) continue;
  if (pieces.length === 1 && (pieces[0]!.length < 3 || lowerWords.has(pieces[0]!) || lowerWords.has(name.toLowerCase()))) continue;
  // "La destra", "I verdi", "In evidenza": capitalised only as a sentence would be.
  const words = name.split(/\s+/);
  if (FUNCTION_WORDS.has(words[0]!.toLowerCase()) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) continue;
  kept.add(pieces.length === 1 ? name.replace(/[^\p{L}\p{N}]+$/u, "") : name);
}

const header = [
  "# Organisation names from KIND (github.com/dhfbk/KIND, gazetteers/), Paccosi & Palmero Aprosio, LREC 2022.",
  "# Licence: CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/), inherited from KIND: non-commercial use only.",
  "# Built by scripts/build-kind-orgs.ts from ../shared/data/kind/it-ORG-wikipedia.txt; do not edit.",
];
writeFileAtomic(out, [...header, ...[...kept].sort()].join("\n") + "\n");
console.log(`kind-orgs: ${kept.size} names → ${out}`);
