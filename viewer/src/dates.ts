// Dates in a trama graph have mixed precision ("2024", "2024-06", "2024-06-19"). A date
// stands for the whole period it names, so comparisons use its first and last day.

function lowest(date: string): string {
  return (date + "-00-00").slice(0, 10);
}

function highest(date: string): string {
  return (date + "-99-99").slice(0, 10);
}

/** Whether the period [start, end] meets the inclusive range [from, to] (null = open). */
export function overlaps(start: string, end: string, from: string | null, to: string | null): boolean {
  if (from !== null && highest(end) < lowest(from)) return false;
  if (to !== null && lowest(start) > highest(to)) return false;
  return true;
}

/** Distinct dates, oldest first; a coarser date sorts before the finer ones inside it. */
export function sortedDates(dates: Iterable<string>): string[] {
  return [...new Set(dates)].sort();
}
