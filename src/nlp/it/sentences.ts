import type { Sentence, Span, Token } from "../../types.ts";
import { FINAL_ABBREVIATIONS } from "./abbreviations.ts";
import { DIGIT, UPPER, charTable, classAt, isWordClass } from "./chars.ts";

// Sentence boundaries are decided between two tokens, looking at the tokens and the gap
// between them. A boundary falls:
//  - where a masked range lies in the gap (date marker, page furniture);
//  - at a paragraph break (two line breaks);
//  - after . ! ? … (and the closing quotes or brackets glued to them) when the next token
//    opens a sentence: a capital, a digit, an opening quote, bracket or dash;
//  - at a single line break after a line with no final punctuation when the next line
//    opens a sentence and the line does not end on a word that needs a continuation:
//    titles and subheadings in news text have no final punctuation. In hard-wrapped text
//    (wrap.ts) the line must also be well short of the wrap width.
// Abbreviations and initials that carry their dot ("Sig.", "F.") never end a sentence;
// "ecc." and dotted acronyms ("S.p.A.") may, before a capital. A quotation in « » or “ ”
// that closes on the same line is not split, so quoted speech keeps its attribution.

const TERMINATORS = new Set([".", "!", "?", "…", "?!", "!?"]);
const CLOSERS = new Set(["»", "”", '"', "’", "'", ")", "]", "›"]);
const OPENERS = new Set(["«", "“", '"', "‘", "'", "(", "[", "‹", "-", "–", "—", "¿", "¡", "•", "*"]);
/** A line ending on one of these continues on the next line: it is wrapped, not a title. */
const CONTINUING_WORDS = new Set([
  "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "e", "ed", "o", "od", "ma", "che", "il", "lo",
  "la", "i", "gli", "le", "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle", "al",
  "allo", "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello",
  "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "non", "come",
  "se", "anche", "secondo", "verso", "contro", "presso", "cui", "quale", "the", "of", "and",
]);
const CONTINUING_PUNCTUATION = new Set([",", ";", ":", "-", "–", "—", "(", "«", "“", "/", "&"]);

/**
 * Groups tokens into sentences. `offsets` holds the tokens of `text` as flat pairs
 * [start0, end0, start1, end1, …], in order, none inside `masked`.
 */
export function splitSentences(
  text: string,
  offsets: readonly number[],
  masked: readonly Span[],
  wrapWidth?: number,
): Sentence[] {
  const sentences: Sentence[] = [];
  const count = offsets.length >> 1;
  const startOf = (k: number) => offsets[2 * k]!;
  const endOf = (k: number) => offsets[2 * k + 1]!;
  const sortedMasks = [...masked].sort((a, b) => a.start - b.start);
  let first = 0;
  let maskIndex = 0;
  let quoteCloser = -1;
  for (let k = 0; k + 1 < count; k++) {
    const start = startOf(k);
    const end = endOf(k);
    const nextStart = startOf(k + 1);
    if (k > quoteCloser && end - start === 1) quoteCloser = closingQuote(text, offsets, k, count);
    let last = k;
    let boundary = false;
    while (maskIndex < sortedMasks.length && sortedMasks[maskIndex]!.end <= end) maskIndex++;
    const mask = sortedMasks[maskIndex];
    if (mask !== undefined && mask.start < nextStart) boundary = true;
    else {
      const lineBreaks = countLineBreaks(text, end, nextStart);
      // most tokens are words: only short tokens and tokens ending in a dot need their form
      const form = end - start <= 3 || text.charCodeAt(end - 1) === DOT ? text.slice(start, end) : "";
      if (lineBreaks >= 2) boundary = true;
      else if (TERMINATORS.has(form) || form === "...") {
        last = absorbClosers(text, offsets, k, count);
        if (last + 1 < count) {
          const gapStart = endOf(last);
          const after = startOf(last + 1);
          boundary = countLineBreaks(text, gapStart, after) > 0 || (after > gapStart && opensSentence(text, after, endOf(last + 1)));
        }
      } else if (form.length > 1 && form.endsWith(".")) {
        boundary = isFinalAbbreviation(form) && nextStart > end && (lineBreaks > 0 || startsWithCapital(text, nextStart));
      } else if (lineBreaks === 1) {
        boundary =
          endsTitleLine(text, start, end) &&
          opensSentence(text, nextStart, endOf(k + 1)) &&
          (wrapWidth === undefined || isShortLine(text, end, wrapWidth));
      }
    }
    // inside a quotation that closes on the same line (so holds no line break) only a mask splits
    if (boundary && last < quoteCloser && !(mask !== undefined && mask.start < nextStart)) boundary = false;
    if (boundary) {
      sentences.push(makeSentence(text, offsets, first, last, sentences.length));
      first = last + 1;
    }
    k = last;
  }
  if (first < count) sentences.push(makeSentence(text, offsets, first, count - 1, sentences.length));
  return sentences;
}

const DOT = 0x2e;
const QUOTE_PAIRS = new Map([["«", "»"], ["“", "”"]]);
/** A quotation longer than this is not kept in one sentence. */
const MAX_QUOTE_TOKENS = 150;

/**
 * When token `k` opens a quotation (« or “) that closes on the same line within
 * MAX_QUOTE_TOKENS, the index of the closing token; else -1. A quoted speech of several
 * sentences stays one sentence with its attribution ("«…. …», ha detto Falco").
 */
function closingQuote(text: string, offsets: readonly number[], k: number, count: number): number {
  const closer = QUOTE_PAIRS.get(text[offsets[2 * k]!]!);
  if (closer === undefined) return -1;
  const opener = text[offsets[2 * k]!]!;
  let depth = 0;
  for (let j = k + 1; j < count && j <= k + MAX_QUOTE_TOKENS; j++) {
    if (countLineBreaks(text, offsets[2 * j - 1]!, offsets[2 * j]!) > 0) return -1;
    const start = offsets[2 * j]!;
    if (offsets[2 * j + 1]! - start !== 1) continue;
    const c = text[start]!;
    if (c === opener) depth++;
    else if (c === closer && depth-- === 0) return j;
  }
  return -1;
}

function makeSentence(text: string, offsets: readonly number[], first: number, last: number, index: number): Sentence {
  const start = offsets[2 * first]!;
  const end = offsets[2 * last + 1]!;
  const tokens: Token[] = new Array(last - first + 1);
  for (let k = first; k <= last; k++) {
    const s = offsets[2 * k]!;
    const e = offsets[2 * k + 1]!;
    tokens[k - first] = { start: s, end: e, text: text.slice(s, e), index: k - first };
  }
  return { index, start, end, text: text.slice(start, end), tokens };
}

/** The last token of a run of closing quotes/brackets glued (no space) to token `k`. */
function absorbClosers(text: string, offsets: readonly number[], k: number, count: number): number {
  let last = k;
  while (last + 1 < count) {
    const start = offsets[2 * last + 2]!;
    const end = offsets[2 * last + 3]!;
    if (start !== offsets[2 * last + 1]! || end - start > 2) return last;
    const form = text.slice(start, end);
    if (!CLOSERS.has(form) && !TERMINATORS.has(form)) return last;
    last++;
  }
  return last;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028) breaks++;
    else if (c === 0x2029) breaks += 2;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) breaks++;
  }
  return breaks;
}

function startsWithCapital(text: string, start: number): boolean {
  return classAt(text, start, charTable()) === UPPER;
}

function opensSentence(text: string, start: number, end: number): boolean {
  const cls = classAt(text, start, charTable());
  if (cls === UPPER || cls === DIGIT) return true;
  if (isWordClass(cls) || end - start > 1) return false;
  return OPENERS.has(text[start]!);
}

function isFinalAbbreviation(form: string): boolean {
  const bare = form.slice(0, -1);
  if (FINAL_ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // dotted acronyms: "S.p.A.", "U.S.A." (but not a single initial "F.")
  return bare.includes(".");
}

/** In hard-wrapped text only a line well short of the wrap width can be a title. */
function isShortLine(text: string, lineEnd: number, wrapWidth: number): boolean {
  const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
  return lineEnd - lineStart < wrapWidth * 0.7;
}

const LONGEST_CONTINUING_WORD = Math.max(...[...CONTINUING_WORDS].map((w) => w.length));

function endsTitleLine(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_CONTINUING_WORD) return true;
  const form = text.slice(start, end);
  if (CONTINUING_PUNCTUATION.has(form)) return false;
  return !CONTINUING_WORDS.has(form.toLowerCase()) && !form.endsWith("'") && !form.endsWith("’");
}
