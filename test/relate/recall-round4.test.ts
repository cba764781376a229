import { itForbids, itYields } from "./tables.ts";
import { ARDO, BRENO, FUSCO, MARSIA, RENDA, ULVIA } from "./invented-cast.ts";

// Recall round 4: who leads a body named after a description of its kind ("il movimento
// d'opposizione X, guidato da Y"), and a leader named after his title ("guidato dall'ex
// deputato Y"). Standing up for a person ("ha difeso il ministro X"). Where a body has its
// seat ("X, con sede a Y"). A visit to a facility is one to its place ("si sono recati nel
// centro di Y"). A sentence that opens with a person's name and a comma, with no verb the
// lexicon knows, still hands its person on as the next dropped subject. A named object after
// an unnamed one ("ha ringraziato i soccorritori e la sindaca X"). Invented people, bodies
// and towns only.

const TERRA = "[Nuova Terra|ORG|nuova-terra]";
const FENAL = "[Fenal|ORG|fenal]";
const POLARIS = "[Polaris Nordica|ORG|polaris-nordica]";
const GANJA = "[Ganja|GPE|ganja]";
const ARDO_TITLED = "[ex deputato|PERSON|nello-ardo|role] " + ARDO;

// [sentence, relation it must yield]
const POSITIVE: Array<[string, string]> = [
  [`Il movimento d'opposizione ${TERRA}, guidato da ${ARDO}, ha votato contro.`, "nello-ardo HOLDS_ROLE nuova-terra"],
  [`Il sindacato dei bancari ${FENAL}, guidato da ${FUSCO}, ha chiesto garanzie.`, "lia-fusco HOLDS_ROLE fenal"],
  [`Il movimento ${TERRA}, guidato dall'${ARDO_TITLED}, ha votato contro.`, "nello-ardo HOLDS_ROLE nuova-terra"], // coverage: a title before the leader
  [`La ${FENAL}, presieduta da ${FUSCO}, ha chiesto garanzie.`, "lia-fusco HOLDS_ROLE fenal"], // coverage
  // BASED_IN: the seat of a body
  [`${POLARIS}, con sede a ${GANJA}, ha chiesto una licenza.`, "polaris-nordica BASED_IN ganja"],
  [`${POLARIS}, l'azienda con sede a ${GANJA} che ha vinto la gara, ha consegnato i treni.`, "polaris-nordica BASED_IN ganja"],
  [`La compagnia di trasporti ${POLARIS}, con sede a ${GANJA}, ha votato.`, "polaris-nordica BASED_IN ganja"],
  [`${POLARIS} ha sede a ${GANJA}.`, "polaris-nordica BASED_IN ganja"],
  // VISITED: a facility's place
  [`${ARDO} e ${FUSCO} si sono recati nel centro di ${BRENO}.`, "lia-fusco VISITED breno"],
  [`${ARDO} ha visitato ieri il centro operativo di ${BRENO}.`, "nello-ardo VISITED breno"],
  [`${ARDO} è arrivato all'aeroporto di ${BRENO}.`, "nello-ardo VISITED breno"],
  // A dropped subject after a verbless sentence about someone
  [`${ARDO} è arrivato a ${BRENO}. ${FUSCO}, però, non nasconde la rabbia. «Ci hanno ignorati», ha accusato, puntando il dito contro ${ULVIA}.`, "lia-fusco CRITICIZED ulvia"],
  // An object named after an unnamed one
  [`${ARDO} ha ringraziato i vigili del fuoco e la sindaca ${FUSCO} per la rapidità.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} ha criticato le scelte del governo e ${ULVIA}.`, "nello-ardo CRITICIZED ulvia"],
  // SUPPORTED: defending a person
  [`${ARDO} ha difeso ${FUSCO}: «Lavora bene».`, "nello-ardo SUPPORTED lia-fusco"],
  [`${MARSIA} ha invece difeso ${FUSCO}.`, "marsia SUPPORTED lia-fusco"],
];

// [why, sentence, relation it must not yield]
const NEGATIVE: Array<[string, string, string]> = [
  ["a march of a movement is no body's kind: who leads the march", `Il corteo di ${TERRA}, guidato da ${ARDO}, ha sfilato.`, "nello-ardo HOLDS_ROLE nuova-terra"],
  ["a person after a body's kind is the party's owner, not a body led", `Il partito di ${FUSCO}, guidato da ${ARDO}, ha votato.`, "nello-ardo HOLDS_ROLE lia-fusco"],
  ["a lawyer's defence is his work, not support", `${FUSCO}, difesa dall'avvocato ${ARDO}, respinge le accuse.`, "nello-ardo SUPPORTED lia-fusco"],
  ["defending a town is a military act", `${MARSIA} ha difeso la città di ${BRENO}.`, "marsia SUPPORTED breno"],
  ["defending oneself from someone is no support of him", `${ARDO} si è difeso dalle accuse di ${FUSCO}.`, "nello-ardo SUPPORTED lia-fusco"],
  ["a person has no seat", `${ARDO}, con sede a ${GANJA}, ha votato.`, "nello-ardo BASED_IN ganja"],
  ["a meeting at a seat is no seat of the body", `${POLARIS} ha incontrato la sede di ${GANJA}.`, "polaris-nordica BASED_IN ganja"],
  ["a new seat announced is not one held", `${POLARIS} cerca una sede a ${GANJA}.`, "polaris-nordica BASED_IN ganja"],
  ["a body's seat is no place visited", `${ARDO} si è recato nella sede di ${POLARIS}.`, "nello-ardo VISITED polaris-nordica"],
  ["a person's office is no place", `${ARDO} si è recato nell'ufficio di ${FUSCO}.`, "nello-ardo VISITED lia-fusco"],
  ["a facility noun the lists do not hold is no place", `${ARDO} è arrivato alla festa di ${BRENO}.`, "nello-ardo VISITED breno"],
  ["the earlier subject is not carried past a sentence about someone else", `${ARDO} è arrivato a ${BRENO}. ${FUSCO}, però, non nasconde la rabbia. «Ci hanno ignorati», ha accusato, puntando il dito contro ${ULVIA}.`, "nello-ardo CRITICIZED ulvia"],
  ["a list line of names is no sentence about its first", `${ARDO} è arrivato a ${BRENO}. ${FUSCO} (1°) e ${RENDA} (2°) in classifica. Ha poi incontrato ${MARSIA}.`, "lia-fusco MET marsia"],
  ["a name after 'e' that opens a clause is its subject", `${ARDO} ha criticato le scelte e ${FUSCO} ha risposto.`, "nello-ardo CRITICIZED lia-fusco"],
  ["… also past an apposition", `${ARDO} ha criticato le scelte e ${FUSCO}, irritata, ha risposto.`, "nello-ardo CRITICIZED lia-fusco"],
  ["a participle that is no leading", `Il movimento d'opposizione ${TERRA}, criticato da ${ARDO}, ha votato contro.`, "nello-ardo HOLDS_ROLE nuova-terra"],
];

describe("relate: recall round 4 (invented names)", () => {
  itYields(POSITIVE);
  itForbids(NEGATIVE);
});
