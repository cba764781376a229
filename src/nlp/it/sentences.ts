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
//    titles and subheadings in news text have no final punctuation.
// Abbreviations and initials that carry their dot ("Sig.", "F.") never end a sentence;
// "ecc." and dotted acronyms ("S.p.A.") may, before a capital.

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

/** Groups `tokens` (spans of `text`, in order, none inside `masked`) into sentences. */
export function splitSentences(text: string, tokens: readonly Span[], masked: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let maskIndex = 0;
  const sortedMasks = [...masked].sort((a, b) => a.start - b.start);
  for (let k = 0; k < tokens.length; k++) {
    const next = tokens[k + 1];
    if (next === undefined) break;
    let end = k;
    let boundary = false;
    const current = tokens[k]!;
    while (maskIndex < sortedMasks.length && sortedMasks[maskIndex]!.end <= current.end) maskIndex++;
    const mask = sortedMasks[maskIndex];
    if (mask !== undefined && mask.start < next.start) boundary = true;
    else {
      const lineBreaks = countLineBreaks(text, current.end, next.start);
      const form = text.slice(current.start, current.end);
      if (lineBreaks >= 2) boundary = true;
      else if (TERMINATORS.has(form) || form === "...") {
        end = absorbClosers(text, tokens, k);
        const after = tokens[end + 1];
        const gapBreaks = after === undefined ? 0 : countLineBreaks(text, tokens[end]!.end, after.start);
        boundary =
          after !== undefined &&
          (gapBreaks > 0 || (after.start > tokens[end]!.end && opensSentence(text, after)));
      } else if (form.length > 1 && form.endsWith(".")) {
        boundary = isFinalAbbreviation(form) && next.start > current.end && (lineBreaks > 0 || startsWithCapital(text, next));
      } else if (lineBreaks === 1) {
        boundary = endsTitleLine(form) && opensSentence(text, next);
      }
    }
    if (boundary) {
      sentences.push(makeSentence(text, tokens, first, end, sentences.length));
      first = end + 1;
    }
    k = end;
  }
  if (first < tokens.length) sentences.push(makeSentence(text, tokens, first, tokens.length - 1, sentences.length));
  return sentences;
}

function makeSentence(text: string, tokens: readonly Span[], first: number, last: number, index: number): Sentence {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const sentenceTokens: Token[] = new Array(last - first + 1);
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    sentenceTokens[k - first] = { start: t.start, end: t.end, text: text.slice(t.start, t.end), index: k - first };
  }
  return { index, start, end, text: text.slice(start, end), tokens: sentenceTokens };
}

/** The last token of a run of closing quotes/brackets glued (no space) to token `k`. */
function absorbClosers(text: string, tokens: readonly Span[], k: number): number {
  let end = k;
  for (;;) {
    const next = tokens[end + 1];
    if (next === undefined || next.start !== tokens[end]!.end) return end;
    const form = text.slice(next.start, next.end);
    if (!CLOSERS.has(form) && !TERMINATORS.has(form)) return end;
    end++;
  }
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

function startsWithCapital(text: string, token: Span): boolean {
  return classAt(text, token.start, charTable()) === UPPER;
}

function opensSentence(text: string, token: Span): boolean {
  const cls = classAt(text, token.start, charTable());
  if (cls === UPPER || cls === DIGIT) return true;
  if (isWordClass(cls)) return false;
  return OPENERS.has(text.slice(token.start, token.end));
}

function isFinalAbbreviation(form: string): boolean {
  const bare = form.slice(0, -1);
  if (FINAL_ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // dotted acronyms: "S.p.A.", "U.S.A." (but not a single initial "F.")
  return bare.includes(".");
}

function endsTitleLine(form: string): boolean {
  if (CONTINUING_PUNCTUATION.has(form)) return false;
  return !CONTINUING_WORDS.has(form.toLowerCase()) && !form.endsWith("'") && !form.endsWith("’");
}
