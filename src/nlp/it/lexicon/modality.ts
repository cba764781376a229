// Modality cues (../../../../shared/spec/ontology.md, "Modality"): words and verb lemmas
// that make an event planned, possible or negated. Verbs are lemmas; other entries are
// lowercased surface forms.

/** Governing verbs that make what they govern planned ("intende recarsi", "vuole incontrare"). */
export const PLANNED_VERBS: ReadonlySet<string> = new Set([
  "intendere", "volere", "prevedere", "programmare", "pianificare", "progettare", "preparare", "promettere",
  "impegnare", "puntare", "mirare", "decidere", "organizzare", "concordare", "accettare", "proporre", "offrire",
]);

/** Words that make an event planned. */
export const PLANNED_WORDS: ReadonlySet<string> = new Set([
  "intenzione", "intenzioni", "preparazione", "previsto", "prevista", "previsti", "previste", "programmato",
  "programmata", "programma", "piano", "piani", "progetto", "progetti", "imminente", "imminenti", "atteso", "attesa",
  "attesi", "prossimo", "prossima", "prossimi", "prossime", "futuro", "futura", "pronto", "pronta", "pronti", "pronte",
  "calendario", "agenda",
]);

/** Governing verbs that make what they govern possible ("potrebbe inviare", "sembra aumentare"). */
export const POSSIBLE_VERBS: ReadonlySet<string> = new Set(["potere", "sembrare", "parere", "rischiare", "ipotizzare", "valutare", "considerare"]);

/** Words that make an event possible. */
export const POSSIBLE_WORDS: ReadonlySet<string> = new Set([
  "possibile", "possibili", "possibilità", "eventuale", "eventuali", "eventualmente", "ipotesi", "ipotetico",
  "ipotetica", "forse", "probabilmente", "probabile", "probabili", "potenziale", "potenziali", "presunto", "presunta",
  "presunti", "presunte", "aperto", "aperta", "aperti", "disponibile", "disponibili", "disposto", "disposta",
  "ipotizzato", "ipotizzata", "eventualità", "scenario", "rischio",
]);

/** Negators: words and verbs that deny what they govern. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(["non", "né", "mai", "nessun", "nessuna", "nessuno", "niente", "nulla", "senza"]);
export const NEGATION_VERBS: ReadonlySet<string> = new Set(["negare", "smentire", "escludere", "rifiutare", "respingere"]);

/**
 * Stopping or calling off an event ("ha sospeso l'invio di armi", "ha annullato la visita"):
 * they negate the event noun or infinitive they govern, not a verb coordinated with them.
 */
export const STOP_VERBS: ReadonlySet<string> = new Set(["sospendere", "bloccare", "interrompere", "congelare", "annullare", "cancellare"]);

/** Verbs that a negation turns into possibility: "non escludono", "non è escluso". */
export const NEGATED_TO_POSSIBLE: ReadonlySet<string> = new Set(["escludere"]);

/** Clause openers that make a clause hypothetical: "se", "qualora", "nel caso in cui". */
export const HYPOTHETICAL_OPENERS: ReadonlySet<string> = new Set(["se", "qualora", "caso", "ammesso", "supponendo"]);
