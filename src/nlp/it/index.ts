import type { Article, Doc, Span } from "../../types.ts";
import { splitSentences } from "./sentences.ts";
import { tokenizeRange } from "./tokenize.ts";
import { hardWrapWidth } from "./wrap.ts";

export { tokenize, tokenizeRange } from "./tokenize.ts";
export { splitSentences } from "./sentences.ts";

/**
 * Tokenises and splits `article.text` into sentences. Masked ranges (date marker, page
 * furniture, markup) are read as blank; date markers and furniture also end a sentence. Token and sentence offsets
 * index `article.text`, so `token.text === article.text.slice(token.start, token.end)`.
 */
export function analyse(article: Article): Doc {
  const { text } = article;
  const masks = mergeSpans(article.masked, text.length);
  const tokens: number[] = [];
  let from = 0;
  for (const mask of masks) {
    if (mask.start > from) tokenizeRange(text, from, mask.start, tokens);
    from = Math.max(from, mask.end);
  }
  if (from < text.length) tokenizeRange(text, from, text.length, tokens);
  // Inline markdown markup ("**", link brackets) sits inside sentences: it is blank but
  // ends no sentence. Markup at the start of a line (heading, bullet, quote) does.
  const boundaries = mergeSpans(
    article.masked.filter((m) => m.reason !== "markup" || m.start === 0 || text.charCodeAt(m.start - 1) === 0x0a),
    text.length,
  );
  return { article, sentences: splitSentences(text, tokens, boundaries, hardWrapWidth(text)) };
}

/** Sorted, non-overlapping, clipped to the text. */
function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  return merged;
}
