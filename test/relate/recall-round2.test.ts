import { itForbids, itReadsModality, itYields, type ModalityRow } from "./tables.ts";
import { ARDO, BRENO, FUSCO, MARSIA, RENDA, ULVIA } from "./invented-cast.ts";

// Recall round 2: how Italian news words meetings (nouns, phone calls, a subject carried
// from the sentence before), praise, criticism, requests and support. Rows marked
// "coverage" already worked and stay as guards. Invented people, states and towns only.

// [sentence, relation it must yield]
const POSITIVE: Array<[string, string]> = [
  // MET: a noun held by a light verb takes the subject carried from the sentence before
  [`${ARDO} è arrivato a ${BRENO}. Nel pomeriggio ha avuto un colloquio con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} è arrivato a ${BRENO}. Ha poi tenuto un bilaterale con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} è arrivato a ${BRENO}. Poi ha incontrato ${FUSCO}.`, "nello-ardo MET lia-fusco"], // coverage
  [`L'incontro tra ${ARDO} e ${FUSCO} è durato due ore.`, "nello-ardo MET lia-fusco"], // coverage
  [`${ARDO} ha avuto un bilaterale con ${FUSCO} a margine del vertice.`, "nello-ardo MET lia-fusco"], // coverage
  // MET: a conversation by phone is one between the two
  [`${ARDO} ha avuto un colloquio telefonico con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} ha avuto una lunga telefonata con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  [`${ARDO} ha parlato al telefono con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  // PRAISED
  [`${ARDO} ha reso omaggio a ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} ha espresso apprezzamento per ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} ha rivolto un ringraziamento a ${ULVIA}.`, "nello-ardo PRAISED ulvia"],
  [`${ARDO} ha espresso la sua riconoscenza a ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ARDO} ha espresso gratitudine a ${ULVIA} per la mediazione.`, "nello-ardo PRAISED ulvia"], // coverage
  [`${ARDO} ha ringraziato ${ULVIA} e ${MARSIA} per la mediazione.`, "nello-ardo PRAISED marsia"], // coverage
  [`${ARDO} ha lodato il lavoro di ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"], // coverage
  // CRITICIZED
  [`${ARDO} si è scagliato contro ${FUSCO}.`, "nello-ardo CRITICIZED lia-fusco"],
  [`${ARDO} ha tuonato contro ${ULVIA}.`, "nello-ardo CRITICIZED ulvia"],
  [`${ARDO} ha accusato ${FUSCO} e ${RENDA} di mentire.`, "nello-ardo CRITICIZED tito-renda"], // coverage
  [`${ARDO} ha puntato il dito contro ${ULVIA}.`, "nello-ardo CRITICIZED ulvia"], // coverage
  [`${MARSIA} ha condannato l'attacco di ${ULVIA}.`, "marsia CRITICIZED ulvia"], // coverage
  // REQUESTED (coverage)
  [`${ARDO} ha chiesto a ${FUSCO} di fermare le armi.`, "nello-ardo REQUESTED lia-fusco"],
  [`${ARDO} ha sollecitato ${ULVIA} a intervenire.`, "nello-ardo REQUESTED ulvia"],
  [`${ARDO} ha invitato ${FUSCO} a rispettare la tregua.`, "nello-ardo REQUESTED lia-fusco"],
  [`${ARDO} ha esortato ${ULVIA} a ritirarsi.`, "nello-ardo REQUESTED ulvia"],
  // SUPPORTED (coverage)
  [`${ARDO} ha espresso sostegno a ${ULVIA}.`, "nello-ardo SUPPORTED ulvia"],
  [`${ARDO} ha espresso piena solidarietà a ${FUSCO}.`, "nello-ardo SUPPORTED lia-fusco"],
  [`${MARSIA} resta al fianco di ${ULVIA}.`, "marsia SUPPORTED ulvia"],
  // A noun a first-person verb governs inside a quote is the speaker's act
  [`«Abbiamo avuto un ottimo colloquio con ${FUSCO}», ha detto ${ARDO}.`, "lia-fusco MET nello-ardo"],
  [`«Siamo al fianco di ${ULVIA}», ha detto ${ARDO}.`, "nello-ardo SUPPORTED ulvia"],
  // Support, praise or blame received: who receives it is the object
  [`${FUSCO} ha ricevuto il sostegno di ${ARDO}.`, "nello-ardo SUPPORTED lia-fusco"],
  [`${FUSCO} ha ottenuto l'appoggio di ${MARSIA}.`, "marsia SUPPORTED lia-fusco"],
  [`${ULVIA} ha ricevuto le critiche di ${MARSIA}.`, "marsia CRITICIZED ulvia"],
  [`${FUSCO} ha ricevuto i complimenti di ${ARDO}.`, "nello-ardo PRAISED lia-fusco"],
];

// [why, sentence, relation it must not yield (null: no relation at all)]
const NEGATIVE: Array<[string, string, string | null]> = [
  ["a noun that no light verb holds takes no agent from the sentence before", `${ARDO} è arrivato a ${BRENO}. Il colloquio con ${FUSCO} è stato rinviato.`, "nello-ardo MET lia-fusco"],
  ["a relative clause's meeting is its antecedent's, not the sentence before's subject's", `${ARDO} è arrivato a ${BRENO}. Lo ha detto ${RENDA}, che ha avuto un colloquio con ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  ["a request held by a light verb takes no agent from the sentence before", `${ARDO} è arrivato a ${BRENO}. Ha fatto pressione su ${ULVIA}.`, "nello-ardo REQUESTED ulvia"],
  ["talking with someone, not said to be by phone, is no meeting named", `${ARDO} ha parlato con ${FUSCO}.`, null],
  ["a call placed to someone is one party's act, not a meeting", `${ARDO} ha telefonato a ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  ["hearing someone is no phone call", `${ARDO} ha sentito ${FUSCO} cantare.`, null],
  ["missiles hurled are an attack, not words", `${MARSIA} ha scagliato missili contro ${ULVIA}.`, "marsia CRITICIZED ulvia"],
  ["a gift received is no homage", `${ARDO} ha ricevuto in omaggio un libro da ${FUSCO}.`, "lia-fusco PRAISED nello-ardo"],
  ["support named without a receiver is nobody's", `${ARDO} ha ribadito il sostegno di ${MARSIA}.`, "marsia SUPPORTED nello-ardo"],
  ["a visit received is no support", `${FUSCO} ha ricevuto la visita di ${ARDO}.`, "nello-ardo SUPPORTED lia-fusco"],
  ["a third-person verb in a quote is someone else's act", `«Hanno avuto un colloquio con ${FUSCO}», ha detto ${ARDO}.`, "lia-fusco MET nello-ardo"],
  ["being against a meeting is not having it", `«Siamo contrari all'incontro con ${FUSCO}», ha detto ${ARDO}.`, "lia-fusco MET nello-ardo"],
  ["homage to unnamed people names no one", `${ARDO} ha reso omaggio alle vittime.`, null],
];

// [sentence, relation, modality it must have]
const MODALITY: ModalityRow[] = [
  [`${ARDO} ha voluto ringraziare personalmente ${FUSCO}.`, "nello-ardo PRAISED lia-fusco", "asserted"],
  [`${ARDO} ha poi voluto esprimere la sua vicinanza a ${FUSCO}.`, "nello-ardo SUPPORTED lia-fusco", "asserted"],
  [`${ARDO} vuole ringraziare ${FUSCO}.`, "nello-ardo PRAISED lia-fusco", "planned"],
];

describe("relate: recall round 2 (invented names)", () => {
  itReadsModality(MODALITY);
  itYields(POSITIVE);
  itForbids(NEGATIVE);
});
