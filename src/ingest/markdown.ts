import type { Span } from "../types.ts";

// Markdown is read as text with its cheap-to-spot syntax masked (reason "markup"): front
// matter, heading and quote markers, list bullets, rules, code fences and blocks, images,
// link brackets and targets, emphasis markers, HTML comments. The words stay where they are,
// so offsets still index the file. Front matter `title:` and `date:` are read.

export interface MarkdownMarkup {
  masked: Span[];
  title?: string;
  date?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;
const HEADING = /^( {0,3})(#{1,6})([ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const QUOTE = /^( {0,3}>[ \t]?)+/;
const BULLET = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const IMAGE = /!\[[^[\]\n]{0,500}\]\([^)\n]{0,2000}\)/g;
const LINK = /\[([^[\]\n]{1,500})\]\(([^)\n]{0,2000})\)/g;
const EMPHASIS = /(?<![\p{L}\p{N}*_])[*_]{1,3}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?])[*_]{1,3}(?![\p{L}\p{N}*_])/gu;
const AUTOLINK = /<(https?:\/\/[^>\s]{1,2000})>/g;

export function findMarkdownMarkup(text: string): MarkdownMarkup {
  const masked: Span[] = [];
  const result: MarkdownMarkup = { masked };
  let bodyStart = 0;
  const front = FRONT_MATTER.exec(text);
  if (front !== null) {
    bodyStart = front[0].length;
    masked.push({ start: 0, end: bodyStart });
    for (const line of front[1]!.split(/\r?\n/)) {
      const field = /^(title|date)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
      if (field === null || field[2] === "") continue;
      if (field[1]!.toLowerCase() === "title") result.title = field[2]!;
      else result.date = field[2]!;
    }
  }
  let inFence = false;
  let from = bodyStart;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    maskLine(text, from, to, masked, inFence);
    if (FENCE.test(text.slice(from, to))) inFence = !inFence;
    from = to + 1;
  }
  const body = text.slice(bodyStart);
  for (const m of body.matchAll(IMAGE)) masked.push(at(bodyStart + m.index, m[0].length));
  maskComments(text, bodyStart, masked);
  for (const m of body.matchAll(LINK)) {
    const start = bodyStart + m.index;
    masked.push(at(start, 1));
    masked.push({ start: start + 1 + m[1]!.length, end: start + m[0].length });
  }
  for (const m of body.matchAll(AUTOLINK)) {
    masked.push(at(bodyStart + m.index, 1));
    masked.push(at(bodyStart + m.index + m[0].length - 1, 1));
  }
  for (const m of body.matchAll(EMPHASIS)) masked.push(at(bodyStart + m.index, m[0].length));
  return result;
}

function maskLine(text: string, from: number, to: number, masked: Span[], inFence: boolean): void {
  const line = text.slice(from, to);
  if (inFence || FENCE.test(line) || RULE.test(line)) {
    if (to > from) masked.push({ start: from, end: to });
    return;
  }
  const heading = HEADING.exec(line);
  if (heading !== null) {
    masked.push(at(from, heading[0].length));
    const closing = CLOSING_HASHES.exec(line);
    if (closing !== null && closing.index >= heading[0].length) masked.push(at(from + closing.index, closing[0].length));
    return;
  }
  let offset = 0;
  const quote = QUOTE.exec(line);
  if (quote !== null) {
    masked.push(at(from, quote[0].length));
    offset = quote[0].length;
  }
  const bullet = BULLET.exec(line.slice(offset));
  if (bullet !== null) masked.push(at(from + offset, bullet[0].length));
}

/** HTML comments; an unclosed one ends the search (no later comment can close either). */
function maskComments(text: string, from: number, masked: Span[]): void {
  let open = text.indexOf("<!--", from);
  while (open >= 0) {
    const close = text.indexOf("-->", open + 4);
    if (close < 0) return;
    masked.push({ start: open, end: close + 3 });
    open = text.indexOf("<!--", close + 3);
  }
}

function at(start: number, length: number): Span {
  return { start, end: start + length };
}
