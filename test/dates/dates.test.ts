import { strict as assert } from "node:assert";
import { findDates, resolveDate, type DateDirection } from "../../src/extract/dates/index.ts";
import { analyse } from "../../src/nlp/it/index.ts";
import { fold } from "../../src/nlp/it/lexicon/function-words.ts";

function words(text: string): string[] {
  const doc = analyse({ id: "t", source: "t", text, masked: [], encoding: "utf-8", hash: "" });
  return doc.sentences.flatMap((s) => s.tokens.map((t) => fold(t.text)));
}

function dateOf(text: string, articleDate: string | undefined, direction: DateDirection = "past"): string | undefined {
  const found = findDates(words(text));
  assert.ok(found.length >= 1, `a time expression in '${text}'`);
  return resolveDate(found[0]!.expression, articleDate, direction);
}

// [expression, article date, direction, ISO date]
const TABLE: Array<[string, string | undefined, DateDirection, string | undefined]> = [
  // 2025-03-29 is a Saturday.
  ["la scorsa settimana", "2025-03-29", "past", "2025-03"],
  ["la settimana scorsa", "2025-03-05", "past", "2025-02"],
  ["giovedì", "2025-03-29", "past", "2025-03-27"],
  ["giovedì", "2025-03-29", "future", "2025-04-03"],
  ["il 19 dicembre", "2025-01-10", "past", "2024-12-19"],
  ["il 19 dicembre", "2024-12-23", "past", "2024-12-19"],
  ["il 19 dicembre", "2024-11-02", "future", "2024-12-19"],
  ["nell'aprile 2019", "2025-03-29", "past", "2019-04"],
  ["a gennaio e febbraio", "2025-03-29", "past", "2025-01"],
  ["a settembre", "2025-03-29", "future", "2025-09"],
  ["in ottobre", "2025-03-29", "past", "2024-10"],
  ["l'anno scorso", "2025-03-29", "past", "2024"],
  ["lo scorso anno", "2025-03", "past", "2024"],
  ["quest'anno", "2025-03", "past", "2025"],
  ["questo mese", "2023-09", "future", "2023-09"],
  ["il mese scorso", "2025-01-10", "past", "2024-12"],
  ["il 1° novembre", "2024-11-20", "past", "2024-11-01"],
  ["ieri", "2025-03-01", "past", "2025-02-28"],
  ["oggi", "2025-03-29", "past", "2025-03-29"],
  ["domani", "2024-12-31", "future", "2025-01-01"],
  ["dal 10 al 13 settembre", "2023-09", "future", "2023-09-10"],
  ["nel 2019", undefined, "past", "2019"],
  ["nell'aprile 2019", undefined, "past", "2019-04"],
  ["il 19 dicembre 2024", undefined, "past", "2024-12-19"],
  // Not pinned down without a (precise enough) article date.
  ["il 19 dicembre", undefined, "past", undefined],
  ["ieri", undefined, "past", undefined],
  ["giovedì", "2023-09", "past", undefined],
  ["la scorsa settimana", "2023-09", "past", undefined],
];

describe("dates: time expressions resolved against the article date", () => {
  for (const [text, article, direction, expected] of TABLE)
    it(`'${text}' (article ${article ?? "undated"}, ${direction}) → ${expected ?? "nothing"}`, () => {
      assert.equal(dateOf(text, article, direction), expected);
    });
  it("finds no date in a sentence without one", () => {
    assert.deepEqual(findDates(words("Il ministro ha incontrato il suo omologo a Parigi.")), []);
  });
  it("reads 'giovedì 19 dicembre' once, as the calendar date", () => {
    const found = findDates(words("giovedì 19 dicembre"));
    assert.equal(found.length, 1);
    assert.equal(resolveDate(found[0]!.expression, "2024-12-23"), "2024-12-19");
  });
});
