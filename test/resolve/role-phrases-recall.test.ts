import assert from "node:assert/strict";
import { findRolePhrases, resolveArticle } from "../../src/extract/resolve/index.ts";
import { assertNoRole, assertRoleFound, docOf, namesIn, type FoundRow, type NotFoundRow } from "./helpers.ts";

// Role phrases as Italian news writes them: remits between title and name, appositions,
// predicate nominals, the Union's offices, bare Italian titles, a town's mayor. Invented
// people, parties and towns only.


/** [sentence, names in it, holder expected, what the role is of] */
const FOUND: FoundRow[] = [
  // A remit between the title (or its body) and the name
  ["Il commissario europeo al Commercio Aldo Verri sarà a Pechino.", [["Aldo Verri", "PERSON"], ["Pechino", "GPE"]], "Aldo Verri", "european-commission"],
  ["L'Alto commissario delle Nazioni Unite per i diritti umani Pavel Orlik ha parlato.", [["Nazioni Unite", "ORG"], ["Pavel Orlik", "PERSON"]], "Pavel Orlik", "united-nations"],
  ["L'inviato americano per l'Africa John Harker è arrivato.", [["Africa", "LOC"], ["John Harker", "PERSON"]], "John Harker", "united-states"],
  ["L'ambasciatore italiano a Mosca Cecilia Pironi è stata convocata.", [["Mosca", "GPE"], ["Cecilia Pironi", "PERSON"]], "Cecilia Pironi", "italy"],
  // A name starting inside a longer title ends the title there
  ["Il presidente del Consiglio europeo Luís Moreira ha parlato.", [["Consiglio europeo", "ORG"], ["Luís Moreira", "PERSON"]], "Luís Moreira", "european-council"],
  // The Union's offices by their adjective
  ["Il capo della diplomazia europea Ilse Varga ha parlato.", [["Ilse Varga", "PERSON"]], "Ilse Varga", "european-union"],
  // An apposition describing the holder before his name
  ["L'inviato speciale dell'Ue per il dialogo, il diplomatico danese Anders Holm, ha parlato.", [["Ue", "ORG"], ["Anders Holm", "PERSON"]], "Anders Holm", "european-union"],
  // One describing word between "di" and the body
  ["Jan Kovář, leader del partito Alleanza Civica, ha vinto.", [["Jan Kovář", "PERSON"], ["Alleanza Civica", "ORG"]], "Jan Kovář", "alleanza-civica"],
  ["Abu Sami, vicecomandante dell'autoproclamato Esercito nazionale sirtico, ha parlato.", [["Abu Sami", "PERSON"], ["Esercito nazionale sirtico", "ORG"]], "Abu Sami", "esercito-nazionale-sirtico"],
  // Predicate nominals and appointments
  ["Ernesto Valli è il nuovo amministratore delegato di Ferrovie Meccaniche Adriatiche.", [["Ernesto Valli", "PERSON"], ["Ferrovie Meccaniche Adriatiche", "ORG"]], "Ernesto Valli", "ferrovie-meccaniche-adriatiche"],
  ["Marta Ruiz è stata eletta presidente della Regione Marcona.", [["Marta Ruiz", "PERSON"], ["Regione Marcona", "ORG"]], "Marta Ruiz", "regione-marcona"],
  ["Luca Doria, eletto sindaco di Borgonero, ha giurato.", [["Luca Doria", "PERSON"], ["Borgonero", "GPE"]], "Luca Doria", "borgonero"],
  // Titles the list lacked
  ["Il vicepremier cinese Wu Hanlin ha parlato.", [["Wu Hanlin", "PERSON"]], "Wu Hanlin", "china"],
  ["Il direttore generale dell'Agenzia Orvia Piet Mols ha parlato.", [["Agenzia Orvia", "ORG"], ["Piet Mols", "PERSON"]], "Piet Mols", "agenzia-orvia"],
  ["Ada Berg, co-leader dell'Alleanza Verde, ha parlato.", [["Ada Berg", "PERSON"], ["Alleanza Verde", "ORG"]], "Ada Berg", "alleanza-verde"],
  ["Papa Pio XIII ha parlato.", [["Pio XIII", "PERSON"]], "Pio XIII", "vatican-city"],
  // A short name used as an adjective, a rank before the name
  ["L'Alta rappresentante Ue Ilse Varga ha parlato.", [["Ue", "ORG"], ["Ilse Varga", "PERSON"]], "Ilse Varga", "european-union"],
  ["Il segretario di Stato vaticano cardinale Piero Parodi ha parlato.", [["Piero Parodi", "PERSON"]], "Piero Parodi", "vatican-city"],
  ["Il portavoce della Guardia Reale, colonnello Ravi Anand, ha parlato.", [["Guardia Reale", "ORG"], ["Ravi Anand", "PERSON"]], "Ravi Anand", "guardia-reale"],
  // Bare Italian government titles on Italian-shaped names
  ["La premier Giovanna Bellini ha ricevuto il presidente ucraino.", [["Giovanna Bellini", "PERSON"]], "Giovanna Bellini", "italy"],
  ["Il ministro Carlo Pellegrini ha firmato il decreto.", [["Carlo Pellegrini", "PERSON"]], "Carlo Pellegrini", "italy"],
  ["Il vicepremier Mario Santoro ha criticato l'opposizione.", [["Mario Santoro", "PERSON"]], "Mario Santoro", "italy"],
  // A mayor of the one town just named
  ["A Santu Lianu è arrivato il treno. Il sindaco Gavino Porcu ha tagliato il nastro.", [["Santu Lianu", "GPE"], ["Gavino Porcu", "PERSON"]], "Gavino Porcu", "santu-lianu"],
];

/** [why, sentence, names, holder whose role must not be of `of` (undefined: no body at all)] */
const NOT_FOUND: NotFoundRow[] = [
  ["a long phrase after a title is no remit", "Ha ringraziato il presidente italiano per il lavoro comune sul programma Gcap.", [["Gcap", "PERSON"]], "Gcap", "italy"],
  ["a verb ends a remit", "Il ministro a Roma ha incontrato Carlo Pellegrini.", [["Roma", "GPE"], ["Carlo Pellegrini", "PERSON"]], "Carlo Pellegrini", "italy"],
  ["a Japanese name is not Italian-shaped", "La premier Sanae Takaichi ha parlato.", [["Sanae Takaichi", "PERSON"]], "Sanae Takaichi", undefined],
  ["a bare title on a name with no known given name is not Italy's", "Il primo ministro Hamadi Jebali ha parlato.", [["Hamadi Jebali", "PERSON"]], "Hamadi Jebali", undefined],
  ["a foreign-shaped name keeps a bare title without body", "Il ministro Viktor Hrenko ha parlato.", [["Viktor Hrenko", "PERSON"]], "Viktor Hrenko", undefined],
  ["a conjunction is no copula", "Ernesto Valli e il presidente di Ferrovie Meccaniche Adriatiche hanno parlato.", [["Ernesto Valli", "PERSON"], ["Ferrovie Meccaniche Adriatiche", "ORG"]], "Ernesto Valli", "ferrovie-meccaniche-adriatiche"],
  ["someone received by an office does not hold it", "Ernesto Valli è stato ricevuto dal presidente di Ferrovie Meccaniche Adriatiche.", [["Ernesto Valli", "PERSON"], ["Ferrovie Meccaniche Adriatiche", "ORG"]], "Ernesto Valli", "ferrovie-meccaniche-adriatiche"],
  ["a time phrase before a name is no description", "Il presidente di Ferrovie Meccaniche Adriatiche, il giorno dopo Ernesto Valli, ha parlato.", [["Ferrovie Meccaniche Adriatiche", "ORG"], ["Ernesto Valli", "PERSON"]], "Ernesto Valli", "ferrovie-meccaniche-adriatiche"],
  ["a long name after a title is no adjective", "Il presidente Federazione Nazionale Ivo Tarsi ha parlato.", [["Federazione Nazionale", "ORG"], ["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "federazione-nazionale"],
  ["a rank with nobody named after it gives no holder", "Il portavoce dell'esercito indiano, colonnello in pensione, tace.", [], "colonnello", "india"],
  ["a mayor between two towns names neither", "A Borgonero e a Santu Lianu si vota. Il sindaco Gavino Porcu ha parlato.", [["Borgonero", "GPE"], ["Santu Lianu", "GPE"], ["Gavino Porcu", "PERSON"]], "Gavino Porcu", undefined],
  ["a mayor is no mayor of a cinema", "Ha visto il film al cinema Odeon. Poi ha incontrato il sindaco Gavino Porcu.", [["Odeon", "GPE"], ["Gavino Porcu", "PERSON"]], "Gavino Porcu", undefined],
  ["a role in a circumstance shares no holder", "Dopo l'incontro con il Papa, il presidente Ivo Tarsi ha parlato.", [["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "vatican-city"],
  ["a state named as a place is not the office's", "In Vaticano il presidente della Repubblica Sergio Valdoni ha parlato.", [["Vaticano", "GPE"], ["Sergio Valdoni", "PERSON"]], "Sergio Valdoni", "vatican-city"],
  ["a mayor is no mayor of a country", "In Italia si vota. Il sindaco Gavino Porcu ha parlato.", [["Italia", "GPE"], ["Gavino Porcu", "PERSON"]], "Gavino Porcu", undefined],
];

describe("findRolePhrases: how news writes roles (invented names)", () => {
  for (const [text, names, holder, of] of FOUND) {
    it(`${holder} → ${of}: ${text}`, () => {
      assertRoleFound(text, names, holder, of);
    });
  }
});

describe("resolveArticle: an Italian office without a holder", () => {
  it("names the one Italian holder the article gave that office", () => {
    const text = "Il presidente della Repubblica Sergio Valdoni è arrivato. Nel pomeriggio il capo dello Stato ha parlato.";
    const doc = docOf(text);
    const r = resolveArticle(doc, namesIn(doc, [["Sergio Valdoni", "PERSON"]]));
    assert.equal(r.mentions.find((m) => m.kind === "role" && m.text.includes("capo dello Stato"))?.entity, "sergio-valdoni");
  });
  it("names no one when the article gave that office to a foreign-shaped name only", () => {
    const text = "La premier Sanae Okawa è arrivata. La premier ha parlato.";
    const doc = docOf(text);
    const r = resolveArticle(doc, namesIn(doc, [["Sanae Okawa", "PERSON"]]));
    assert.ok(!findRolePhrases(doc, r.mentions).some((p) => p.of === "italy"));
  });
});

describe("findRolePhrases: phrases that must not give the role", () => {
  for (const [why, text, names, holder, of] of NOT_FOUND) {
    it(`${why}: ${text}`, () => {
      assertNoRole(text, names, holder, of);
    });
  }
});
