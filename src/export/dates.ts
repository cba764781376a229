// Partial ISO dates ("2023", "2023-09", "2025-03-27") as the day ranges they cover,
// for GEXF spells: Gephi's timeline needs xs:date bounds and non-overlapping intervals.

export interface DayRange {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days an ISO date (as precise as known) covers; undefined when it is not a date. */
export function dayRange(iso: string | undefined): DayRange | undefined {
  if (iso === undefined) return undefined;
  const m = ISO_PREFIX.exec(iso.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return { start: date, end: date };
}

/** dayRange with a cache: a corpus has few distinct dates and many mentions of each. */
export function cachedDayRange(): (date: string | undefined) => DayRange | undefined {
  const cache = new Map<string, DayRange | undefined>();
  return (date) => {
    if (date === undefined) return undefined;
    if (!cache.has(date)) cache.set(date, dayRange(date));
    return cache.get(date);
  };
}

/**
 * The ranges of the given dates, sorted, with overlapping ones merged (a month and a
 * day inside it become the month), because Gephi rejects overlapping intervals.
 */
export function mergedDayRanges(dates: Iterable<string | undefined>, rangeOf: (date: string | undefined) => DayRange | undefined = dayRange): DayRange[] {
  const ranges: DayRange[] = [];
  for (const date of dates) {
    const range = rangeOf(date);
    if (range !== undefined) ranges.push(range);
  }
  if (ranges.length < 2) return ranges.map((r) => ({ ...r }));
  ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  const merged: DayRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
