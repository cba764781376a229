import type { Span } from "../types.ts";

/** Non-blank lines as spans of their trimmed content. */
export function contentLines(text: string): Span[] {
  const lines: Span[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ start, end });
    from = to + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

