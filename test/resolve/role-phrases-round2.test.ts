import type { EntityType } from "../../src/types.ts";
import { describeRoleTables, type FoundRow, type NotFoundRow } from "./helpers.ts";

// Recall round 2 of role phrases: a state's bare title in a story about one foreign state,
// appositions after the name (an age between, brackets, "che è"), leading a body ("alla
// guida di", "a capo di", "il numero uno di"), "già". Invented people and bodies; the
// states are real because the rule reads the country gazetteer.

const FN: [string, EntityType] = ["Federazione Nazionale", "ORG"];

/** [sentence, names in it, holder expected, what the role is of] */
const FOUND: FoundRow[] = [
  // The one foreign state the article names is the body of a state's bare title
  ["La Polonia ha votato ieri. Il presidente Karol Nowak ha ammesso la sconfitta.", [["Polonia", "GPE"], ["Karol Nowak", "PERSON"]], "Karol Nowak", "poland"],
  ["Il presidente Karol Nowak ha parlato. Il governo della Polonia ha smentito.", [["Polonia", "GPE"], ["Karol Nowak", "PERSON"]], "Karol Nowak", "poland"],
  ["Varsavia ha smentito. Il premier Karol Nowak ha parlato.", [["Varsavia", "GPE"], ["Karol Nowak", "PERSON"]], "Karol Nowak", "poland"],
  ["Il Giappone ha un nuovo governo. La premier Sanae Okawa ha giurato.", [["Giappone", "GPE"], ["Sanae Okawa", "PERSON"]], "Sanae Okawa", "japan"],
  ["L'ex ministro Hans Vogel ha parlato. La Germania vota domenica.", [["Hans Vogel", "PERSON"], ["Germania", "GPE"]], "Hans Vogel", "germany"],
  // Appositions after the name
  ["Ivo Tarsi, 45 anni, presidente della Federazione Nazionale, ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["Ivo Tarsi (presidente della Federazione Nazionale) ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["Ivo Tarsi, che è presidente della Federazione Nazionale, ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["Ivo Tarsi, già ministro degli Esteri, ha parlato.", [["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", "italy"],
  // Leading a body
  ["Ivo Tarsi, alla guida della Federazione Nazionale dal 2020, ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["Ivo Tarsi, a capo della Federazione Nazionale, ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["Il numero uno della Federazione Nazionale Ivo Tarsi ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
];

/** [why, sentence, names, holder whose role must not be of `of` (undefined: no body at all)] */
const NOT_FOUND: NotFoundRow[] = [
  ["a state he goes to is a place, not his", "Il presidente Hans Vogel è arrivato in Francia.", [["Hans Vogel", "PERSON"], ["Francia", "GPE"]], "Hans Vogel", undefined],
  ["a capital he goes to is a place, not his state", "Il presidente Hans Vogel è arrivato a Parigi.", [["Hans Vogel", "PERSON"], ["Parigi", "GPE"]], "Hans Vogel", undefined],
  ["two states named leave the title's unknown", "La Polonia sfida la Germania. Il presidente Hans Vogel ha parlato.", [["Polonia", "GPE"], ["Germania", "GPE"], ["Hans Vogel", "PERSON"]], "Hans Vogel", undefined],
  ["Italy named in passing is no topic", "L'Italia ha votato. Il presidente Hans Vogel ha parlato.", [["Italia", "GPE"], ["Hans Vogel", "PERSON"]], "Hans Vogel", "italy"],
  ["an organisation in his sentence may be what he presides", "La Polonia vota. Il presidente Hans Vogel ha presentato il bilancio della Federazione Nazionale.", [["Polonia", "GPE"], ["Hans Vogel", "PERSON"], FN], "Hans Vogel", "poland"],
  ["an Italian name is not the foreign state's", "L'Ucraina resiste. Il presidente Sergio Valli ha parlato.", [["Ucraina", "GPE"], ["Sergio Valli", "PERSON"]], "Sergio Valli", "ukraine"],
  ["a leader may lead a party", "La Germania vota. Il leader Hans Vogel ha parlato.", [["Germania", "GPE"], ["Hans Vogel", "PERSON"]], "Hans Vogel", "germany"],
  ["a body the article gives him is the one meant", "La Polonia vota. Hans Vogel, presidente della Federazione Nazionale, ha parlato. Il presidente Hans Vogel ha poi votato.", [["Polonia", "GPE"], ["Hans Vogel", "PERSON"], FN], "Hans Vogel", "poland"],
  ["a relative clause with another verb names someone else", "Ivo Tarsi, che ha incontrato il presidente della Federazione Nazionale, ha parlato.", [["Ivo Tarsi", "PERSON"], FN], "Ivo Tarsi", "federazione-nazionale"],
  ["an Italian-shaped surname alone may be an Italian official's", "L'Egitto media. Il ministro Ferrante ha parlato.", [["Egitto", "GPE"], ["Ferrante", "PERSON"]], "Ferrante", "egypt"],
  ["a leader of no body named has none", "Il numero uno del tennis Ivo Tarsi ha vinto.", [["Ivo Tarsi", "PERSON"]], "Ivo Tarsi", undefined],
];

describeRoleTables("findRolePhrases: recall round 2 (invented names)", FOUND, NOT_FOUND);
