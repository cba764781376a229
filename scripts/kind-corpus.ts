import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { InputError, UsageError } from "../src/errors.ts";
import { writeFileAtomic } from "../src/fs/write-atomic.ts";
import { type KindSentence, NamePool, renameArticle } from "./kind-names.ts";
import { KIND_DIR } from "./shared-path.ts";

// Rebuilds Italian Wikinews articles from the KIND NER tokens (CC BY 2.5 texts, CC BY-NC
// 4.0 annotations, see ../shared/data/kind/ATTRIBUTION.md) for benchmarks: a corpus
// of real news prose at real article lengths. Output goes under .tmp/ and is never
// committed.
//
//   node --import tsx scripts/kind-corpus.ts [--articles 10000] [--out DIR]   (default .tmp/kind-corpus/wn-N)

export const KIND_WIKINEWS_TRAIN = `${KIND_DIR}/WN_train.tsv`;
export const KIND_CORPUS_ROOT = resolve(import.meta.dirname, "../.tmp/kind-corpus");

export interface KindArticle {
  id: string;
  date: string;
  title: string;
  sentences: string[];
}

/** Sentences of a KIND TSV file (token TAB tag, blank line between sentences). */
export function readKindSentences(path: string): KindSentence[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(path, "cannot be read", `check the KIND data folder (${KIND_DIR}, or set TRAMA_SHARED)`);
  }
  const sentences: KindSentence[] = [];
  let current: KindSentence = { tokens: [], tags: [] };
  for (const line of text.split("\n")) {
    const [token = "", tag = "O"] = line.split("\t", 2).map((cell) => cell.trim());
    if (token === "") {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
    } else {
      current.tokens.push(token);
      current.tags.push(tag);
    }
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "»", "%", "...", "…"]);
const NO_SPACE_AFTER = new Set(["(", "[", "«"]);

/**
 * Joins tokens as Italian is typed: no space before closing punctuation, none after an
 * opening bracket or guillemet, none after an elided article or preposition ("l'",
 * "dell'", "un'"), and straight double quotes paired as opening and closing.
 */
export function detokenise(tokens: readonly string[]): string {
  let text = "";
  let glueNext = true;
  let quoteOpen = false;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.has(token);
    glueNext = NO_SPACE_AFTER.has(token) || /['’]$/.test(token);
    if (token === '"') {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    text += glue ? token : ` ${token}`;
  }
  return text;
}

const TERMINAL = /[.!?:;»"…]$/;

/** An article of the KIND stream: its headline (one or two sentences) and its body. */
export interface KindSource {
  title: KindSentence[];
  sentences: KindSentence[];
}

/**
 * Splits the sentence stream into articles. KIND keeps Wikinews articles in order but
 * marks no boundaries; each article opens with its headline: a short line without
 * closing punctuation whose words come back in the lead that follows. A headline
 * "Scuola: la Lombardia anticipa…" arrives as two sentences, split at the colon.
 */
export function groupArticles(sentences: readonly KindSentence[]): KindSource[] {
  const tokens = sentences.map((s) => s.tokens);
  const articles: KindSource[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (isHeadline(tokens, i) || articles.length === 0) {
      articles.push({ title: [sentences[i]!], sentences: [] });
    } else if (isHeadlinePrefix(tokens[i]!) && isHeadline(tokens, i + 1)) {
      articles.push({ title: [sentences[i]!, sentences[i + 1]!], sentences: [] });
      i++;
    } else {
      articles.at(-1)!.sentences.push(sentences[i]!);
    }
  }
  return articles.filter((a) => a.sentences.length > 0);
}

function isHeadline(sentences: readonly string[][], i: number): boolean {
  const tokens = sentences[i];
  if (tokens === undefined || tokens.length > 25 || TERMINAL.test(tokens.at(-1)!)) return false;
  const words = new Set(tokens.filter((t) => t.length >= 4).map((t) => t.toLowerCase()));
  return sentences.slice(i + 1, i + 4).some((lead) => lead.some((t) => words.has(t.toLowerCase())));
}

function isHeadlinePrefix(tokens: readonly string[]): boolean {
  return tokens.length <= 4 && tokens.at(-1) === ":";
}

/** Article text as trama reads it: a date marker line, the headline, paragraphs of four sentences. */
export function articleText(article: KindArticle): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < article.sentences.length; i += 4) paragraphs.push(article.sentences.slice(i, i + 4).join(" "));
  return `date ${article.date}\n\n${article.title}\n\n${paragraphs.join("\n\n")}\n`;
}

/**
 * `count` articles: the Wikinews articles in order, then again as often as needed; pass
 * k gets ids `wn{k}-NNNN`, dates k years later and, from pass 1 on, other names
 * (`renameArticle`: the same texts about other people, organisations and places, some
 * of them new), so a bigger corpus has more articles, dates, entities and relations.
 * (trama folds identical texts into one article unless told to keep copies: benchmarks
 * of 10k articles build with copies kept.)
 */
export function kindArticles(count: number, path = KIND_WIKINEWS_TRAIN): KindArticle[] {
  const stream = readKindSentences(path);
  const grouped = groupArticles(stream);
  const pool = new NamePool(stream);
  return Array.from({ length: count }, (_, n) => {
    const pass = Math.floor(n / grouped.length);
    const i = n % grouped.length;
    const article = grouped[i]!;
    const all = [...article.title, ...article.sentences];
    const tokens = pass === 0 ? all.map((s) => s.tokens) : renameArticle(all, pool, pass * 1_000_003 + i);
    const text = tokens.map(detokenise);
    const day = new Date(Date.UTC(2008 + pass, 0, 1 + ((i * 3) % 365)));
    return {
      id: `wn${pass}-${String(i).padStart(4, "0")}`,
      date: day.toISOString().slice(0, 10),
      title: text.slice(0, article.title.length).join(" "),
      sentences: text.slice(article.title.length),
    };
  });
}

/** How many different Wikinews articles there are: the length of one pass. */
export function kindSourceCount(path = KIND_WIKINEWS_TRAIN): number {
  return groupArticles(readKindSentences(path)).length;
}

/** Changes whenever `kindArticles` writes other texts, so a corpus left from an older version is rebuilt. */
const CORPUS_VERSION = "2: passes after the first rename people, organisations and places";
const VERSION_FILE = ".kind-corpus-version";

/** Writes `count` articles as .txt files into `dir` (kept and reused when complete and of this version). */
export function ensureKindCorpus(count: number, dir = join(KIND_CORPUS_ROOT, `wn-${count}`)): string {
  const versionFile = join(dir, VERSION_FILE);
  const current = existsSync(versionFile) && readFileSync(versionFile, "utf8") === CORPUS_VERSION;
  if (current && readdirSync(dir).filter((f) => f.endsWith(".txt")).length === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of kindArticles(count)) writeFileAtomic(join(dir, `${article.id}.txt`), articleText(article));
  writeFileAtomic(versionFile, CORPUS_VERSION);
  return dir;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { articles: { type: "string", default: "1000" }, out: { type: "string" } } });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1) throw new UsageError("trama: --articles must be a whole number ≥ 1, e.g. --articles 10000");
  const dir = ensureKindCorpus(count, values.out ? resolve(values.out) : undefined);
  console.log(`${readdirSync(dir).filter((f) => f.endsWith(".txt")).length} articles in ${dir}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
