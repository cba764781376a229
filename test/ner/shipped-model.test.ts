import assert from "node:assert/strict";
import { spansOf, tagDocument, tagTokens, tagTokensScored } from "../../src/ner/index.ts";

// The shipped model on invented sentences: made-up people, places and firms in ordinary
// news phrasing. These check that the model is sensible, not that it is perfect.

function entities(text: string): string[] {
  const tokens = text.split(" ");
  return spansOf(tagTokens(tokens)).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(" ")}`);
}

describe("shipped NER model", function () {
  this.timeout(20000);

  const cases: Array<[string, string[]]> = [
    [
      "Il ministro Gianfranco Brusati ha incontrato a Pontelungo i dirigenti delle Officine Meccaniche Sarvoni .",
      ["PER:Gianfranco Brusati", "LOC:Pontelungo", "ORG:Officine Meccaniche Sarvoni"],
    ],
    ["La sindaca Ottavia Melzani è arrivata ieri a Pontelungo .", ["PER:Ottavia Melzani", "LOC:Pontelungo"]],
    ["Secondo la Banca Popolare di Valtrebbia i conti sono in ordine .", ["ORG:Banca Popolare di Valtrebbia"]],
    ["Il presidente francese ha parlato a Parigi con il cancelliere tedesco .", ["LOC:Parigi"]],
  ];
  for (const [text, want] of cases) {
    it(`finds ${want.join(", ")}`, () => {
      assert.deepEqual(entities(text), want);
    });
  }

  // Known weakness, kept visible: a firm named "<Noun> <Adjective> <Surname>" whose head
  // word never occurs in training is split into ORG "Fabbrica" + PER "Tessile Lunardi".
  it.skip("finds ORG:Fabbrica Tessile Lunardi (known failure of the current model)", () => {
    assert.deepEqual(entities("Il ministro Gianfranco Brusati ha incontrato a Valdoria i dirigenti della Fabbrica Tessile Lunardi ."), [
      "PER:Gianfranco Brusati",
      "LOC:Valdoria",
      "ORG:Fabbrica Tessile Lunardi",
    ]);
  });

  const nothing = [
    "Il governo ha approvato ieri la legge di bilancio dopo una lunga discussione .",
    "la pioggia è caduta per tutta la notte sulla città .",
    "I prezzi sono saliti del 3 per cento a marzo .",
  ];
  for (const text of nothing) {
    it(`finds no person or place in "${text}"`, () => {
      assert.deepEqual(entities(text).filter((e) => !e.startsWith("ORG:")), []);
    });
  }

  it("gives one valid BIO tag per token, and none for no tokens", () => {
    assert.deepEqual(tagTokens([]), []);
    const tags = tagTokens(["Roma", ",", "3", "maggio"]);
    assert.equal(tags.length, 4);
  });

  it("copes with odd tokens, very long sentences and empty sentences", () => {
    assert.equal(tagTokens(["", "\u0001", "😀", "İstanbul", "ß", "Roma"]).length, 6);
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? "Valdoria" : "di"));
    assert.equal(tagTokens(long).length, 5000);
    assert.deepEqual(tagDocument([[], ["Pontelungo"], []]).map((t) => t.length), [0, 1, 0]);
  });

  it("scores spans with a confidence in [0, 1]", () => {
    const { tags, spans } = tagTokensScored("Il ministro Gianfranco Brusati parla .".split(" "));
    assert.equal(spans.length, spansOf(tags).length);
    for (const s of spans) assert.ok(s.confidence > 0 && s.confidence <= 1, String(s.confidence));
  });

  it("tags a document: one tag per token, sentence by sentence", () => {
    const doc = [
      "Le Officine Meccaniche Sarvoni hanno chiuso lo stabilimento di Valdoria .",
      "Il sindaco Remo Tarsilli ha chiesto un incontro .",
      "Tarsilli ha detto che le Officine Meccaniche Sarvoni devono restare a Valdoria .",
    ].map((s) => s.split(" "));
    const tagged = tagDocument(doc);
    assert.deepEqual(tagged.map((t) => t.length), doc.map((s) => s.length));
    assert.deepEqual(tagged[0]!.slice(1, 4), ["B-ORG", "I-ORG", "I-ORG"]);
    assert.equal(tagged[2]![0], "B-PER", "the surname alone keeps the type of the full name");
  });
});
