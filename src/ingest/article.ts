import { createHash } from "node:crypto";
import type { Article, MaskReason, Span } from "../types.ts";
import { findDateMarker } from "./date-marker.ts";
import { findDateline } from "./dateline.ts";
import { findFurniture } from "./furniture.ts";
import { findMarkdownMarkup } from "./markdown.ts";

export interface ArticleSource {
  id: string;
  source: string;
  text: string;
  encoding: string;
  markdown?: boolean;
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

/** An Article from decoded text: date marker, markdown markup and page furniture masked. */
export function buildArticle(from: ArticleSource): Article {
  const { text } = from;
  const masked: Article["masked"] = [];
  const mask = (spans: Span[], reason: MaskReason) => {
    for (const s of spans) masked.push({ start: s.start, end: s.end, reason });
  };
  let { title, date, outlet } = from;
  if (from.markdown === true) {
    const markup = findMarkdownMarkup(text);
    mask(markup.masked, "markup");
    title ??= markup.title;
    date ??= markup.date;
  }
  const marker = findDateMarker(text);
  if (marker !== undefined) {
    mask([marker.span], "date-marker");
    date ??= marker.date;
  }
  const dateline = findDateline(text);
  if (dateline !== undefined) {
    mask([dateline.span], "furniture");
    date ??= dateline.date;
  }
  const furniture = findFurniture(text);
  mask(furniture.masked, "furniture");
  outlet ??= furniture.outlet;
  masked.sort((a, b) => a.start - b.start || a.end - b.end);
  title ??= titleLine(text, masked);

  const article: Article = {
    id: from.id,
    source: from.source,
    text,
    masked,
    encoding: from.encoding,
    hash: createHash("sha256").update(text).digest("hex"),
  };
  if (date !== undefined) article.date = date;
  if (title !== undefined) article.title = title;
  if (from.url !== undefined) article.url = from.url;
  if (outlet !== undefined) article.outlet = outlet;
  return article;
}

/**
 * News text often opens with its headline on a line of its own, without final punctuation:
 * the first line not wholly masked, when it is short and does not end like a sentence.
 */
function titleLine(text: string, masked: readonly Span[]): string | undefined {
  let from = 0;
  let m = 0; // masks are sorted by start: a pointer keeps this linear
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let visible = "";
    let cursor = from;
    while (m < masked.length && masked[m]!.end <= from) m++;
    for (let k = m; k < masked.length && masked[k]!.start < to; k++) {
      const mask = masked[k]!;
      if (mask.end <= cursor) continue;
      visible += text.slice(cursor, Math.max(cursor, mask.start));
      cursor = Math.max(cursor, Math.min(to, mask.end));
    }
    visible = (visible + text.slice(cursor, to)).replace(/\s+/g, " ").trim();
    if (visible !== "") return visible.length <= 200 && !/[.!?:;,]$/.test(visible) ? visible : undefined;
    from = to + 1;
  }
  return undefined;
}
