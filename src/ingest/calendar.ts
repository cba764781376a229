// Italian month and weekday names for reading publication lines. Taken from the runtime's
// own locale data (Intl, ICU) so ingest needs no lexicon from the later nlp stage.

const monthFormat = new Intl.DateTimeFormat("it", { month: "long", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("it", { weekday: "long", timeZone: "UTC" });

const withoutAccents = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "");

/** "gennaio" → 1 … "dicembre" → 12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 12 }, (_, i): [string, number] => [monthFormat.format(new Date(Date.UTC(2000, i, 1))), i + 1]),
);

/** "domenica" → 0 … "sabato" → 6, also without the accent ("lunedi"), as scraped text often has it. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 7 }, (_, d) => weekdayFormat.format(new Date(Date.UTC(2000, 0, 2 + d)))).flatMap(
    (name, d): Array<[string, number]> => [[name, d], [withoutAccents(name), d]],
  ),
);
