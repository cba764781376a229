import type { Span } from "../../types.ts";
import { ELISIONS, FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, TRUNCATIONS } from "./abbreviations.ts";
import { DIGIT, SPACE, UPPER, charTable, classAt, isLetterClass, isWordClass, widthAt } from "./chars.ts";

// Italian tokenisation in one left-to-right pass over the text, following the KIND
// corpus convention (the NER tagger's training data): elided articles and prepositions
// keep their apostrophe and stand alone ("dell'" "Ucraina"), quotes and punctuation are
// tokens of their own, "%" is split from the number, while numbers (1.100, 3,5,
// 19/12/2023, 10'000, 1°), hyphenated words (Kim Jong-un, COVID-19), abbreviations
// (Sig., S.p.A.), initials (F.), URLs and e-mail addresses are one token each.
// The scanners only move forward, and each look-ahead is bounded by the current word.

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const MODIFIER_APOSTROPHE = 0x2bc;
const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;
const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const AT = 0x40;
const UNDERSCORE = 0x5f;
const DEGREE = 0xb0;
const MASCULINE_ORDINAL = 0xba;
const FEMININE_ORDINAL = 0xaa;
const MAX_EMAIL_LOCAL = 64;
const MAX_EMAIL_DOMAIN = 253;
/** "n.d.r.", "S.p.A.": longer dotted runs are not acronyms, and bounding them keeps the scan linear. */
const MAX_ACRONYM_GROUPS = 6;
/** "dott.ssa", "sig.ra", "avv.ti": the letters after the dot. */
const MAX_ABBREVIATION_SUFFIX = 4;

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === MODIFIER_APOSTROPHE;
}

function isHyphen(code: number): boolean {
  return code === HYPHEN || code === UNICODE_HYPHEN || code === NON_BREAKING_HYPHEN;
}

/** Separators that stay inside a number when a digit follows: 1.100, 3,5, 14:30, 19/12/2023, 10'000. */
function isNumberSeparator(code: number): boolean {
  return code === DOT || code === COMMA || code === COLON || code === SLASH || isApostrophe(code);
}

/**
 * Appends to `out` the tokens of `text` between `from` and `to`, as flat pairs
 * [start0, end0, start1, end1, …]: no object per token until the Doc is built.
 */
export function tokenizeRange(text: string, from: number, to: number, out: number[]): void {
  const table = charTable();
  let i = from;
  while (i < to) {
    const cls = classAt(text, i, table);
    if (cls === SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (startsUrl(text, i, to)) i = scanUrl(text, i, to);
    else if (isWordClass(cls)) i = scanWord(text, i, to, table);
    else if (isApostrophe(text.charCodeAt(i)) && startsYearApostrophe(text, i, to, table)) i = scanWord(text, i + 1, to, table);
    else if (isElidedGap(text, i, to)) i += text.charCodeAt(i + 1) === DOT ? 5 : 3;
    else if (text.charCodeAt(i) === DOT && text.charCodeAt(i + 1) === DOT && i + 1 < to) {
      while (i < to && text.charCodeAt(i) === DOT) i++;
    } else i += widthAt(text, i);
    if (i > to) i = to; // a surrogate pair cut by a masked range
    out.push(start, i);
  }
}

/** Tokens of a whole string (no masked ranges). */
export function tokenize(text: string): Span[] {
  const flat: number[] = [];
  tokenizeRange(text, 0, text.length, flat);
  const spans: Span[] = [];
  for (let k = 0; k < flat.length; k += 2) spans.push({ start: flat[k]!, end: flat[k + 1]! });
  return spans;
}

/** "[...]", "(…)": an omission in a quotation, one token in KIND. */
function isElidedGap(text: string, i: number, to: number): boolean {
  const open = text.charCodeAt(i);
  if (open !== 0x5b && open !== 0x28) return false;
  const close = open === 0x5b ? "]" : ")";
  return (i + 5 <= to && text.startsWith("..." + close, i + 1)) || (i + 3 <= to && text.startsWith("…" + close, i + 1));
}

/** "'70" (the seventies): an apostrophe before two digits, not after a letter. */
function startsYearApostrophe(text: string, i: number, to: number, table: Uint8Array): boolean {
  if (i + 2 >= to) return false;
  if (i > 0 && isLetterClass(classAt(text, i - 1, table))) return false;
  if (table[text.charCodeAt(i + 1)] !== DIGIT || table[text.charCodeAt(i + 2)] !== DIGIT) return false;
  return i + 3 >= to || !isWordClass(classAt(text, i + 3, table));
}

function scanWord(text: string, start: number, to: number, table: Uint8Array): number {
  let i = start;
  for (;;) {
    while (i < to && isWordClass(classAt(text, i, table))) i += widthAt(text, i);
    if (i >= to) return i;
    const code = text.charCodeAt(i);
    const nextCls = i + 1 < to ? classAt(text, i + 1, table) : SPACE;
    const prevDigit = table[text.charCodeAt(i - 1)] === DIGIT;

    if (prevDigit && nextCls === DIGIT && isNumberSeparator(code)) {
      i++;
      continue;
    }
    if (isApostrophe(code)) {
      const word = text.slice(start, i).toLowerCase();
      // an elided form keeps its apostrophe whatever follows: l'Aja, l'11, dell'«Unità», l' Aja
      if (ELISIONS.has(word)) return i + 1;
      if (isLetterClass(nextCls)) {
        i++; // an apostrophe inside a name: O'Brien, Donec'k
        continue;
      }
      return TRUNCATIONS.has(word) ? i + 1 : i;
    }
    if (isHyphen(code) && isWordClass(nextCls)) {
      i++;
      continue;
    }
    if (prevDigit && (code === DEGREE || code === MASCULINE_ORDINAL || code === FEMININE_ORDINAL)) return i + 1;
    if (code === AT || code === UNDERSCORE || (code === DOT && isWordClass(nextCls))) {
      const email = scanEmail(text, start, to, table);
      if (email > 0) return email;
    }
    if (code === DOT) return scanDot(text, start, i, to, table);
    return i;
  }
}

/**
 * The word `text[start, dot)` is followed by a dot: decide whether the dot belongs to it.
 * Returns the token end.
 */
function scanDot(text: string, start: number, dot: number, to: number, table: Uint8Array): number {
  const dotted = scanDottedAcronym(text, start, to, table);
  if (dotted > 0) return dotted;
  const word = text.slice(start, dot).toLowerCase();
  // "dott.ssa", "sig.ra": an abbreviation with a suffix after the dot
  let suffixEnd = dot + 1;
  const suffixLimit = Math.min(to, dot + 2 + MAX_ABBREVIATION_SUFFIX);
  while (suffixEnd < suffixLimit && isLetterClass(classAt(text, suffixEnd, table))) suffixEnd++;
  if (suffixEnd > dot + 1) {
    const withSuffix = text.slice(start, suffixEnd).toLowerCase();
    if (NON_FINAL_ABBREVIATIONS.has(withSuffix)) return suffixEnd < to && text.charCodeAt(suffixEnd) === DOT ? suffixEnd + 1 : suffixEnd;
    return dot;
  }
  if (NON_FINAL_ABBREVIATIONS.has(word) || FINAL_ABBREVIATIONS.has(word)) return dot + 1;
  // an initial: "John F. Kirby"
  if (dot - start === 1 && table[text.charCodeAt(start)] === UPPER) return dot + 1;
  return dot;
}

/**
 * "S.p.A.", "U.S.A.", "n.d.r.", "LL.PP.": short letter groups each followed by a dot, at
 * least two of them (or "U.S": single capitals). Returns the end, or 0 when it is not one.
 */
function scanDottedAcronym(text: string, start: number, to: number, table: Uint8Array): number {
  let i = start;
  let groups = 0;
  let allSingleCapitals = true;
  for (;;) {
    const groupStart = i;
    while (i < to && isLetterClass(classAt(text, i, table)) && i - groupStart <= 3) i++;
    const len = i - groupStart;
    if (len === 0 || len > 3) return 0;
    if (len !== 1 || table[text.charCodeAt(groupStart)] !== UPPER) allSingleCapitals = false;
    if (i < to && text.charCodeAt(i) === DOT) {
      if (++groups > MAX_ACRONYM_GROUPS) return 0;
      i++;
      if (i < to && isLetterClass(classAt(text, i, table))) continue;
      if (i < to && isWordClass(classAt(text, i, table))) return 0;
      return groups >= 2 ? i : 0;
    }
    // a last group without its dot: "S.p.A", "U.S"
    if (i < to && isWordClass(classAt(text, i, table))) return 0;
    return groups >= 2 || (groups === 1 && allSingleCapitals) ? i : 0;
  }
}

/** "mario.rossi@esempio.it" from the start of the word; 0 when there is no e-mail here. */
function scanEmail(text: string, start: number, to: number, table: Uint8Array): number {
  let i = start;
  // the look-ahead is bounded by the longest local part and domain (RFC 5321), so a long
  // run like "ab.ab.ab…" is not rescanned at every dot
  const localEnd = Math.min(to, start + MAX_EMAIL_LOCAL + 1);
  while (i < localEnd && isEmailLocal(text.charCodeAt(i), table)) i++;
  if (i >= to || text.charCodeAt(i) !== AT || i === start) return 0;
  i++;
  const domainStart = i;
  const domainEnd = Math.min(to, i + MAX_EMAIL_DOMAIN);
  while (i < domainEnd && (isWordClass(classAt(text, i, table)) || text.charCodeAt(i) === DOT || text.charCodeAt(i) === HYPHEN)) i++;
  while (i > domainStart && text.charCodeAt(i - 1) === DOT) i--;
  const domain = text.slice(domainStart, i);
  return domain.includes(".") ? i : 0;
}

function isEmailLocal(code: number, table: Uint8Array): boolean {
  return isWordClass(table[code]!) || code === DOT || code === UNDERSCORE || code === HYPHEN || code === 0x2b || code === 0x25;
}

function startsUrl(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x68 /* h */ && c !== 0x77 /* w */) return false;
  const head = text.slice(i, Math.min(i + 8, to)).toLowerCase();
  return head.startsWith("http://") || head.startsWith("https://") || (head.startsWith("www.") && head.length > 4);
}

const URL_STOP = new Set([..."<>\"«»“”‘’"].map((c) => c.charCodeAt(0)));
const URL_TRAILING = new Set([...".,;:!?)]}'’"].map((c) => c.charCodeAt(0)));

function scanUrl(text: string, start: number, to: number): number {
  const table = charTable();
  let i = start;
  while (i < to && table[text.charCodeAt(i)] !== SPACE && !URL_STOP.has(text.charCodeAt(i))) i++;
  while (i > start + 4 && URL_TRAILING.has(text.charCodeAt(i - 1))) i--;
  return i;
}
