// Italian date words: months, weekdays, and relative expressions with their offset.

export const MONTHS: ReadonlyMap<string, number> = new Map(
  ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"].map(
    (m, i): [string, number] => [m, i + 1],
  ),
);

/** Weekday → JavaScript day number (Sunday 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["domenica", 0], ["lunedì", 1], ["lunedi", 1], ["martedì", 2], ["martedi", 2], ["mercoledì", 3], ["mercoledi", 3],
  ["giovedì", 4], ["giovedi", 4], ["venerdì", 5], ["venerdi", 5], ["sabato", 6],
]);

/** Single words naming a day relative to the article date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["oggi", 0], ["stamattina", 0], ["stamane", 0], ["stasera", 0], ["stanotte", 0], ["ieri", -1], ["domani", 1],
  ["dopodomani", 2], ["l'altroieri", -2], ["altroieri", -2],
]);

export type DateUnit = "week" | "month" | "year";
export const UNIT_WORDS: ReadonlyMap<string, DateUnit> = new Map([
  ["settimana", "week"], ["mese", "month"], ["anno", "year"], ["quest'anno", "year"],
]);

/** Words that shift a unit: "la scorsa settimana", "il mese prossimo", "quest'anno". */
export const SHIFT_WORDS: ReadonlyMap<string, number> = new Map([
  ["scorso", -1], ["scorsa", -1], ["passato", -1], ["passata", -1], ["precedente", -1],
  ["prossimo", 1], ["prossima", 1], ["venturo", 1], ["ventura", 1], ["successivo", 1],
  ["questo", 0], ["questa", 0], ["corrente", 0], ["stesso", 0], ["stessa", 0],
]);
