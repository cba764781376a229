import assert from "node:assert/strict";
import type { EntityType } from "../../src/types.ts";
import { describeRoleTables, docOf, namesIn, type FoundRow, type Names, type NotFoundRow } from "./helpers.ts";
import { splitSwallowedNames } from "../../src/extract/resolve/name-spans.ts";

// Recall round 3 of role phrases: a minister's portfolio with the nationality after it,
// which a tagger reads as one body ("il ministro delle Finanze nipponico X": ORG "Finanze
// nipponico"), and the chancellor's titles. Invented people; the states are real because
// the rule reads the demonym lexicon. Then the topic state among several: one named as an
// actor far more often than any other.

const GREECE: Names = [["Grecia", "GPE"], ["Atene", "GPE"], ["Italia", "GPE"], ["Turchia", "GPE"], ["Nikos Varvakis", "PERSON"]];
const DENMARK: Names = [["Danimarca", "GPE"], ["Copenaghen", "GPE"], ["Italia", "GPE"], ["Nils Aksel", "PERSON"]];

/** [sentence, names in it (the portfolio span as the tagger gives it), holder, what the role is of] */
const FOUND: FoundRow[] = [
  ["Il segretario al Commercio statunitense Howard Pell ha parlato.", [["Commercio statunitense", "ORG"], ["Howard Pell", "PERSON"]], "Howard Pell", "united-states"],
  ["Il ministro delle Finanze nipponico Kenji Arata ha parlato.", [["Finanze nipponico", "ORG"], ["Kenji Arata", "PERSON"]], "Kenji Arata", "japan"],
  ["La ministra della Salute spagnola Lucia Marin ha parlato.", [["Salute spagnola", "ORG"], ["Lucia Marin", "PERSON"]], "Lucia Marin", "spain"],
  ["Il sottosegretario alla Giustizia austriaco Felix Brandl ha parlato.", [["Giustizia austriaco", "ORG"], ["Felix Brandl", "PERSON"]], "Felix Brandl", "austria"],
  ["La cancelliera dello Scacchiere britannica Ruth Kemble ha parlato.", [["Scacchiere britannica", "ORG"], ["Ruth Kemble", "PERSON"]], "Ruth Kemble", "united-kingdom"],
  ["La cancelliera dello Scacchiere Ruth Kemble ha parlato.", [["Ruth Kemble", "PERSON"]], "Ruth Kemble", "united-kingdom"],
  ["La cancelliera Greta Vogel ha parlato. La Germania ha votato.", [["Greta Vogel", "PERSON"], ["Germania", "GPE"]], "Greta Vogel", "germany"],
  // The state named as an actor at least three times, twice as often as any other
  ["La Grecia brucia. La Grecia chiede aiuto. Atene ringrazia l'Italia. Il premier Nikos Varvakis ha parlato.", GREECE, "Nikos Varvakis", "greece"],
  ["La Danimarca protesta. Copenaghen convoca l'ambasciatore. La Danimarca e l'Italia firmano. Il premier Nils Aksel ha parlato.", DENMARK, "Nils Aksel", "denmark"],
  // A portfolio of two
  ["Il ministro delle Foreste e dei Laghi, Dario Vessi, ha parlato.", [["Dario Vessi", "PERSON"]], "Dario Vessi", "italy"],
  ["Il ministro delle Foreste e dei Laghi francese Pierre Gaudin ha parlato.", [["Pierre Gaudin", "PERSON"]], "Pierre Gaudin", "france"],
  // Feminine titles
  ["La segretaria della Federazione Nazionale, Lia Tarsi, ha parlato.", [["Federazione Nazionale", "ORG"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "federazione-nazionale"],
  ["La sindaca di Borgonero Lia Tarsi ha parlato.", [["Borgonero", "GPE"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "borgonero"],
  ["La ministra dell'Interno Lia Tarsi ha parlato.", [["Lia Tarsi", "PERSON"]], "Lia Tarsi", "italy"],
  ["La consigliera della Federazione Nazionale Lia Tarsi ha parlato.", [["Federazione Nazionale", "ORG"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "federazione-nazionale"],
  // Not split by the tagger: the nationality on its own (coverage: worked before).
  ["Il ministro delle Finanze nipponico Kenji Arata ha parlato.", [["Kenji Arata", "PERSON"]], "Kenji Arata", "japan"],
];

/** [why, sentence, names, holder whose role must not be of `of`] */
const NOT_FOUND: NotFoundRow[] = [
  ["a president presides over a body, not a portfolio", "Il presidente della Compagnia nipponica Ivo Tarsi ha parlato.", [["Compagnia nipponica", "ORG"], ["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "japan"],
  ["two states named about as often leave the title's unknown", "La Grecia brucia. La Grecia chiede aiuto. La Turchia invia aerei. La Turchia e Atene trattano. Il premier Nikos Varvakis ha parlato.", GREECE, "Nikos Varvakis", "greece"],
  ["Italy named most is no topic", "L'Italia aiuta. L'Italia invia aerei. L'Italia e la Grecia trattano. Il premier Nikos Varvakis ha parlato.", GREECE, "Nikos Varvakis", "greece"],
  ["a qualifier the lexicon does not know names another state", "La Danimarca protesta. Copenaghen convoca l'ambasciatore. La Danimarca vota. Il primo ministro borduriano Nils Aksel ha parlato. Il premier Nils Aksel ha poi votato.", DENMARK, "Nils Aksel", "denmark"],
  ["a town after the holder's verb is no title's", "La sindaca Lia Tarsi ha parlato a Borgonero.", [["Borgonero", "GPE"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "borgonero"],
  ["a secretary's body after her verb is no title's", "La segretaria Lia Tarsi ha lasciato la Federazione Nazionale.", [["Federazione Nazionale", "ORG"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "federazione-nazionale"],
  ["a second title after 'e' is another person's", "Il ministro delle Foreste e il presidente della Federazione Nazionale Ivo Tarsi hanno parlato.", [["Federazione Nazionale", "ORG"], ["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "italy"],
  ["a body after 'e' is no portfolio", "Il ministro delle Foreste e della Federazione Nazionale Ivo Tarsi ha parlato.", [["Federazione Nazionale", "ORG"], ["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "italy"],
  ["a body after a verb is no portfolio", "Il ministro Ivo Tarsi ha visitato la Compagnia nipponica.", [["Compagnia nipponica", "ORG"], ["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "japan"],
];

/** [why, sentence, names, the span that must stay a name] */
const KEPT: Array<[string, string, Names, string]> = [
  ["no title before the preposition", "I conti della Compagnia nipponica sono in ordine.", [["Compagnia nipponica", "ORG"]], "Compagnia nipponica"],
  ["a president's body", "Il presidente della Compagnia nipponica ha parlato.", [["Compagnia nipponica", "ORG"]], "Compagnia nipponica"],
  ["a lower-case word inside is a body's name", "Il ministro della Marina mercantile greca ha parlato.", [["Marina mercantile greca", "ORG"]], "Marina mercantile greca"],
  ["a verb between the title and the body", "Il ministro ha lodato la Compagnia nipponica.", [["Compagnia nipponica", "ORG"]], "Compagnia nipponica"],
];

describeRoleTables("findRolePhrases: recall round 3 (invented names)", FOUND, NOT_FOUND);

describe("splitSwallowedNames: a portfolio with its nationality is no name", () => {
  const spanType = (text: string, names: Names, span: string): EntityType | undefined => {
    const doc = docOf(text);
    return splitSwallowedNames(doc, namesIn(doc, names)).find((m) => m.text === span)?.type;
  };
  it("drops the span after a minister's title", () => {
    assert.equal(spanType("Il ministro delle Finanze nipponico Kenji Arata ha parlato.", [["Finanze nipponico", "ORG"]], "Finanze nipponico"), undefined);
  });
  for (const [why, text, names, span] of KEPT) {
    it(`keeps: ${why}`, () => {
      assert.equal(spanType(text, names, span), "ORG");
    });
  }
});
