import { MONTHS, WEEKDAYS } from "./calendar.ts";
import type { Span } from "../types.ts";
import { contentLines } from "./lines.ts";

// Scraped articles often keep the page's publication line: "Pubblicato il 12 marzo 2031
// alle 10:30", "Aggiornato: 12/03/2031", or a date alone on a line. Near the top or the
// bottom of the text, such a line is page furniture (masked) and gives the article date.

export interface Dateline {
  date: string;
  span: Span;
}

/** Only lines this close to either end are read: a date line in the body is content. */
const EDGE_LINES = 5;
const MAX_LINE = 90;

const LABEL = "(?:pubblicato|aggiornato|ultimo aggiornamento|ultima modifica|data|published|updated)\\s*(?:il|on|:)?\\s*";
const WEEKDAY = `(?:(?:${[...WEEKDAYS.keys()].join("|")})\\s*,?\\s*)?`;
const MONTH_NAMES = [...MONTHS.keys()].join("|");
const TIME = "(?:\\s*[,–-]?\\s*(?:alle|ore|h\\.?)?\\s*\\d{1,2}[:.]\\d{2})?";
const DATELINE = new RegExp(
  `^(?:${LABEL})?${WEEKDAY}(?:(\\d{1,2})\\s+(${MONTH_NAMES})\\s+(\\d{4})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))${TIME}\\s*$`,
  "i",
);

export function findDateline(text: string): Dateline | undefined {
  const lines = contentLines(text);
  const edge = [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))];
  for (const line of edge) {
    if (line.end - line.start > MAX_LINE) continue;
    const date = parseDateline(text.slice(line.start, line.end));
    if (date !== undefined) return { date, span: line };
  }
  return undefined;
}

/** The ISO date of a dateline, or undefined when the line is not one. */
export function parseDateline(line: string): string | undefined {
  const m = DATELINE.exec(line.trim());
  if (m === null) return undefined;
  const [day, month, year] =
    m[1] !== undefined
      ? [Number(m[1]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[3])]
      : m[4] !== undefined
        ? [Number(m[4]), Number(m[5]), Number(m[6])]
        : [Number(m[9]), Number(m[8]), Number(m[7])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
