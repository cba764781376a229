// Relation cues of ../../../../shared/spec/ontology.md: verbs (by infinitive, so every
// conjugated form matches through the lemmatiser) and nominalisations (by surface form),
// each with the frame its arguments come in. The rules in src/extract/relate read these
// frames; nothing here is tied to one sentence.

import type { RelationType } from "../../../types.ts";

/**
 * Where an object is found after the cue: "direct" (a bare noun phrase: "ha incontrato X"),
 * a bare preposition ("a" covers a/al/alla/all'…), "direct-of" (the di-complement of a
 * bare object noun: "ha denunciato le trattative della Russia"), "to-help" (a + verb of
 * help + X: "inviati a sostenere la Russia").
 */
export type ObjectSlot = "direct" | "direct-of" | "to-help" | "a" | "in" | "con" | "contro" | "di" | "verso" | "da" | "su" | "per";

/** What the object must be: an actor (person, organisation, state), a person, a party (person or organisation: a guest), a place or an event. */
export type ObjectKind = "actor" | "place" | "person" | "party" | "event";

interface CueBase {
  type: RelationType;
  objects: readonly ObjectSlot[];
  objectKind?: ObjectKind;
  /** A theme word that must stand near the cue ("inviare" + soldati; "firmare" + patto). */
  needs?: readonly string[];
  /** Words that must not stand near the cue ("ricevere" + armi is not a meeting). */
  unless?: readonly string[];
  /** The object slots only count with an explicit agent ("la guerra in X" needs "di Y"/"sua"). */
  agentOnly?: readonly ObjectSlot[];
  /** Flow runs from the object to the subject (ricevere da X → X SUPPLIED subject). */
  reverse?: boolean;
}

export interface VerbCue extends CueBase {
  lemma: string;
  /** Verbs of motion or reflexives: never read as passive ("è arrivato", "si è recato"). */
  intransitive?: boolean;
  /** Needs the reflexive "si"/clitic ("recarsi": recare alone is "to bring"). */
  reflexive?: boolean;
  /** "sostenere che…" is a claim, not support. */
  notBeforeChe?: boolean;
  /** Only with "a" + infinitive after: "convincere X a vendere" asks; "convincere X della colpa" does not. */
  needsInfinitive?: boolean;
  /** The object must follow the verb with nothing but adverbs and time phrases between ("è a Klow", not "è sindaco a Klow"). */
  adjacentObject?: boolean;
  /** Only the participle counts, and it announces the event ("è atteso a Klow"): planned. */
  plannedParticiple?: boolean;
  /** The subject must be named in the clause, never carried over ("saranno a Klow" after a sentence about someone is about the games). */
  explicitSubject?: boolean;
  /** What the subject must be ("vedere" a person is a meeting only between people). */
  subjectKind?: ObjectKind;
}

export interface NounCue extends CueBase {
  /** Surface forms (singular, plural) or a fixed phrase of tokens ("faccia a faccia"). */
  forms: readonly string[];
  phrase?: readonly string[];
  /** The word right before the cue must be one of these ("a fianco di"). */
  after?: readonly string[];
  /** Prepositions whose complement is the agent ("la visita di X", "spedizioni da X"). */
  agents: readonly ObjectSlot[];
}

export const TROOPS = [
  "soldati", "soldato", "truppe", "truppa", "militari", "forze", "rinforzi", "ufficiali", "uomini", "contingente",
  "contingenti", "effettivi", "combattenti", "mercenari", "reparti", "battaglioni", "brigate", "divisioni", "unità",
  "marines", "paracadutisti", "consiglieri",
];
export const GOODS = [
  "armi", "arma", "munizioni", "missili", "missile", "proiettili", "droni", "drone", "armamenti", "equipaggiamenti",
  "equipaggiamento", "carri", "razzi", "artiglieria", "petrolio", "gas", "denaro", "cibo", "grano", "tecnologia",
  "tecnologie", "materiale", "materiali", "veicoli", "aerei", "caccia", "sistemi", "batterie", "obici", "granate",
  "bombe", "fondi", "aiuti", "carburante", "elicotteri", "navi", "sottomarini", "satelliti", "componenti", "dollari",
  "euro", "greggio", "quantitativi", "forniture", "carichi",
];
const AGREEMENTS = ["accordo", "accordi", "patto", "patti", "intesa", "intese", "trattato", "trattati", "memorandum", "armistizio", "tregua", "alleanza", "congiunta", "congiunto"];
/** Starting or resuming talks is negotiating: "hanno avviato colloqui con X". */
const START_TALKS = ["avviato", "avviati", "avviare", "avviano", "avvieranno", "riavviato", "ripreso", "ripresi", "riprendere", "riprendono", "riprenderanno", "aperto", "aprire", "riaperto", "intavolato", "intavolare"];
const TIES = ["legami", "legame", "rapporti", "relazioni", "cooperazione", "collaborazione", "partenariato", "alleanza", "asse", "cooperazioni"];
/** A meeting by phone or video is no meeting in person (a conversation, "colloquio", is one however held). */
const REMOTE = ["telefonico", "telefonica", "telefonici", "telefono", "telefonata", "videoconferenza", "videochiamata", "collegamento", "virtuale", "remoto"];
/** "al telefono", "telefonicamente": a conversation by phone. */
const PHONE = ["telefono", "telefonicamente"];
const SANCTIONS = ["sanzioni", "sanzione", "embargo", "dazi"];
/** Verdicts of blame a "definire" gives: "ha definito «inaccettabile» …". */
const BLAME = [
  "inaccettabile", "inaccettabili", "inammissibile", "inammissibili", "vergognoso", "vergognosa", "vergognosi", "vergognose",
  "irresponsabile", "irresponsabili", "illegale", "illegali", "illegittimo", "illegittima", "illegittime", "illegittimi",
  "criminale", "criminali", "scandaloso", "scandalosa", "scandalose", "provocazione", "provocatorio", "provocatoria",
  "ingiustificato", "ingiustificata", "ingiustificate", "assurdo", "assurda", "assurde", "ostile", "ostili", "pericoloso",
  "pericolosa", "pericolose", "grave", "gravissimo", "gravissima", "inaudito", "inaudita", "aggressione", "ricatto",
];
/** "accogliere/salutare con favore": approval. */
const APPROVAL = ["favore", "soddisfazione", "plauso"];
/** Seeing someone on a screen or in a picture is no meeting; "vedere X come …" is an opinion. */
const NOT_IN_PERSON = [...REMOTE, "tv", "televisione", "video", "immagini", "foto", "film", "schermo", "come", "vincere", "perdere"];
/** Things won, not places taken: "ha conquistato il titolo a Klow". */
const NOT_CONQUEST = ["titolo", "titoli", "medaglia", "medaglie", "vittoria", "punti", "gol", "podio", "pole", "gara", "finale", "elettori", "voti", "pubblico", "cuore", "cuori", "tappa", "successo", "premio", "maggioranza", "seggi"];
const FORCES = ["esercito", "forze", "truppe", "aviazione", "marina", "militari", "milizie", "miliziani", "ribelli", "jihadisti", "paramilitari", "soldati"];
const STRIKES = ["missili", "missile", "droni", "drone", "razzi", "raid", "bombe", "artiglieria", "attacco", "attacchi"];

export const VERB_CUES: readonly VerbCue[] = [
  // MET
  { type: "MET", lemma: "incontrare", objects: ["direct", "con"], unless: REMOTE },
  { type: "MET", lemma: "ricevere", objects: ["direct"], objectKind: "party", unless: GOODS },
  // "ha accolto con favore la decisione di X" is praise, not a welcome.
  { type: "MET", lemma: "accogliere", objects: ["direct"], objectKind: "party", unless: APPROVAL },
  { type: "MET", lemma: "intrattenere", objects: ["con"], reflexive: true, intransitive: true },
  // "ha stretto la mano a X"
  { type: "MET", lemma: "stringere", objects: ["a"], objectKind: "person", needs: ["mano"] },
  { type: "MET", lemma: "ospitare", objects: ["direct"], objectKind: "party" },
  { type: "MET", lemma: "riunire", objects: ["con"], reflexive: true, intransitive: true },
  // "ha pranzato con X": a meal together is a meeting.
  ...["pranzare", "cenare"].map((lemma): VerbCue => ({ type: "MET", lemma, objects: ["con"], intransitive: true })),
  { type: "MET", lemma: "vedere", objects: ["con"], reflexive: true, intransitive: true },
  // "ha visto il suo omologo X": seeing a person (not on a screen) is meeting them.
  { type: "MET", lemma: "vedere", objects: ["direct"], objectKind: "person", subjectKind: "person", unless: NOT_IN_PERSON },
  // A conversation by phone is one between the two ("ha parlato al telefono con X"); a call
  // placed to someone ("ha telefonato a X", "ha sentito X") is news of one party's act.
  { type: "MET", lemma: "parlare", objects: ["con"], intransitive: true, needs: PHONE },
  // VISITED
  // "ha visitato il centro operativo di X": the facility's place.
  { type: "VISITED", lemma: "visitare", objects: ["direct", "direct-of"], objectKind: "place" },
  { type: "VISITED", lemma: "raggiungere", objects: ["direct"], objectKind: "place", unless: AGREEMENTS },
  { type: "VISITED", lemma: "recare", objects: ["a", "in"], objectKind: "place", reflexive: true, intransitive: true },
  { type: "VISITED", lemma: "arrivare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "giungere", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "atterrare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "sbarcare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "approdare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "volare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "viaggiare", objects: ["verso", "in", "a"], objectKind: "place", intransitive: true },
  { type: "VISITED", lemma: "andare", objects: ["a", "in"], objectKind: "place", intransitive: true },
  // "era stato a Klow", "sarà in Borduria": being somewhere, the place right after the verb.
  { type: "VISITED", lemma: "essere", objects: ["a", "in"], objectKind: "place", intransitive: true, adjacentObject: true, explicitSubject: true },
  { type: "VISITED", lemma: "attendere", objects: ["a", "in"], objectKind: "place", intransitive: true, adjacentObject: true, plannedParticiple: true, explicitSubject: true },
  { type: "VISITED", lemma: "partecipare", objects: ["a"], objectKind: "event", intransitive: true },
  // NEGOTIATED_WITH
  { type: "NEGOTIATED_WITH", lemma: "negoziare", objects: ["con"] },
  { type: "NEGOTIATED_WITH", lemma: "trattare", objects: ["con"] },
  { type: "NEGOTIATED_WITH", lemma: "discutere", objects: ["con"] },
  { type: "NEGOTIATED_WITH", lemma: "dialogare", objects: ["con"] },
  // AGREED_WITH
  ...["firmare", "siglare", "sottoscrivere", "concludere", "stipulare", "raggiungere", "stringere", "trovare"].map(
    (lemma): VerbCue => ({ type: "AGREED_WITH", lemma, objects: ["con"], needs: AGREEMENTS }),
  ),
  { type: "AGREED_WITH", lemma: "concordare", objects: ["con"] },
  { type: "AGREED_WITH", lemma: "accordare", objects: ["con"], reflexive: true, intransitive: true },
  // COOPERATED_WITH
  { type: "COOPERATED_WITH", lemma: "cooperare", objects: ["con"], intransitive: true },
  { type: "COOPERATED_WITH", lemma: "collaborare", objects: ["con"], intransitive: true },
  { type: "COOPERATED_WITH", lemma: "alleare", objects: ["con"], reflexive: true, intransitive: true },
  ...["rafforzare", "approfondire", "consolidare", "stringere", "rinsaldare", "intensificare"].map(
    (lemma): VerbCue => ({ type: "COOPERATED_WITH", lemma, objects: ["con"], needs: TIES }),
  ),
  // SENT_TROOPS_TO
  ...["inviare", "mandare", "schierare", "dispiegare", "spedire", "trasferire", "dislocare", "stanziare"].map(
    (lemma): VerbCue => ({ type: "SENT_TROOPS_TO", lemma, objects: ["in", "a", "verso", "to-help"], objectKind: "place", needs: TROOPS }),
  ),
  // SUPPLIED
  ...["fornire", "vendere"].map((lemma): VerbCue => ({ type: "SUPPLIED", lemma, objects: ["a"], unless: TROOPS })),
  // "regala la medaglia d'oro all'Italia" is no supply: these need goods.
  ...["consegnare", "cedere", "regalare", "donare"].map(
    (lemma): VerbCue => ({ type: "SUPPLIED", lemma, objects: ["a"], needs: GOODS, unless: TROOPS }),
  ),
  ...["inviare", "spedire", "mandare", "trasferire", "esportare"].map(
    (lemma): VerbCue => ({ type: "SUPPLIED", lemma, objects: ["a", "verso"], needs: GOODS, unless: TROOPS }),
  ),
  ...["ricevere", "ottenere", "acquistare", "comprare", "importare"].map(
    (lemma): VerbCue => ({ type: "SUPPLIED", lemma, objects: ["da"], needs: GOODS, reverse: true }),
  ),
  // REQUESTED
  { type: "REQUESTED", lemma: "chiedere", objects: ["a"] },
  { type: "REQUESTED", lemma: "richiedere", objects: ["a"] },
  { type: "REQUESTED", lemma: "domandare", objects: ["a"] },
  { type: "REQUESTED", lemma: "esortare", objects: ["direct"] },
  { type: "REQUESTED", lemma: "sollecitare", objects: ["direct"] },
  { type: "REQUESTED", lemma: "convincere", objects: ["direct"], needsInfinitive: true },
  { type: "REQUESTED", lemma: "persuadere", objects: ["direct"], needsInfinitive: true },
  { type: "REQUESTED", lemma: "implorare", objects: ["direct"] },
  // "ha invitato X a ritirare le truppe" urges; "ha invitato X a Roma" is an invitation.
  { type: "REQUESTED", lemma: "invitare", objects: ["direct"], needsInfinitive: true },
  { type: "REQUESTED", lemma: "intimare", objects: ["a"] },
  { type: "REQUESTED", lemma: "premere", objects: ["su"] },
  // SUPPORTED
  // "sostiene l'esercito di X", "appoggia la candidatura di X": the one whose cause it is.
  { type: "SUPPORTED", lemma: "sostenere", objects: ["direct", "direct-of"], notBeforeChe: true },
  { type: "SUPPORTED", lemma: "appoggiare", objects: ["direct", "direct-of"], notBeforeChe: true },
  { type: "SUPPORTED", lemma: "supportare", objects: ["direct", "direct-of"] },
  { type: "SUPPORTED", lemma: "aiutare", objects: ["direct"] },
  { type: "SUPPORTED", lemma: "affiancare", objects: ["direct"] },
  // "ha difeso il ministro": standing up for a person ("difendere la città" is a place's
  // defence; "difeso dall'avvocato X" is a lawyer's work).
  { type: "SUPPORTED", lemma: "difendere", objects: ["direct"], objectKind: "person", unless: ["avvocato", "avvocata", "avvocati", "legale", "legali"] },
  // "si è schierato con X", "schierarsi al fianco di X" (the noun cue reads "fianco")
  { type: "SUPPORTED", lemma: "schierare", objects: ["con"], reflexive: true, intransitive: true },
  // CRITICIZED
  ...["accusare", "denunciare", "condannare", "criticare", "biasimare", "deplorare", "stigmatizzare", "attaccare", "contestare", "rimproverare"].map(
    (lemma): VerbCue => ({ type: "CRITICIZED", lemma, objects: ["direct", "direct-of"], needs: lemma === "attaccare" ? ["verbalmente", "duramente", "aspramente"] : undefined }),
  ),
  { type: "CRITICIZED", lemma: "polemizzare", objects: ["con"], intransitive: true },
  // "ha definito «inaccettabile» la decisione di X": a verdict of blame.
  { type: "CRITICIZED", lemma: "definire", objects: ["direct", "direct-of"], needs: BLAME },
  // "si è scagliato contro X", "ha tuonato contro X": words against someone.
  { type: "CRITICIZED", lemma: "scagliare", objects: ["contro"], reflexive: true, intransitive: true },
  ...["tuonare", "inveire"].map((lemma): VerbCue => ({ type: "CRITICIZED", lemma, objects: ["contro"], intransitive: true })),
  // "ha puntato il dito contro X"
  { type: "CRITICIZED", lemma: "puntare", objects: ["contro"], needs: ["dito"] },
  // THREATENED
  { type: "THREATENED", lemma: "minacciare", objects: ["direct"] },
  // SANCTIONED
  { type: "SANCTIONED", lemma: "sanzionare", objects: ["direct"] },
  ...["imporre", "varare", "adottare", "approvare", "introdurre", "decretare", "applicare", "estendere", "inasprire"].map(
    (lemma): VerbCue => ({ type: "SANCTIONED", lemma, objects: ["contro", "a", "su"], needs: SANCTIONS }),
  ),
  // ATTACKED
  { type: "ATTACKED", lemma: "attaccare", objects: ["direct"], unless: ["verbalmente", "duramente", "aspramente"] },
  { type: "ATTACKED", lemma: "invadere", objects: ["direct"] },
  { type: "ATTACKED", lemma: "bombardare", objects: ["direct"] },
  // "ha bombardato campi in Pakistan", "ha bombardato la periferia di X": the place of the targets.
  { type: "ATTACKED", lemma: "bombardare", objects: ["direct-of"], objectKind: "place" },
  // "ha aperto il fuoco contro villaggi indiani"
  { type: "ATTACKED", lemma: "aprire", objects: ["contro", "su"], needs: ["fuoco"] },
  { type: "ATTACKED", lemma: "aggredire", objects: ["direct"] },
  { type: "ATTACKED", lemma: "combattere", objects: ["contro"] },
  ...["lanciare", "sferrare", "sparare", "scagliare"].map(
    (lemma): VerbCue => ({ type: "ATTACKED", lemma, objects: ["contro", "su", "verso"], needs: ["missili", "missile", "razzi", "razzo", "droni", "drone", "attacco", "attacchi", "offensiva", "raid", "bombe", "colpi", "proiettili"] }),
  ),
  { type: "ATTACKED", lemma: "colpire", objects: ["direct"], needs: STRIKES },
  // Armed forces striking a place ("l'esercito ha colpito la raffineria di X"); storms strike places too, so the force must be named.
  { type: "ATTACKED", lemma: "colpire", objects: ["direct", "direct-of"], objectKind: "place", needs: [...STRIKES, ...FORCES], unless: NOT_CONQUEST },
  ...["conquistare", "espugnare", "occupare"].map((lemma): VerbCue => ({ type: "ATTACKED", lemma, objects: ["direct", "direct-of"], objectKind: "place", unless: NOT_CONQUEST })),
  // "hanno preso il controllo di X", "assunto il controllo di X"
  ...["prendere", "assumere", "strappare"].map((lemma): VerbCue => ({ type: "ATTACKED", lemma, objects: ["di"], objectKind: "place", needs: ["controllo"] })),
  // PRAISED
  ...["elogiare", "lodare", "applaudire", "encomiare"].map(
    (lemma): VerbCue => ({ type: "PRAISED", lemma, objects: ["direct", "direct-of"] }),
  ),
  { type: "PRAISED", lemma: "ringraziare", objects: ["direct"] },
  { type: "PRAISED", lemma: "congratulare", objects: ["con"], reflexive: true, intransitive: true },
  { type: "PRAISED", lemma: "complimentare", objects: ["con"], reflexive: true, intransitive: true },
  { type: "PRAISED", lemma: "felicitare", objects: ["con"], reflexive: true, intransitive: true },
  ...["accogliere", "salutare"].map((lemma): VerbCue => ({ type: "PRAISED", lemma, objects: ["direct", "direct-of"], needs: APPROVAL })),
];

export const NOUN_CUES: readonly NounCue[] = [
  // MET
  { type: "MET", forms: ["incontro", "incontri"], objects: ["con"], agents: ["di"], unless: REMOTE },
  { type: "MET", forms: ["vertice", "vertici", "summit"], objects: ["con"], agents: ["di"], unless: REMOTE },
  { type: "MET", forms: ["colloquio", "colloqui"], objects: ["con"], agents: ["di"] },
  { type: "MET", forms: ["telefonata", "telefonate"], objects: ["con"], agents: ["di"] },
  { type: "MET", forms: ["conversazione"], phrase: ["conversazione", "telefonica"], objects: ["con"], agents: ["di"] },
  { type: "MET", forms: ["faccia"], phrase: ["faccia", "a", "faccia"], objects: ["con"], agents: [] },
  { type: "MET", forms: ["conferenza"], phrase: ["conferenza", "stampa", "congiunta"], objects: ["con"], agents: [] },
  { type: "MET", forms: ["bilaterale", "bilaterali"], objects: ["con"], agents: ["di"], unless: REMOTE },
  { type: "MET", forms: ["riunione", "riunioni", "pranzo", "cena", "udienza"], objects: ["con"], agents: ["di"], unless: REMOTE },
  { type: "MET", forms: ["stretta"], phrase: ["stretta", "di", "mano"], objects: ["con"], agents: ["di"] },
  // VISITED
  { type: "VISITED", forms: ["visita", "visite"], objects: ["in", "a"], objectKind: "place", agents: ["di"] },
  { type: "VISITED", forms: ["viaggio", "viaggi", "trasferta"], objects: ["in", "a", "verso"], objectKind: "place", agents: ["di"] },
  { type: "VISITED", forms: ["tappa"], objects: ["a", "in"], objectKind: "place", agents: [] },
  // NEGOTIATED_WITH
  { type: "NEGOTIATED_WITH", forms: ["trattativa", "trattative"], objects: ["con"], agents: ["di"] },
  { type: "NEGOTIATED_WITH", forms: ["negoziato", "negoziati", "negoziazione", "negoziazioni"], objects: ["con"], agents: ["di"] },
  { type: "NEGOTIATED_WITH", forms: ["dialogo"], objects: ["con"], agents: ["di"] },
  { type: "NEGOTIATED_WITH", forms: ["colloqui", "trattative", "negoziati"], objects: ["con"], agents: ["di"], needs: START_TALKS, unless: REMOTE },
  // AGREED_WITH
  { type: "AGREED_WITH", forms: ["accordo", "accordi", "patto", "patti", "intesa", "intese", "trattato", "memorandum", "tregua", "armistizio"], objects: ["con"], agents: [] },
  { type: "AGREED_WITH", forms: ["dichiarazione"], phrase: ["dichiarazione", "congiunta"], objects: ["con"], agents: [] },
  // COOPERATED_WITH
  { type: "COOPERATED_WITH", forms: ["cooperazione", "collaborazione", "partenariato", "alleanza", "legami"], objects: ["con"], agents: ["di"] },
  // SENT_TROOPS_TO
  { type: "SENT_TROOPS_TO", forms: ["invio", "dispiegamento", "schieramento", "spiegamento"], objects: ["in", "a", "verso"], objectKind: "place", needs: TROOPS, agents: ["da"] },
  // SUPPLIED
  { type: "SUPPLIED", forms: ["fornitura", "forniture", "consegna", "consegne", "vendita", "vendite", "spedizione", "spedizioni"], objects: ["a", "verso"], agents: ["da"], unless: TROOPS },
  { type: "SUPPLIED", forms: ["aiuti"], objects: ["a"], agents: ["di", "da"], unless: TROOPS },
  { type: "SUPPLIED", forms: ["invio", "trasferimento", "trasferimenti", "esportazioni"], objects: ["a", "verso"], agents: ["da"], needs: GOODS, unless: TROOPS },
  // REQUESTED
  { type: "REQUESTED", forms: ["richiesta", "richieste", "appello"], objects: ["a"], agents: ["di", "da"] },
  { type: "REQUESTED", forms: ["pressione", "pressioni"], objects: ["su"], agents: ["di", "da"] },
  // SUPPORTED
  { type: "SUPPORTED", forms: ["sostegno", "appoggio", "supporto"], objects: ["a"], agents: ["di", "da"] },
  { type: "SUPPORTED", forms: ["solidarietà", "vicinanza"], objects: ["a", "con"], agents: ["di", "da"] },
  { type: "SUPPORTED", forms: ["fianco"], after: ["a", "al", "accanto"], objects: ["di"], agents: [] },
  // CRITICIZED
  { type: "CRITICIZED", forms: ["critica", "critiche", "accusa", "accuse", "condanna"], objects: ["a", "contro", "verso"], agents: ["di", "da"] },
  // THREATENED
  { type: "THREATENED", forms: ["minaccia", "minacce"], objects: ["a", "contro", "verso"], agents: ["di", "da"] },
  // Retaliation named is retaliation threatened ("non esclude ritorsioni contro X").
  { type: "THREATENED", forms: ["ritorsioni", "ritorsione", "rappresaglie", "rappresaglia", "contromisure"], objects: ["contro", "verso", "su"], agents: ["di", "da"] },
  // SANCTIONED
  { type: "SANCTIONED", forms: SANCTIONS, objects: ["contro", "a", "su"], agents: ["di", "da"] },
  // ATTACKED
  { type: "ATTACKED", forms: ["invasione"], objects: ["di", "in"], agents: ["da"] },
  { type: "ATTACKED", forms: ["attacco", "attacchi", "offensiva", "offensive", "aggressione", "bombardamenti", "bombardamento", "raid"], objects: ["contro", "a", "su"], agents: ["di", "da"] },
  { type: "ATTACKED", forms: ["guerra"], objects: ["contro", "a", "in"], agentOnly: ["a", "in"], agents: ["di"] },
  { type: "ATTACKED", forms: ["operazione"], phrase: ["operazione", "militare"], objects: ["contro", "in"], agentOnly: ["in"], agents: ["di"] },
  // PRAISED
  // "ha reso omaggio a X", "ha espresso apprezzamento per X"
  { type: "PRAISED", forms: ["elogio", "elogi", "plauso", "lode", "lodi", "omaggio", "apprezzamento"], objects: ["a", "per"], agents: ["di", "da"] },
  { type: "PRAISED", forms: ["congratulazioni", "felicitazioni", "complimenti", "ringraziamenti", "ringraziamento", "gratitudine", "riconoscenza"], objects: ["a", "con", "verso"], agents: ["di", "da"] },
  { type: "THREATENED", forms: ["ultimatum"], objects: ["a", "contro"], agents: ["di", "da"] },
];

/**
 * Nouns for events whose di-complement is their agent: "sostegno alla guerra di Mosca"
 * supports Moscow. ("l'invasione dell'Ucraina" is not: Ukraine is its target.)
 */
export const AGENTIVE_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "guerra", "operazione", "offensiva", "campagna", "sforzo", "sforzi", "causa", "esercito", "truppe", "forze",
]);

/**
 * What someone does or says, whose di-complement is the doer: "ha denunciato le trattative
 * della Russia" criticises Russia; "ha condannato il delitto di Timbuctù" does not.
 */
export const CONDUCT_NOUNS: ReadonlySet<string> = new Set([
  "trattative", "trattativa", "negoziati", "scelte", "scelta", "decisione", "decisioni", "politica", "politiche",
  "azioni", "azione", "dichiarazioni", "dichiarazione", "parole", "comportamento", "condotta", "attacco", "attacchi",
  "operazione", "operazioni", "offensiva", "cooperazione", "collaborazione", "ruolo", "posizione", "sostegno",
  "appoggio", "minacce", "minaccia", "provocazioni", "provocazione", "risposta", "impegno", "lavoro", "leadership",
  "gestione", "strategia", "piano", "proposta", "iniziativa", "mossa", "mosse", "atteggiamento", "retorica",
  "violazioni", "lanci", "test", "programma", "forniture", "invio", "coraggio", "sforzi", "contributo", "aiuto",
  "aiuti", "vittoria", "risultato", "risultati", "discorso", "intervento", "interventi", "linea", "governo",
  "esercitazioni", "esercitazione", "manovre", "lancio", "dispiegamento", "riarmo", "ingerenza", "ingerenze",
  "esercito", "candidatura", "causa", "campagna",
]);

/**
 * A sanction cue under one of these (non escludere, minacciare, valutare) is a threat, not
 * a sanction: "gli USA non escludono nuove sanzioni contro X" → THREATENED.
 */
export const THREAT_GOVERNORS: ReadonlySet<string> = new Set([
  "escludere", "minacciare", "valutare", "ventilare", "prospettare", "paventare", "ipotizzare", "considerare", "minaccia", "minacce",
]);
