import assert from "node:assert/strict";
import { dayRange, mergedDayRanges } from "../../src/export/dates.ts";
import { stripXmlForbidden, xmlAttribute, xmlText } from "../../src/export/xml.ts";
import { csvField } from "../../src/export/csv.ts";
import { listAttribute, listValue } from "../../src/export/values.ts";
import { cypherLiteral, cypherString } from "../../src/export/neo4j/literal.ts";

describe("export/dates", () => {
  const cases: Array<[string | undefined, [string, string] | undefined]> = [
    ["2024", ["2024-01-01", "2024-12-31"]],
    ["2024-02", ["2024-02-01", "2024-02-29"]],
    ["2023-02", ["2023-02-01", "2023-02-28"]],
    ["2025-03-27", ["2025-03-27", "2025-03-27"]],
    ["2025-03-27T10:00:00Z", ["2025-03-27", "2025-03-27"]],
    ["2025-13", undefined],
    ["2025-02-30", undefined],
    ["marzo 2025", undefined],
    ["", undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`dayRange(${JSON.stringify(input)})`, () => {
      const range = dayRange(input);
      assert.deepEqual(range === undefined ? undefined : [range.start, range.end], expected);
    });
  }

  it("merges overlapping ranges and keeps separate ones apart, sorted", () => {
    assert.deepEqual(mergedDayRanges(["2024-06-10", "2024-05", "2024-05-03", undefined, "2024-06-10", "bad"]), [
      { start: "2024-05-01", end: "2024-05-31" },
      { start: "2024-06-10", end: "2024-06-10" },
    ]);
    assert.deepEqual(mergedDayRanges(["2024-05-31", "2024"]), [{ start: "2024-01-01", end: "2024-12-31" }]);
  });
});

describe("export/xml", () => {
  const cases: Array<[string, string, string]> = [
    // input, attribute form, text form
    ['a "b" & <c>', "a &quot;b&quot; &amp; &lt;c&gt;", 'a "b" &amp; &lt;c&gt;'],
    ["riga\nnuova\tcol\r", "riga&#10;nuova&#9;col&#13;", "riga\nnuova\tcol&#13;"],
    ["nul\u0000 bell\u0007 ffff\uFFFF", "nul bell ffff", "nul bell ffff"],
    ["solo \uD800 mezzo", "solo  mezzo", "solo  mezzo"],
    ["emoji 🎉 rtl \u200F ok", "emoji 🎉 rtl \u200F ok", "emoji 🎉 rtl \u200F ok"],
  ];
  for (const [input, attribute, text] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      assert.equal(xmlAttribute(input), attribute);
      assert.equal(xmlText(input), text);
    });
  }
  it("keeps every allowed character", () => {
    assert.equal(stripXmlForbidden("àèìòù €\u00A0\uE000\u{1F600}"), "àèìòù €\u00A0\uE000\u{1F600}");
  });
});

describe("export/csv", () => {
  const cases: Array<[string | number | boolean | null | undefined, string]> = [
    ["semplice", "semplice"],
    ["con, virgola", '"con, virgola"'],
    ['con "virgolette"', '"con ""virgolette"""'],
    ["a capo\nqui", '"a capo\nqui"'],
    ["ritorno\r", '"ritorno\r"'],
    ["'apice' e ;", "'apice' e ;"],
    [0.5, "0.5"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
  ];
  for (const [input, expected] of cases) {
    it(`quotes ${JSON.stringify(input)}`, () => assert.equal(csvField(input), expected));
  }
});

describe("export/neo4j/literal", () => {
  const cases: Array<[string, string]> = [
    ["Ferri", "'Ferri'"],
    ["dell'Uva", "'dell\\'Uva'"],
    ['il "Duro"', "'il \"Duro\"'"],
    ["C:\\temp", "'C:\\\\temp'"],
    // A literal backslash-u stays two characters: `\\` is consumed as a pair by Neo4j's CharStream.
    ["\\u0027", "'\\\\u0027'"],
    ["a\nb\r\tc", "'a\\nb\\r\\tc'"],
    ["nul\u0000", "'nul\\u0000'"],
    ["rtl\u200Fmark\u202E", "'rtl\\u200Fmark\\u202E'"],
    ["riga\u2028", "'riga\\u2028'"],
    ["lone\uD800", "'lone\uFFFD'"],
    ["🎉; //", "'🎉; //'"],
  ];
  for (const [input, expected] of cases) {
    it(`writes ${JSON.stringify(input)} as ${expected}`, () => assert.equal(cypherString(input), expected));
  }

  it("never writes a quote or a backslash as a \\u escape (Neo4j unescapes those before lexing)", () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join("");
    const literal = cypherString(all);
    assert.ok(!/\\u0027|\\u005C|\\u0022/i.test(literal.replaceAll("\\\\", "")));
  });

  it("writes lists, maps, numbers and nulls", () => {
    assert.equal(cypherLiteral({ a: [1, 2.5, null], b: true, c: Number.NaN, d: undefined }), "{a: [1, 2.5, null], b: true, c: null, d: null}");
    assert.throws(() => cypherLiteral({ "bad key": 1 }), /not a plain identifier/);
  });
});

describe("export/values", () => {
  it("listAttribute is the escaped JSON list, for plain and hostile items alike", () => {
    const items = ["Roma", "dell'Uva", 'il "Duro"', "a\\b", "<b>&", "riga\nnuova", "nul\u0000", "🎉", "lone\uD800", "\uFFFF", ""];
    for (const item of items) assert.equal(listAttribute([item, "x"]), xmlAttribute(listValue([item, "x"])), JSON.stringify(item));
    assert.equal(listAttribute([]), "[]");
  });
});
