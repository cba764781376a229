import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import type { ArticleExtraction } from "../extract/record.ts";
import type { Article, Entity, Evidence, Mention, Relation } from "../types.ts";

// Incremental builds keep each article's extraction from before the corpus pass, keyed
// by what it depends on: the article's id, text hash, date and masked spans, and the
// extractor itself (a fingerprint of its code and model). records.jsonl cannot serve: it
// holds ids already unified across the corpus, and re-running the corpus pass on them
// would not give what a full rebuild gives.

export const CACHE_FILE = "extractions.jsonl.gz";

interface CacheHeader {
  trama: "extraction-cache";
  fingerprint: string;
}

// Stored compactly: the text a mention or evidence points at is left out when it is
// exactly the article's text at those offsets (it is restored from the article), and an
// entity lists its mentions by index into the article's mentions.
type StoredMention = Omit<Mention, "text"> & { text?: string };
type StoredEvidence = Omit<Evidence, "article" | "sentence"> & { article?: string; sentence?: string };
interface StoredExtraction {
  key: string;
  mentions: StoredMention[];
  entities: Array<Omit<Entity, "mentions"> & { mentions: Array<number | StoredMention> }>;
  relations: Array<Omit<Relation, "evidence"> & { evidence: StoredEvidence[] }>;
}

export class ExtractionCache {
  private constructor(
    readonly fingerprint: string,
    private readonly entries: Map<string, StoredExtraction>,
  ) {}

  static empty(fingerprint: string): ExtractionCache {
    return new ExtractionCache(fingerprint, new Map());
  }

  /**
   * The cache in `dir`, or an empty one when there is none, it is unreadable, or it was
   * written by another version of the extractor (then nothing in it can be trusted).
   */
  static load(dir: string, fingerprint: string): ExtractionCache {
    const path = join(dir, CACHE_FILE);
    if (!existsSync(path)) return ExtractionCache.empty(fingerprint);
    try {
      const lines = splitLines(gunzipSync(readFileSync(path)));
      const header = JSON.parse(lines[0]) as CacheHeader;
      if (header.trama !== "extraction-cache" || header.fingerprint !== fingerprint) return ExtractionCache.empty(fingerprint);
      const entries = new Map<string, StoredExtraction>();
      for (const line of lines.slice(1)) {
        const stored = JSON.parse(line) as StoredExtraction;
        entries.set(stored.key, stored);
      }
      return new ExtractionCache(fingerprint, entries);
    } catch {
      return ExtractionCache.empty(fingerprint);
    }
  }

  get(article: Article): ArticleExtraction | undefined {
    const stored = this.entries.get(cacheKey(article));
    return stored === undefined ? undefined : expand(stored, article);
  }

  /** The cache for exactly these extractions (articles no longer in the corpus drop out). */
  static of(fingerprint: string, extractions: readonly ArticleExtraction[]): ExtractionCache {
    const entries = new Map<string, StoredExtraction>();
    for (const x of extractions) entries.set(cacheKey(x.article), compact(x));
    return new ExtractionCache(fingerprint, entries);
  }

  /**
   * JSON Lines, gzipped (the extractions are several times the size of the text, and
   * compress tenfold). Built from one buffer per line, so a large corpus never needs
   * one string longer than V8 allows.
   */
  serialize(): Buffer {
    const header: CacheHeader = { trama: "extraction-cache", fingerprint: this.fingerprint };
    const lines = [header, ...this.entries.values()].map((x) => Buffer.from(`${JSON.stringify(x)}\n`, "utf8"));
    return gzipSync(Buffer.concat(lines), { level: 1 });
  }
}

/** The non-empty lines of a UTF-8 buffer, each decoded on its own. */
function splitLines(bytes: Buffer): string[] {
  const lines: string[] = [];
  for (let from = 0; from < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, from);
    const to = nl < 0 ? bytes.length : nl;
    if (to > from) lines.push(bytes.toString("utf8", from, to));
    from = to + 1;
  }
  return lines;
}

function compact(x: ArticleExtraction): StoredExtraction {
  const { text, id } = x.article;
  const storeMention = ({ text: surface, ...rest }: Mention): StoredMention =>
    surface === text.slice(rest.start, rest.end) ? rest : { ...rest, text: surface };
  const index = new Map(x.mentions.map((m, i) => [m, i]));
  return {
    key: cacheKey(x.article),
    mentions: x.mentions.map(storeMention),
    entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => index.get(m) ?? storeMention(m)) })),
    relations: x.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map(({ article, sentence, ...span }) => ({
        ...span,
        ...(article === id ? {} : { article }),
        ...(sentence === text.slice(span.start, span.end) ? {} : { sentence }),
      })),
    })),
  };
}

function expand(stored: StoredExtraction, article: Article): ArticleExtraction {
  const { text, id } = article;
  const mention = (m: StoredMention): Mention => ({ ...m, text: m.text ?? text.slice(m.start, m.end) });
  const mentions = stored.mentions.map(mention);
  return {
    article,
    mentions,
    entities: stored.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => (typeof m === "number" ? mentions[m] : mention(m))) })),
    relations: stored.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map((e) => ({ ...e, article: e.article ?? id, sentence: e.sentence ?? text.slice(e.start, e.end) })),
    })),
  };
}

/** Everything of an article the extraction reads: id (evidence points at it), text, date, masked spans. */
function cacheKey(article: Article): string {
  const masked = article.masked.map((m) => `${m.start}-${m.end}`).join(",");
  return `${article.id}\u0000${article.hash}\u0000${article.date ?? ""}\u0000${masked}`;
}

/** Code and data the per-article extraction depends on, relative to the project root. */
const EXTRACTOR_PARTS = ["src/nlp", "src/ner", "src/extract", "src/types.ts", "models"];

/** sha256 over the extractor's files: any change to them invalidates every cached extraction. */
export function extractorFingerprint(root = fileURLToPath(new URL("../../", import.meta.url))): string {
  const hash = createHash("sha256");
  for (const part of EXTRACTOR_PARTS) {
    for (const file of filesUnder(join(root, part))) {
      hash.update(file.slice(root.length));
      hash.update("\u0000");
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    // Hidden files and documentation do not change what the extractor does.
    .filter((entry) => !entry.name.startsWith(".") && !entry.name.endsWith(".md"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}
