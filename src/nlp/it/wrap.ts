// Plain text is sometimes hard-wrapped: every line of a paragraph broken near a fixed
// width (e-mail, old wire copy, text dumped from PDFs). There a line break without final
// punctuation is not a title's end but a wrap, unless the line is clearly short.

/** Fewer non-blank lines than this say nothing about wrapping. */
const MIN_LINES = 6;
/** Wrapped lines are at most this long. */
const MAX_WIDTH = 100;
/** Share of lines that must lie near the width for the text to count as wrapped. */
const MIN_SHARE_NEAR_WIDTH = 0.5;

/** The wrap width of a hard-wrapped text, or undefined when its lines are not wrapped. */
export function hardWrapWidth(text: string): number | undefined {
  const lengths: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const length = to - from - (text.charCodeAt(to - 1) === 0x0d ? 1 : 0);
    if (length > MAX_WIDTH) return undefined; // a paragraph on one line: not wrapped
    if (text.slice(from, to).trim() !== "") lengths.push(length);
    from = to + 1;
  }
  if (lengths.length < MIN_LINES) return undefined;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  const near = lengths.filter((n) => n >= width * 0.75).length;
  return near >= lengths.length * MIN_SHARE_NEAR_WIDTH ? width : undefined;
}
