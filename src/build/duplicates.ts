import { SettingsError } from "../errors.ts";
import type { Article } from "../types.ts";

// Wire copies: the same agency text published by several outlets would otherwise count
// as several independent pieces of evidence. Exact copies share a hash; near copies (a
// changed headline, a trimmed last line) are found with MinHash signatures of word
// shingles and banded locality-sensitive hashing, then confirmed by the exact Jaccard
// similarity, so the cost grows with the corpus, not with its square.

export interface DuplicateSettings {
  /** Word shingles of this many words are compared. */
  shingleWords: number;
  /** Articles whose shingle sets have at least this Jaccard similarity are copies. */
  minSimilarity: number;
}

export const DEFAULT_DUPLICATE_SETTINGS: DuplicateSettings = { shingleWords: 5, minSimilarity: 0.9 };

export function resolveDuplicateSettings(partial: Partial<DuplicateSettings> = {}): DuplicateSettings {
  const settings = { ...DEFAULT_DUPLICATE_SETTINGS, ...partial };
  validateDuplicateSettings(settings);
  return settings;
}

export function validateDuplicateSettings(settings: DuplicateSettings): void {
  if (!Number.isInteger(settings.shingleWords) || settings.shingleWords < 1) {
    throw new SettingsError("duplicates.shingleWords", `is ${settings.shingleWords}`, "give a whole number of words, 1 or more (default 5)");
  }
  if (!(settings.minSimilarity > 0 && settings.minSimilarity <= 1)) {
    throw new SettingsError("duplicates.minSimilarity", `is ${settings.minSimilarity}`, "give a Jaccard similarity in (0, 1] (default 0.9)");
  }
}

export interface Copy {
  /** The copy, left out of extraction. */
  article: Article;
  /** The first article (in input order) with this text, which is kept. */
  original: Article;
  /** 1 for the same text; else the Jaccard similarity of their word shingles. */
  similarity: number;
}

export interface DuplicateReport {
  /** Articles to extract: every article that is not a copy of an earlier one, in input order. */
  originals: Article[];
  copies: Copy[];
}

const HASHES = 64;
const ROWS = 4;
/**
 * A pair is checked when at least this many of the 16 bands of 4 rows agree. At Jaccard
 * 0.9 a band agrees with p = 0.9^4 ≈ 0.66, so a true copy misses fewer than 3 of 16 bands
 * with p < 1e-4; unrelated texts rarely agree in any.
 */
const MIN_BANDS = 3;

export function findDuplicates(articles: readonly Article[], partial: Partial<DuplicateSettings> = {}): DuplicateReport {
  const settings = resolveDuplicateSettings(partial);
  const copies: Copy[] = [];
  const originals: Article[] = [];
  const byHash = new Map<string, Article>();
  const shingles: Array<Set<number>> = [];
  const buckets = new Map<string, number[]>();

  for (const article of articles) {
    const same = byHash.get(article.hash);
    if (same !== undefined) {
      copies.push({ article, original: same, similarity: 1 });
      continue;
    }
    const set = shingleSet(article.text, settings.shingleWords);
    const sig = signature(set);
    const near = nearestOriginal(set, sig, buckets, shingles, settings.minSimilarity);
    if (near !== undefined) {
      copies.push({ article, original: originals[near.index], similarity: near.similarity });
      continue;
    }
    const index = originals.length;
    originals.push(article);
    byHash.set(article.hash, article);
    shingles.push(set);
    for (let band = 0; band < HASHES / ROWS; band++) {
      const key = `${band}:${sig.slice(band * ROWS, band * ROWS + ROWS).join(",")}`;
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [index]);
      else list.push(index);
    }
  }
  return { originals, copies };
}

function nearestOriginal(
  set: Set<number>,
  sig: Uint32Array,
  buckets: ReadonlyMap<string, number[]>,
  shingles: ReadonlyArray<Set<number>>,
  minSimilarity: number,
): { index: number; similarity: number } | undefined {
  const bandsShared = new Map<number, number>();
  for (let band = 0; band < HASHES / ROWS; band++) {
    for (const i of buckets.get(`${band}:${sig.slice(band * ROWS, band * ROWS + ROWS).join(",")}`) ?? []) {
      bandsShared.set(i, (bandsShared.get(i) ?? 0) + 1);
    }
  }
  // Texts that merely share a paragraph meet in a band or two; copies meet in most of them.
  const candidates = [...bandsShared].filter(([, n]) => n >= MIN_BANDS).map(([i]) => i);
  let best: { index: number; similarity: number } | undefined;
  for (const i of candidates.sort((a, b) => a - b)) {
    const similarity = jaccard(set, shingles[i]);
    if (similarity >= minSimilarity && (best === undefined || similarity > best.similarity)) best = { index: i, similarity };
  }
  return best;
}

/** Hashes of every run of `n` consecutive words (lowercased letters and digits). */
export function shingleSet(text: string, n: number): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  if (words.length === 0) return set;
  const hashes = words.map(fnv1a);
  const width = Math.min(n, words.length);
  for (let i = 0; i + width <= hashes.length; i++) {
    let h = 0;
    for (let j = i; j < i + width; j++) h = mix(h ^ hashes[j]);
    set.add(h);
  }
  return set;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * One-permutation MinHash: each shingle hash goes to one of HASHES bins by its top bits
 * and each bin keeps its least value, so a signature costs one pass over the shingles.
 * Bins left empty (very short texts) only make extra candidates, which the exact
 * Jaccard check then rejects.
 */
function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of set) {
    const bin = h >>> BIN_SHIFT;
    const value = h & VALUE_MASK;
    if (value < sig[bin]) sig[bin] = value;
  }
  return sig;
}

const BIN_SHIFT = 32 - Math.log2(HASHES);
const VALUE_MASK = (1 << BIN_SHIFT) - 1;

/** A 32-bit integer finaliser (murmur3 fmix32): spreads every input bit over the output. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
