// Time expressions in a sentence, resolved against the article date to ISO 8601 as
// precise as the text and the article date allow: "il 19 dicembre" → 2024-12-19,
// "nell'aprile 2019" → 2019-04, "la scorsa settimana" → the month of that week,
// "l'anno scorso" → 2024. Without an article date only self-contained dates resolve.

import { MONTHS, RELATIVE_DAYS, SHIFT_WORDS, UNIT_WORDS, WEEKDAYS, type DateUnit } from "../../nlp/it/lexicon/dates.ts";

export type DateExpression =
  | { kind: "calendar"; year?: number; month: number; day?: number }
  | { kind: "year"; year: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "day-offset"; days: number }
  | { kind: "unit-shift"; unit: DateUnit; shift: number };

export interface DateMention {
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  expression: DateExpression;
}

/** Which way an unanchored date lies from the article date: past events, planned events. */
export type DateDirection = "past" | "future";

const YEAR = /^(1[89]|20)\d\d$/;
const DAY = /^([1-9]|[12]\d|3[01])(°|º)?$/;

/** Every time expression among the sentence's tokens (lowercased), left to right. */
export function findDates(words: readonly string[]): DateMention[] {
  const out: DateMention[] = [];
  const yearAt = (i: number) => (YEAR.test(words[i] ?? "") ? Number(words[i]) : undefined);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "19 dicembre [2024]", "1° novembre", "dal 10 al 13 settembre"
    if (DAY.test(w)) {
      let m = i + 1;
      if (/^(al|-|e|–)$/.test(words[m] ?? "") && DAY.test(words[m + 1] ?? "")) m += 2;
      const month = MONTHS.get(words[m] ?? "");
      if (month) {
        const year = yearAt(m + 1);
        const expression: DateExpression = { kind: "calendar", month, day: parseInt(w, 10) };
        if (year) expression.year = year;
        out.push({ start: i, end: year ? m + 2 : m + 1, expression });
        i = year ? m + 1 : m;
        continue;
      }
    }
    const month = MONTHS.get(w);
    if (month) {
      const year = yearAt(i + 1);
      const expression: DateExpression = { kind: "calendar", month };
      if (year) expression.year = year;
      out.push({ start: i, end: year ? i + 2 : i + 1, expression });
      if (year) i++;
      continue;
    }
    const year = yearAt(i);
    if (year && /^(nel|del|dal|il|entro|al|anno)$/.test(words[i - 1] ?? "")) {
      out.push({ start: i, end: i + 1, expression: { kind: "year", year } });
      continue;
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined) {
      // "giovedì 19 dicembre" is read at the day number.
      if (DAY.test(words[i + 1] ?? "") && MONTHS.has(words[i + 2] ?? "")) continue;
      out.push({ start: i, end: i + 1, expression: { kind: "weekday", weekday } });
      continue;
    }
    const days = RELATIVE_DAYS.get(w);
    if (days !== undefined) {
      out.push({ start: i, end: i + 1, expression: { kind: "day-offset", days } });
      continue;
    }
    const unit = UNIT_WORDS.get(w);
    if (unit) {
      const before = SHIFT_WORDS.get(words[i - 1] ?? "");
      const after = SHIFT_WORDS.get(words[i + 1] ?? "");
      const shift = w === "quest'anno" || words[i - 1] === "quest'" ? 0 : (before ?? after);
      if (shift !== undefined) {
        const start = before !== undefined || words[i - 1] === "quest'" ? i - 1 : i;
        const end = after !== undefined && before === undefined ? i + 2 : i + 1;
        out.push({ start, end, expression: { kind: "unit-shift", unit, shift } });
        i = end - 1;
      }
    }
  }
  return out;
}

interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

/** Parses "2025", "2025-03", "2025-03-27" (anything after the day is ignored). */
export function parseIsoDate(iso: string | undefined): Anchor | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? "");
  if (!m) return undefined;
  const a: Anchor = { year: Number(m[1]) };
  if (m[2]) a.month = Number(m[2]);
  if (m[3]) a.day = Number(m[3]);
  return a;
}

/**
 * The ISO date an expression names, or undefined when the article date does not pin it
 * down ("giovedì" needs the article's day; "il 19 dicembre" needs its year).
 */
export function resolveDate(expression: DateExpression, articleDate: string | undefined, direction: DateDirection = "past"): string | undefined {
  const anchor = parseIsoDate(articleDate);
  switch (expression.kind) {
    case "calendar": {
      const { month, day } = expression;
      const year = expression.year ?? (anchor ? inferYear(anchor, month, day, direction) : undefined);
      if (year === undefined) return undefined;
      return iso(year, month, day);
    }
    case "year":
      return String(expression.year);
    case "weekday": {
      if (!anchor?.month || !anchor.day) return undefined;
      const base = utc(anchor.year, anchor.month, anchor.day);
      const today = base.getUTCDay();
      const delta =
        direction === "future" ? (expression.weekday - today + 7) % 7 || 7 : -((today - expression.weekday + 7) % 7);
      return isoOf(addDays(base, delta), "day");
    }
    case "day-offset": {
      if (!anchor?.month || !anchor.day) return undefined;
      return isoOf(addDays(utc(anchor.year, anchor.month, anchor.day), expression.days), "day");
    }
    case "unit-shift": {
      if (!anchor) return undefined;
      const { unit, shift } = expression;
      if (unit === "year") return String(anchor.year + shift);
      if (!anchor.month) return undefined;
      if (unit === "month") return isoOf(utc(anchor.year, anchor.month + shift, 1), "month");
      // A week is reported as the month its Monday falls in.
      if (!anchor.day) return shift === 0 ? iso(anchor.year, anchor.month) : undefined;
      const day = addDays(utc(anchor.year, anchor.month, anchor.day), 7 * shift);
      const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
      return isoOf(monday, "month");
    }
  }
}

/** The year that puts day/month on the right side of the article date, nearest first. */
function inferYear(anchor: Anchor, month: number, day: number | undefined, direction: DateDirection): number {
  const a = anchor.year * 400 + (anchor.month ?? 6.5) * 32 + (anchor.month ? (anchor.day ?? 16) : 0);
  const at = (y: number) => y * 400 + month * 32 + (day ?? 16);
  const same = at(anchor.year);
  // Same month, no day on either side: the article's own month.
  if (anchor.month === month && (day === undefined || anchor.day === undefined)) return anchor.year;
  if (direction === "past") return same <= a ? anchor.year : anchor.year - 1;
  return same >= a ? anchor.year : anchor.year + 1;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function isoOf(d: Date, precision: "day" | "month"): string {
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, precision === "day" ? d.getUTCDate() : undefined);
}

function iso(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, "0");
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, "0")}`;
}
