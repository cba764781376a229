import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ArticleExtraction } from "../extract/record.ts";
import type { Article } from "../types.ts";

// Incremental builds keep each article's extraction from before the corpus pass, keyed
// by what it depends on: the article's id, text hash and date, and the extractor itself
// (a fingerprint of its code and model). records.jsonl cannot serve: it holds ids already
// unified across the corpus, and re-running the corpus pass on them would not give what
// a full rebuild gives.

export const CACHE_FILE = "extractions.jsonl";

type CachedExtraction = Omit<ArticleExtraction, "article">;

interface CacheHeader {
  trama: "extraction-cache";
  fingerprint: string;
}

export class ExtractionCache {
  private readonly entries: Map<string, CachedExtraction>;

  private constructor(
    readonly fingerprint: string,
    entries: Map<string, CachedExtraction>,
  ) {
    this.entries = entries;
  }

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
    const lines = readFileSync(path, "utf8").split("\n");
    try {
      const header = JSON.parse(lines[0]) as CacheHeader;
      if (header.trama !== "extraction-cache" || header.fingerprint !== fingerprint) return ExtractionCache.empty(fingerprint);
      const entries = new Map<string, CachedExtraction>();
      for (const line of lines.slice(1)) {
        if (line === "") continue;
        const { key, ...extraction } = JSON.parse(line) as CachedExtraction & { key: string };
        entries.set(key, extraction);
      }
      return new ExtractionCache(fingerprint, entries);
    } catch {
      return ExtractionCache.empty(fingerprint);
    }
  }

  get(article: Article): ArticleExtraction | undefined {
    const hit = this.entries.get(cacheKey(article));
    return hit === undefined ? undefined : { article, ...hit };
  }

  /** The cache for exactly these extractions (articles no longer in the corpus drop out). */
  static of(fingerprint: string, extractions: readonly ArticleExtraction[]): ExtractionCache {
    const entries = new Map<string, CachedExtraction>();
    for (const { article, ...rest } of extractions) entries.set(cacheKey(article), rest);
    return new ExtractionCache(fingerprint, entries);
  }

  serialize(): string {
    const header: CacheHeader = { trama: "extraction-cache", fingerprint: this.fingerprint };
    const lines = [JSON.stringify(header)];
    for (const [key, extraction] of this.entries) lines.push(JSON.stringify({ key, ...extraction }));
    return `${lines.join("\n")}\n`;
  }
}

function cacheKey(article: Article): string {
  return `${article.id}\u0000${article.hash}\u0000${article.date ?? ""}`;
}

/** Code and data the per-article extraction depends on, relative to the project root. */
const EXTRACTOR_PARTS = ["src/nlp", "src/ner", "src/extract", "src/types.ts", "models"];

/** sha256 over the extractor's files: any change to them invalidates every cached extraction. */
export function extractorFingerprint(root = new URL("../../", import.meta.url).pathname): string {
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
    .filter((entry) => !entry.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}
