// Verb lemmas the relation rules must recognise as verbs even when they are not cues:
// they end noun phrases when the sentence is cut into units, carry modality, or
// introduce reported speech. The lemmatiser over-generates, so a form counts as a verb
// only when one of its lemmas is known here or in the cue lexicon.

export const AUXILIARIES: ReadonlySet<string> = new Set(["essere", "avere", "venire", "stare"]);

export const MODALS: ReadonlySet<string> = new Set(["dovere", "potere", "volere"]);

/** Verbs of saying and reporting: their subject is who claims what follows. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "dire", "affermare", "dichiarare", "riferire", "riportare", "annunciare", "rivelare", "spiegare", "aggiungere",
  "sottolineare", "precisare", "commentare", "confermare", "scrivere", "citare", "ribadire", "osservare", "notare",
  "assicurare", "avvertire", "ammettere", "raccontare", "denunciare", "segnalare", "indicare", "comunicare",
  "informare", "replicare", "rispondere", "smentire", "negare", "sostenere", "ritenere", "stimare", "ipotizzare",
  "lasciare", "twittare", "scrivere", "diffondere", "pubblicare", "rendere",
]);

/** Frequent news verbs that are neither cues nor speech verbs. */
export const COMMON_VERBS: ReadonlySet<string> = new Set([
  "fare", "andare", "dare", "sapere", "vedere", "tenere", "mettere", "prendere", "portare", "restare", "rimanere",
  "diventare", "sembrare", "parere", "apparire", "risultare", "continuare", "cominciare", "iniziare", "finire",
  "terminare", "cercare", "provare", "tentare", "riuscire", "decidere", "scegliere", "pensare", "credere", "sperare",
  "temere", "volere", "intendere", "prevedere", "programmare", "pianificare", "preparare", "organizzare", "proporre",
  "promettere", "impegnare", "aumentare", "ridurre", "crescere", "diminuire", "intensificare", "mostrare",
  "dimostrare", "indicare", "spingere", "premere", "cessare", "smettere", "porre", "mantenere", "usare", "utilizzare",
  "impiegare", "morire", "ferire", "uccidere", "addestrare", "aggiungere", "soddisfare", "raggiungere", "trovare",
  "lasciare", "partire", "tornare", "entrare", "uscire", "stimare", "valutare", "considerare", "escludere",
  "includere", "riguardare", "interessare", "coinvolgere", "avvenire", "accadere", "succedere", "svolgere",
  "tenere", "ospitare", "guidare", "dirigere", "presiedere", "rappresentare", "nominare", "eleggere", "vincere",
  "perdere", "chiamare", "definire", "considerare", "attuare", "applicare", "revocare", "sospendere", "rispettare",
  "assumere", "compiere", "esprimere", "prendere", "stabilire", "rendere", "proseguire", "giungere", "diffondere",
  "trasmettere", "scambiare", "citare", "intervenire", "mediare", "introdurre", "proporre", "assistere", "ottenere",
  "spostare", "trovare", "trovarsi", "rivolgere", "chiudere", "aprire", "offrire", "permettere", "consentire",
  "impedire", "evitare", "vietare", "bloccare", "fermare", "sostituire", "nascere", "vivere", "lavorare",
  "occupare", "conquistare", "catturare", "arrestare", "liberare", "rilasciare", "votare", "bocciare", "presentare",
  "distruggere", "giocare", "segnare", "correre", "scontrare", "parlare", "telefonare", "rifiutare", "abbandonare",
  "fuggire", "tornare", "rientrare", "chiamare", "aspettare", "attendere", "vedere", "guardare", "sentire", "capire",
  "ottenere", "perdere", "pagare", "costare", "comprare", "raccogliere", "colpire", "ferire", "salvare", "aiutare",
  "assistere", "osservare", "denunciare", "condannare", "processare", "giudicare", "accusare", "indagare",
  "scoppiare", "esplodere", "crollare", "bruciare", "incendiare", "evacuare", "protestare", "manifestare",
  "scioperare", "dimettere", "governare", "candidare", "vincere", "superare", "battere", "sconfiggere", "pareggiare",
]);

/** Adverbs that may stand inside a verb group ("avrebbe già spedito", "non ha mai incontrato"). */
export const VERB_GROUP_ADVERBS: ReadonlySet<string> = new Set([
  "si", "ci", "ne", "vi", "invece", "infatti", "quindi", "dunque", "allora", "però",
  "già", "non", "mai", "ancora", "anche", "più", "poi", "proprio", "subito", "ora", "sempre", "inoltre", "finora",
  "forse", "probabilmente", "presto", "infine", "solo", "soltanto", "ufficialmente", "apparentemente", "nuovamente",
]);

/** Verbs whose object does what the infinitive after them says ("accusare X di …", "convincere X a …"). */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  "accusare", "esortare", "convincere", "persuadere", "costringere", "invitare", "spingere", "sollecitare", "autorizzare",
  "obbligare", "incoraggiare", "aiutare", "pregare", "implorare", "chiamare", "incaricare",
  // "ringraziare X per il sostegno", "condannare X per l'attacco": X did it.
  "ringraziare", "condannare", "criticare", "elogiare", "lodare", "punire", "sanzionare", "premiare", "biasimare",
]);

/** Verbs that judge what their object names, so the object's agent is someone else ("condanna l'attacco"). */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  "condannare", "criticare", "denunciare", "deplorare", "elogiare", "lodare", "accusare", "stigmatizzare", "commentare",
  "discutere", "analizzare", "temere", "respingere", "chiedere", "sollecitare",
  "ringraziare", "salutare", "accogliere", "definire", "giudicare", "ricordare", "citare",
]);

/** Verbs of help: "inviati a sostenere la Russia" names where troops are sent. */
export const HELP_VERBS: ReadonlySet<string> = new Set(["sostenere", "aiutare", "supportare", "affiancare", "difendere", "assistere", "combattere"]);
