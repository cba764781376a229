import assert from "node:assert/strict";
import type { EntityType, Mention } from "../../src/types.ts";
import { keepOneTypePerName } from "../../src/ner/consistency.ts";
import { sentencePieces } from "../../src/nlp/it/gazetteer/sentence-pieces.ts";
import { docOf, namesIn } from "../resolve/helpers.ts";

// One sense per name within an article, given mentions as the pooled sources leave them.
function run(text: string, names: Array<[string, EntityType, string]>): Array<[string, EntityType]> {
  const doc = docOf(text);
  const mentions: Mention[] = [];
  for (const [name, type, by] of names) {
    for (const m of namesIn(doc, [[name, type]])) {
      if (mentions.some((o) => o.start < m.end && m.start < o.end)) continue;
      mentions.push({ ...m, provenance: [{ by, why: "test" }] });
    }
  }
  return keepOneTypePerName(doc, mentions, doc.sentences.map(sentencePieces)).map((m) => [m.text, m.type]);
}

describe("recognise: one type per name", () => {
  it("gives a name the type of its most trusted source", () => {
    const out = run("Ieri Valbruna ha votato. Il sindaco di Valbruna tace.", [["Valbruna", "GPE", "ner:perceptron"]]);
    assert.deepEqual(out, [["Valbruna", "GPE"], ["Valbruna", "GPE"]]);
    const listed = run("La Yonhap scrive. Yonhap conferma.", [["Yonhap", "ORG", "gazetteer:organisations"], ["Yonhap", "GPE", "ner:perceptron"]]);
    assert.deepEqual(listed.map(([, t]) => t), ["ORG", "ORG"]);
  });

  it("reads the first word of a company's name as that company when only the model disagrees", () => {
    const out = run("L'azienda Brunelli Marmi ha chiuso. Secondo Brunelli Marmi la domanda cala. La Brunelli ha annunciato tagli.", [
      ["Brunelli Marmi", "ORG", "rule:org-cue"],
      ["Brunelli", "PERSON", "ner:perceptron"],
    ]);
    assert.deepEqual(out, [["Brunelli Marmi", "ORG"], ["Brunelli Marmi", "ORG"], ["Brunelli", "ORG"]]);
    const person = run("Ieri Ada Brunelli ha parlato della Brunelli Costruzioni. Poi Brunelli ha taciuto.", [
      ["Ada Brunelli", "PERSON", "ner:perceptron"],
      ["Brunelli Costruzioni", "ORG", "rule:company-word"],
      ["Brunelli", "PERSON", "ner:perceptron"],
    ]);
    assert.deepEqual(person, [["Ada Brunelli", "PERSON"], ["Brunelli Costruzioni", "ORG"], ["Brunelli", "PERSON"]], "a person's surname stays a person");
  });

  it("reads a word of a person's full name as that person when only the model disagrees", () => {
    const out = run("Ieri Ornella Vastacchi ha parlato. Poi Ornella ha taciuto.", [
      ["Ornella Vastacchi", "PERSON", "ner:perceptron"],
      ["Ornella", "GPE", "ner:perceptron"],
    ]);
    assert.deepEqual(out, [["Ornella Vastacchi", "PERSON"], ["Ornella", "PERSON"]]);
    const listed = run("Ieri Sofia Bertanza ha parlato. Poi è volata a Sofia.", [
      ["Sofia Bertanza", "PERSON", "ner:perceptron"],
      ["Sofia", "GPE", "gazetteer:cities"],
    ]);
    assert.deepEqual(listed, [["Sofia Bertanza", "PERSON"], ["Sofia", "GPE"]], "a listed city stays a city");
  });

  it("finds a surname again where the sources missed it, never inside another name", () => {
    const out = run("Ieri Ornella Vastacchi ha parlato. Vastacchi ha poi smentito.", [["Ornella Vastacchi", "PERSON", "ner:perceptron"]]);
    assert.deepEqual(out, [["Ornella Vastacchi", "PERSON"], ["Vastacchi", "PERSON"]]);
  });

  it("does not find lower-case words again", () => {
    const out = run("La Rosa ha parlato. Una rosa rossa.", [["Rosa", "PERSON", "ner:perceptron"]]);
    assert.deepEqual(out, [["Rosa", "PERSON"]]);
  });
});
