import type { Span } from "../types.ts";

// Some corpora put the article date in the text, before the first word: " date 2023-09 Si da
// sempre…". The marker becomes Article.date and is masked (not removed) so offsets stay
// true to the file. Only the very start of the text is looked at.

const DATE_MARKER = /^\s*(date:?[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?)(?![\d-])/i;

export interface DateMarker {
  date: string;
  span: Span;
}

export function findDateMarker(text: string): DateMarker | undefined {
  const match = DATE_MARKER.exec(text.slice(0, 64));
  if (match === null) return undefined;
  const [whole, marker, year, month, day] = match as unknown as [string, string, string, string, string | undefined];
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysIn(Number(year), m))) return undefined;
  const start = whole.length - marker.length;
  return { date: day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`, span: { start, end: whole.length } };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
