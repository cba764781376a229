import assert from "node:assert/strict";
import { resolveArticle } from "../../src/extract/resolve/index.ts";
import { splitSwallowedNames } from "../../src/extract/resolve/name-spans.ts";
import { assertNoRole, assertRoleFound, docOf, namesIn, type FoundRow, type Names, type NotFoundRow } from "./helpers.ts";

// Recall round 4 of role phrases: an office said of its next holder ("X sarà il prossimo
// presidente di Y", "Sarà X il nuovo presidente"), the level of an office before its body
// ("il segretario regionale del Partito X"), a newly taken title that names its one holder
// later ("il futuro cancelliere"), and names a tagger misreads before those rules can see
// them. Invented people, parties and towns; real states where a rule reads the gazetteer.

const PARTY: Names = [["Partito Civico", "ORG"], ["Dario Pesci", "PERSON"]];
const FIRMS: Names = [["Fondazione Valtorta", "ORG"], ["Officine Brenta", "ORG"], ["Autostrade Venete", "ORG"], ["Banca Adriatica", "ORG"], ["Credito Lombardo", "ORG"], ["Padova", "GPE"], ["Dario Pesci", "PERSON"], ["Lia Tarsi", "PERSON"], ["Ivo Neri", "PERSON"]];

/** [sentence, names in it, holder, what the role is of] */
const FOUND: FoundRow[] = [
  ["Lia Tarsi sarà la prossima presidente della Polonia.", [["Polonia", "GPE"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "poland"],
  ["Ivo Darga sarà il futuro cancelliere tedesco.", [["Ivo Darga", "PERSON"]], "Ivo Darga", "germany"],
  ["Sarà Ivo Darga il nuovo presidente della Polonia.", [["Polonia", "GPE"], ["Ivo Darga", "PERSON"]], "Ivo Darga", "poland"],
  ["VARSAVIA – Sarà Ivo Darga il prossimo presidente della Polonia.", [["VARSAVIA", "GPE"], ["Polonia", "GPE"], ["Ivo Darga", "PERSON"]], "Ivo Darga", "poland"],
  ["Il segretario regionale del Partito Civico, Dario Pesci, ha parlato.", PARTY, "Dario Pesci", "partito-civico"],
  ["Il segretario provinciale del Partito Civico Dario Pesci ha parlato.", PARTY, "Dario Pesci", "partito-civico"],
  // A kind noun instead of the body's name refers back to the body named as that kind
  ["La Fondazione Valtorta ha sostenuto l'offerta. Il presidente della fondazione, Dario Pesci, ha parlato.", FIRMS, "Dario Pesci", "fondazione-valtorta"],
  ["Officine Brenta, l'azienda con sede a Padova, ha consegnato i treni. Ha parlato l'amministratore delegato dell'azienda, Dario Pesci.", FIRMS, "Dario Pesci", "officine-brenta"],
  ["Sono indagati l'ex presidente di Autostrade Venete, Ivo Neri, e il direttore tecnico della società, Lia Tarsi.", FIRMS, "Lia Tarsi", "autostrade-venete"],
  ["La consigliera comunale di Borgonero Lia Tarsi ha parlato.", [["Borgonero", "GPE"], ["Lia Tarsi", "PERSON"]], "Lia Tarsi", "borgonero"], // coverage: worked before
];

/** [why, sentence, names, holder whose role must not be of `of`] */
const NOT_FOUND: NotFoundRow[] = [
  ["the object of a verb is no predicate nominal's subject", "Ivo Darga ha incontrato il prossimo presidente della Polonia.", [["Polonia", "GPE"], ["Ivo Darga", "PERSON"]], "Ivo Darga", "poland"],
  ["a name before a verb that is no copula", "Parla Ivo Darga il nuovo presidente della Polonia?", [["Polonia", "GPE"], ["Ivo Darga", "PERSON"]], "Ivo Darga", "poland"],
  ["a body named as another kind is not the one a kind noun refers to", "La Fondazione Valtorta ha sostenuto l'offerta. Il presidente della società, Dario Pesci, ha parlato.", FIRMS, "Dario Pesci", "fondazione-valtorta"],
  ["a capitalised kind word opens the body's own name", "Credito Lombardo ha respinto l'offerta. L'amministratore delegato di Banca Adriatica, Lia Tarsi, ha parlato.", FIRMS, "Lia Tarsi", "credito-lombardo"],
  ["a body named three sentences back is too far to refer to", "La Fondazione Valtorta ha votato. Piove. Fa freddo. Il presidente della fondazione, Dario Pesci, ha parlato.", FIRMS, "Dario Pesci", "fondazione-valtorta"],
  ["a level word after the body is not the title's", "Il segretario Dario Pesci ha lasciato il Partito Civico regionale.", PARTY, "Dario Pesci", "partito-civico"],
];

describe("findRolePhrases: recall round 4 (invented names)", () => {
  for (const [text, names, holder, of] of FOUND) {
    it(`${holder} → ${of}: ${text}`, () => {
      assertRoleFound(text, names, holder, of);
    });
  }
  for (const [why, text, names, holder, of] of NOT_FOUND) {
    it(`not: ${why}`, () => {
      assertNoRole(text, names, holder, of);
    });
  }
});

/** The entity a role phrase starting with `phrase` resolves to, or undefined. */
function roleEntity(text: string, names: Names, phrase: string): string | undefined {
  const doc = docOf(text);
  const r = resolveArticle(doc, namesIn(doc, names));
  return r.mentions.find((m) => m.kind === "role" && m.text.startsWith(phrase))?.entity;
}

describe("resolveArticle: a newly taken title names its one holder", () => {
  const TWO: Names = [["Ivo Darga", "PERSON"], ["Lajos Ferenc", "PERSON"]];
  it("the future chancellor is the one person the article makes chancellor", () => {
    assert.equal(roleEntity("Ivo Darga sarà il prossimo cancelliere tedesco. Lajos Ferenc si è complimentato con il futuro cancelliere.", TWO, "il futuro cancelliere"), "ivo-darga");
  });
  it("the new mayor is the one person the article makes mayor", () => {
    assert.equal(roleEntity("Lia Tarsi è la sindaca di Borgonero. Ivo Darga ha scritto alla neo sindaca.", [["Borgonero", "GPE"], ["Lia Tarsi", "PERSON"], ["Ivo Darga", "PERSON"]], "neo sindaca"), "lia-tarsi");
  });
  it("not: a title two people hold names neither", () => {
    const text = "Ivo Darga sarà il prossimo cancelliere tedesco. Lajos Ferenc è il cancelliere austriaco. Tutti parlano del futuro cancelliere.";
    assert.equal(roleEntity(text, TWO, "futuro cancelliere"), undefined);
  });
  it("not: a bare title without 'new' or 'future' still names no one", () => {
    assert.equal(roleEntity("Ivo Darga sarà il prossimo cancelliere tedesco. Lajos Ferenc ha criticato il cancelliere.", TWO, "il cancelliere"), undefined);
  });
});

describe("splitSwallowedNames: round 4", () => {
  const after = (text: string, names: Names) => {
    const doc = docOf(text);
    return splitSwallowedNames(doc, namesIn(doc, names)).map((m) => `${m.text}/${m.type}`);
  };
  it("drops a capitalised copula the tagger took into a person's name", () => {
    assert.deepEqual(after("Sarà Ivo Darga il nuovo presidente.", [["Sarà Ivo Darga", "PERSON"]]), ["Ivo Darga/PERSON"]);
  });
  it("not: a two-word name after the copula stays whole (too short to hold a verb and a name)", () => {
    assert.deepEqual(after("Era Darga il favorito.", [["Era Darga", "PERSON"]]), ["Era Darga/PERSON"]);
  });
  /** [sentence, the name as the tagger typed it, type after] */
  const TYPED: Array<[string, string, string]> = [
    ["Il sindacato dei bancari Fenal ha firmato.", "Fenal", "ORG"],
    ["Il movimento d'opposizione Nuova Terra ha votato.", "Nuova Terra", "ORG"],
    ["Il movimento Nuova Terra ha votato.", "Nuova Terra", "ORG"],
    // must NOT: a person's party, a person named after a body's kind
    ["Il partito di Bortolami ha votato.", "Bortolami", "PERSON"],
    ["Il presidente del movimento Dario Pesci ha votato.", "Dario Pesci", "PERSON"],
    ["Il partito dell'ex deputato Bortolami ha votato.", "Bortolami", "PERSON"],
  ];
  for (const [text, name, type] of TYPED) {
    it(`${name} is ${type}: ${text}`, () => {
      assert.deepEqual(after(text, [[name, "PERSON"]]), [`${name}/${type}`]);
    });
  }
});
