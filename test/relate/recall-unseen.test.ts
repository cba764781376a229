import { itForbids, itYields } from "./tables.ts";
import { ARDO, BRENO, FUSCO, MARSIA, RENDA, ULVIA } from "./invented-cast.ts";

// Round 3: sentence shapes frequent in Italian news that the rules missed on unseen
// articles (passives with an agent, adverbs of manner, unknown adjectives before names,
// congratulations, group objects, meetings after a time and a place). Invented people,
// states and towns only.

// [sentence, relation it must yield]
const POSITIVE: Array<[string, string]> = [
  // The patient of a passive with an agent is the object
  [`${MARSIA} è stata criticata da ${ULVIA}.`, "ulvia CRITICIZED marsia"],
  [`${MARSIA} è stata accusata da ${ARDO} e da ${FUSCO} di violare la tregua.`, "lia-fusco CRITICIZED marsia"],
  [`${MARSIA} è stata accusata da ${ARDO} e da ${FUSCO} di violare la tregua.`, "nello-ardo CRITICIZED marsia"],
  [`${FUSCO} è stata elogiata ieri da ${ARDO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ULVIA}, attaccata da ${MARSIA} nella notte, chiede aiuto.`, "marsia ATTACKED ulvia"],
  [`${MARSIA} è stata sanzionata da ${ULVIA}.`, "ulvia SANCTIONED marsia"],
  [`${FUSCO} è stata accolta all'aeroporto da ${ARDO} e da ${RENDA}.`, "lia-fusco MET tito-renda"],
  [`${FUSCO}, che è stata ricevuta da ${ARDO}, ha parlato.`, "lia-fusco MET nello-ardo"],
  [`${FUSCO}, arrivata ieri a ${BRENO}, è stata ricevuta da ${ARDO}.`, "lia-fusco MET nello-ardo"],
  // An adverb of manner between the verb and its object
  [`${ARDO} ha criticato duramente il governo di ${MARSIA}.`, "nello-ardo CRITICIZED marsia"],
  [`${ARDO} ha incontrato separatamente ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  // An unknown adjective ending like a plural verb, before a name, is no verb
  [`Il premier lusitano ${ARDO} si è congratulato con ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  // A description, then the person's name in apposition
  [`${ARDO} si è congratulato con il vincitore, ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} ha elogiato la sfidante, ${FUSCO}, per la campagna.`, "nello-ardo PRAISED lia-fusco"],
  // A group named before, or a state body named by its state, as the object
  [`${MARSIA} e ${ULVIA} hanno trattato. ${ARDO} ha chiesto a entrambe le parti di fermarsi.`, "nello-ardo REQUESTED ulvia"],
  [`${ARDO} ha chiesto al governo di ${ULVIA} di riaprire il dialogo.`, "nello-ardo REQUESTED ulvia"],
  // Congratulations: a gerund or a pronoun takes the one meant, senders of what arrived, a quote's speaker
  [`${ARDO} ha telefonato a ${FUSCO} congratulandosi per la vittoria.`, "nello-ardo PRAISED lia-fusco"],
  [`${FUSCO} ha vinto le elezioni. ${ARDO} si è congratulato con lei.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} si è congratulato con il vincitore delle elezioni, ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`Congratulazioni a ${FUSCO} sono arrivate da ${ARDO} e da ${RENDA}.`, "tito-renda PRAISED lia-fusco"],
  [`Messaggi di congratulazioni a ${FUSCO} sono giunti da ${ARDO}.`, "nello-ardo PRAISED lia-fusco"],
  [`«Congratulazioni a ${FUSCO} per la vittoria», ha scritto ${ARDO} su X.`, "nello-ardo PRAISED lia-fusco"],
  // State bodies in the plural, quoted objects, the one whose cause is supported
  [`I negoziatori [marsiani|GPE|marsia|demonym] hanno incontrato le delegazioni [ulviana|GPE|ulvia|demonym] e [brenese|GPE|breno|demonym].`, "marsia MET breno"],
  [`${ARDO} ha elogiato «il coraggio politico» di ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${MARSIA} sostiene l'esercito regolare di ${RENDA}.`, "marsia SUPPORTED tito-renda"],
  // Meals and meetings by other names; a circumstance between commas before the object
  [`${ARDO} ha pranzato con ${FUSCO} in ambasciata.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} ha avuto una riunione con ${FUSCO} a ${BRENO}.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} ha incontrato ieri a ${BRENO}, nella sede del governo, ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  // Talks started are negotiations; a joint declaration is an agreement
  [`${ARDO} ha avviato colloqui con ${FUSCO} sui dazi.`, "nello-ardo NEGOTIATED_WITH lia-fusco"],
  [`${MARSIA} e ${ULVIA} hanno firmato una dichiarazione congiunta.`, "marsia AGREED_WITH ulvia"],
  // Strikes on the places of targets, opening fire, artillery as the state
  [`L'aviazione [marsiana|GPE|marsia|demonym] ha bombardato campi in ${ULVIA}.`, "marsia ATTACKED ulvia"],
  [`L'artiglieria [marsiana|GPE|marsia|demonym] ha aperto il fuoco contro villaggi [ulviani|GPE|ulvia|demonym].`, "marsia ATTACKED ulvia"],
  // Where a place is
  [`${BRENO} si trova in ${ULVIA}.`, "breno LOCATED_IN ulvia"],
  [`La città di ${BRENO} si trova in provincia di [Arlena|GPE|arlena].`, "breno LOCATED_IN arlena"],
  // A verdict of blame
  [`${ARDO} ha definito «inaccettabile» la decisione di ${MARSIA}.`, "nello-ardo CRITICIZED marsia"],
  [`${ARDO} ha definito ${FUSCO} un irresponsabile.`, "nello-ardo CRITICIZED lia-fusco"],
  // Who leads a named body holds a role in it
  [`Il partito [Unione Civica|ORG|unione-civica], guidato da ${ARDO}, ha vinto.`, "nello-ardo HOLDS_ROLE unione-civica"],
  [`Le [Forze del Nord|ORG|forze-del-nord], la milizia guidata dal generale ${RENDA}, hanno preso ${BRENO}.`, "tito-renda HOLDS_ROLE forze-del-nord"],
];

// [why, sentence, relation it must not yield (null: no relation at all)]
const NEGATIVE: Array<[string, string, string | null]> = [
  ["a passive's patient is the phrase right before it, not one further back", `${ARDO} ha criticato le sanzioni imposte da ${ULVIA}.`, "ulvia SANCTIONED nello-ardo"],
  ["the agent of another participle is not the passive's", `È stato bombardato l'ospedale di ${BRENO} gestito da [Medici Uniti|ORG|medici-uniti].`, "medici-uniti ATTACKED breno"],
  ["a passive without agent names no doer", `${MARSIA} è stata criticata duramente.`, null],
  ["a place after a passive is no patient", `A ${BRENO} è stato ricevuto da ${ARDO} un dono.`, "nello-ardo MET breno"],
  ["an adverb is no object", `${ARDO} ha criticato duramente.`, null],
  ["a description without a name after it names no one", `${ARDO} si è congratulato con il vincitore.`, null],
  ["'entrambe le parti' without a pair named names no one", `${ARDO} ha chiesto a entrambe le parti di fermarsi.`, null],
  ["a neutral verdict is no blame", `${ARDO} ha definito «storica» la decisione di ${MARSIA}.`, null],
  ["a pronoun for the subject itself is no one else", `${ARDO} ha vinto. ${ARDO} ha parlato con lui.`, null],
  ["a pronoun after two subjects is not guessed", `${FUSCO} e ${RENDA} hanno vinto. ${ARDO} si è congratulato con lei.`, null],
  ["negotiations in a quote are not the speaker's", `«I negoziati con ${MARSIA} continuano», ha detto ${ARDO}.`, "nello-ardo NEGOTIATED_WITH marsia"],
  ["what arrived from a place was not sent by an actor", `Congratulazioni a ${FUSCO} sono arrivate da tutto il mondo.`, null],
  ["a quoted word that is the object stays the object", `${ARDO} ha criticato «la linea» ieri.`, null],
  ["supporting a claim is no support of its author", `${MARSIA} sostiene la tesi di ${RENDA} secondo alcuni.`, "marsia SUPPORTED tito-renda"],
  ["a meeting by phone is no meeting", `${ARDO} ha avuto una riunione in videoconferenza con ${FUSCO}.`, null],
  ["a clause between commas is no circumstance", `${ARDO} ha incontrato ieri, come aveva promesso, ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  ["talks only held are a meeting, not a negotiation", `${ARDO} ha avuto colloqui con ${FUSCO}.`, "nello-ardo NEGOTIATED_WITH lia-fusco"],
  ["a declaration of one party is no agreement", `${MARSIA} ha diffuso una dichiarazione sulla crisi con ${ULVIA} sullo sfondo.`, "marsia AGREED_WITH ulvia"],
  ["opening a shop is no attack", `${ARDO} ha aperto un negozio contro il parere di ${FUSCO}.`, null],
  ["bombing in a place with no target named is no attack on it", `${MARSIA} ha bombardato per ore, dicono in ${ULVIA}.`, "marsia ATTACKED ulvia"],
  ["being far from a place is not being in it", `${BRENO} si trova a pochi chilometri da ${ULVIA}.`, null],
  ["a person is not located", `${ARDO} si trova in ${ULVIA}.`, "nello-ardo LOCATED_IN ulvia"],
  ["leading a body with no name gives no role", `La coalizione guidata da ${ARDO} ha perso.`, null],
  ["a car driven by someone is no body", `L'auto guidata da ${ARDO} è uscita di strada a ${BRENO}.`, null],
];

describe("relate round 3: shapes of unseen news (invented names)", () => {
  itYields(POSITIVE);
});

describe("relate round 3: sentences that must not yield a relation", () => {
  itForbids(NEGATIVE);
});
