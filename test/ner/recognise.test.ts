import assert from "node:assert/strict";
import { recognise, resolveRecogniseSettings, syllableNames } from "../../src/ner/recognise.ts";
import { RANK, type Candidate } from "../../src/ner/candidate.ts";
import { capitalisedRuns } from "../../src/ner/name-rules.ts";
import { SettingsError } from "../../src/errors.ts";
import { docOf } from "../resolve/helpers.ts";

// Lists and rules only (useModel: false), so these tests say what the gazetteers and
// the shape rules do whatever the trained model does.
function names(text: string): Array<[string, string, string]> {
  return recognise(docOf(text), { useModel: false }).map((m) => [m.text, m.type, m.provenance[0]!.by]);
}

function typed(text: string): string[] {
  return names(text).map(([t, type]) => `${t}/${type}`);
}

describe("recognise", () => {
  it("finds listed names with their types", () => {
    const table: Array<[string, string[]]> = [
      ["Il ministro è arrivato in Corea del Nord ieri.", ["Corea del Nord/GPE"]],
      ["Secondo il New York Times, Mosca ha risposto.", ["New York Times/ORG", "Mosca/GPE"]],
      ["Le navi attraversano il Mar Nero e il Medio Oriente.", ["Mar Nero/LOC", "Medio Oriente/LOC"]],
      ["La Casa Bianca e il Cremlino tacciono.", ["Casa Bianca/ORG", "Cremlino/ORG"]],
      ["Lo ha riferito l'agenzia Yonhap da Seul.", ["Yonhap/ORG", "Seul/GPE"]],
      ["Vladivostok, città dell'Estremo Oriente russo, ospita il vertice.", ["Vladivostok/GPE", "Estremo Oriente russo/LOC"]],
      ["Gli USA hanno risposto.", ["USA/GPE"]],
      ["Lo ha detto l'Fbi in una nota.", ["Fbi/ORG"]],
    ];
    for (const [text, expected] of table) assert.deepEqual(typed(text), expected, text);
  });

  it("finds names by shape and cue where no list knows them", () => {
    const table: Array<[string, string, string, string]> = [
      ["Il governo parteciperà al Baltic Timber Forum a settembre.", "Baltic Timber Forum", "EVENT", "rule:event-name"],
      ["Si aprirà il Forum economico danubiano domani.", "Forum economico danubiano", "EVENT", "rule:event-name"],
      ["Le immagini fornite dalla società Nordvik Analytics mostrano i danni.", "Nordvik Analytics", "ORG", "rule:org-cue"],
      ["Lo ha riferito l'agenzia di stampa statale iraniana Parsvak.", "Parsvak", "ORG", "rule:org-cue"],
      ["Lo riferisce TeleVarna24 in serata.", "TeleVarna24", "ORG", "rule:brand-shape"],
      ["Durante un evento di Silver Pine Georgia a Roma.", "Silver Pine Georgia", "ORG", "rule:name-with-place"],
      ["Ha parlato il portavoce Ilarion Velikovskij in serata.", "Ilarion Velikovskij", "PERSON", "rule:role-name"],
      ["Lo ha detto il ministero degli Esteri cinese in una nota.", "ministero degli Esteri cinese", "ORG", "rule:ministry"],
      ["Lo ha deciso il governo tedesco in serata.", "governo tedesco", "ORG", "rule:institution"],
      ["Le forze armate ucraine hanno respinto l'attacco.", "forze armate ucraine", "ORG", "rule:institution"],
    ];
    for (const [text, name, type, by] of table) {
      const found = names(text).find(([t]) => t === name);
      assert.ok(found, `${name} in: ${text} (got ${JSON.stringify(names(text))})`);
      assert.equal(found[1], type, text);
      assert.equal(found[2], by, text);
    }
  });

  it("finds a name again where it recurs, with the type it had", () => {
    const found = typed("Ha parlato il portavoce Anton Velikovskij. Più tardi Velikovskij ha smentito.");
    assert.deepEqual(found, ["Anton Velikovskij/PERSON", "Velikovskij/PERSON"]);
  });

  it("does not take common words, sentence openers or lower-case words for names", () => {
    const table = [
      "Questa notizia è stata riportata ieri.",
      "Circa 4.000 di loro sono stati feriti.",
      "Ciò rende possibile risolvere questioni importanti.",
      "Il Paese asiatico ha risposto.",
      "la gente usa il telefono per la corea e la russia.",
      "Il ministero degli Esteri ha risposto.",
      "Il governo ha risposto alla polizia.",
      "Possibile cooperazione militare tra le due nazioni.",
      "Il treno arriva a San Gallo stasera.",
    ];
    for (const text of table) assert.deepEqual(typed(text), [], text);
  });

  it("keeps the longest of overlapping names", () => {
    assert.deepEqual(typed("Lo scrive il New York Times."), ["New York Times/ORG"]);
    assert.deepEqual(typed("Si è riunito il Consiglio di sicurezza nazionale."), ["Consiglio di sicurezza nazionale/ORG"]);
  });

  it("gives offsets into the article text and token ranges", () => {
    const doc = docOf("Ieri a Parigi. Poi il presidente è tornato a Pechino.");
    const ms = recognise(doc, { useModel: false });
    for (const m of ms) {
      assert.equal(doc.article.text.slice(m.start, m.end), m.text);
      const toks = doc.sentences[m.sentence]!.tokens;
      assert.equal(toks[m.tokenStart]!.start, m.start);
      assert.equal(toks[m.tokenEnd - 1]!.end, m.end);
      assert.equal(m.kind, "name");
      assert.ok(m.provenance[0]!.why);
    }
    assert.deepEqual(ms.map((m) => m.sentence), [0, 1]);
  });

  it("validates its settings", () => {
    assert.throws(() => resolveRecogniseSettings({ minModelConfidence: 2 }), (e: unknown) => e instanceof SettingsError && /minModelConfidence/.test(e.message));
  });
});

describe("recognise: long listed names in lower case", () => {
  it("finds a long institution name written in lower case, not a short one", () => {
    assert.deepEqual(typed("Il portavoce del consiglio per la sicurezza nazionale ha parlato."), ["consiglio per la sicurezza nazionale/ORG"]);
    assert.deepEqual(typed("Gli stati uniti d'europa restano un sogno."), []);
  });
});

describe("recognise: Korean and Chinese names the model cut short", () => {
  const model = (sentence: number, tokenStart: number, tokenEnd: number): Candidate => ({
    sentence, tokenStart, tokenEnd, start: 0, end: 0, type: "ORG", by: "ner:perceptron", why: "test", rank: RANK.model, score: 0.8,
  });

  it("extends a family name the model read alone over the given-name syllables", () => {
    const doc = docOf("Il ministro ha ricevuto Pak Sol Mi ieri.");
    const s = doc.sentences[0]!;
    const at = s.tokens.findIndex((t) => t.text === "Pak");
    const found = syllableNames(s, capitalisedRuns(s), [model(0, at, at + 1)]);
    assert.deepEqual(found.map((c) => [s.tokens.slice(c.tokenStart, c.tokenEnd).map((t) => t.text).join(" "), c.type]), [["Pak Sol Mi", "PERSON"]]);
  });

  it("leaves alone runs the model did not start, long words and places", () => {
    for (const [text, first] of [["Il ministro ha ricevuto Pak Sol Mi ieri.", ""], ["Ha vinto Best Band ieri.", "Best"], ["Siamo a San Gallo ieri.", "San"]] as const) {
      const s = docOf(text).sentences[0]!;
      const at = s.tokens.findIndex((t) => t.text === first);
      const pool = at >= 0 ? [model(0, at, at + 1)] : [];
      assert.deepEqual(syllableNames(s, capitalisedRuns(s), pool), [], text);
    }
  });
});
