// Irregular Italian verbs, as principal parts. Only the forms the regular endings of
// lemma.ts cannot produce are listed; finite tenses are six slots (1sg..3pl, "" = regular),
// and "a/b" lists variants. `prefixes` derive compounds that conjugate alike
// (pro+mettere, ot+tenere, im+porre).

import type { VerbTense } from "../lemma.ts";

export interface IrregularVerb {
  lemma: string;
  prefixes?: string[];
  forms: Partial<Record<VerbTense, string[]>>;
}

const FUT = ["ò", "ai", "à", "emo", "ete", "anno"];
const COND = ["ei", "esti", "ebbe", "emmo", "este", "ebbero"];
/** Future and conditional from a contracted stem: "andr" → andrò…, andrei…. */
const futCond = (stem: string) => ({
  futuro: FUT.map((e) => stem + e),
  condizionale: COND.map((e) => stem + e),
});
/** Strong passato remoto: 1sg, 3sg, 3pl from one stem ("pres" → presi, prese, presero). */
const strong = (stem: string) => ["i", "", "e", "", "", "ero"].map((e) => (e ? stem + e : ""));
/** Participle with gender and number from its masculine singular. */
const part = (ms: string) => {
  const s = ms.slice(0, -1);
  return [ms, s + "a", s + "i", s + "e"];
};
/** Present subjunctive from the 1sg stem ("facci" → faccia…, facciano). */
const subj = (stem: string, pl1: string, pl2: string) => [stem + "a", stem + "a", stem + "a", pl1, pl2, stem + "ano"];

/** Strong -ere verbs whose irregularity is the remoto and the participle (prendere: presi, preso). */
function strongEre(lemma: string, remoto: string, participle: string, prefixes?: string[]): IrregularVerb {
  const v: IrregularVerb = { lemma, forms: { remoto: strong(remoto), participio: part(participle) } };
  if (prefixes) v.prefixes = prefixes;
  return v;
}

export const IRREGULAR_VERBS: readonly IrregularVerb[] = [
  {
    lemma: "essere",
    forms: {
      presente: ["sono", "sei", "è/e'", "siamo", "siete", "sono"],
      imperfetto: ["ero", "eri", "era", "eravamo", "eravate", "erano"],
      remoto: ["fui", "fosti", "fu", "fummo", "foste", "furono"],
      ...futCond("sar"),
      congiuntivo: ["sia", "sia", "sia", "siamo", "siate", "siano"],
      "congiuntivo-imperfetto": ["fossi", "fossi", "fosse", "fossimo", "foste", "fossero"],
      gerundio: ["essendo"],
      participio: part("stato"),
    },
  },
  {
    lemma: "avere",
    forms: {
      presente: ["ho", "hai", "ha", "abbiamo", "avete", "hanno"],
      remoto: ["ebbi", "", "ebbe", "", "", "ebbero"],
      ...futCond("avr"),
      congiuntivo: ["abbia", "abbia", "abbia", "abbiamo", "abbiate", "abbiano"],
    },
  },
  {
    lemma: "fare",
    prefixes: ["soddis", "ri", "contraf"],
    forms: {
      presente: ["faccio", "fai", "fa", "facciamo", "fate", "fanno"],
      imperfetto: ["facevo", "facevi", "faceva", "facevamo", "facevate", "facevano"],
      remoto: ["feci", "facesti", "fece", "facemmo", "faceste", "fecero"],
      ...futCond("far"),
      congiuntivo: subj("facci", "facciamo", "facciate"),
      imperativo: ["", "fa'/fai", "", "", "", ""],
      "congiuntivo-imperfetto": ["facessi", "facessi", "facesse", "facessimo", "faceste", "facessero"],
      gerundio: ["facendo"],
      participio: part("fatto"),
    },
  },
  {
    lemma: "dire",
    prefixes: ["contrad", "ri", "pre", "dis"],
    forms: {
      presente: ["dico", "dici", "dice", "diciamo", "dite", "dicono"],
      imperfetto: ["dicevo", "dicevi", "diceva", "dicevamo", "dicevate", "dicevano"],
      remoto: ["dissi", "dicesti", "disse", "dicemmo", "diceste", "dissero"],
      ...futCond("dir"),
      congiuntivo: subj("dic", "diciamo", "diciate"),
      imperativo: ["", "di'", "", "", "", ""],
      "congiuntivo-imperfetto": ["dicessi", "dicessi", "dicesse", "dicessimo", "diceste", "dicessero"],
      gerundio: ["dicendo"],
      participio: part("detto"),
    },
  },
  {
    lemma: "andare",
    forms: {
      presente: ["vado", "vai", "va", "andiamo", "andate", "vanno"],
      ...futCond("andr"),
      congiuntivo: subj("vad", "andiamo", "andiate"),
      imperativo: ["", "va'/vai", "vada", "andiamo", "andate", "vadano"],
    },
  },
  {
    lemma: "venire",
    prefixes: ["inter", "con", "av", "sv", "pro", "pre", "sopra", "contrav", "ri", "per"],
    forms: {
      presente: ["vengo", "vieni", "viene", "veniamo", "venite", "vengono"],
      remoto: ["venni", "", "venne", "", "", "vennero"],
      ...futCond("verr"),
      congiuntivo: subj("veng", "veniamo", "veniate"),
      participio: part("venuto"),
    },
  },
  {
    lemma: "dovere",
    forms: {
      presente: ["devo/debbo", "devi", "deve", "dobbiamo", "dovete", "devono/debbono"],
      ...futCond("dovr"),
      congiuntivo: subj("debb", "dobbiamo", "dobbiate"),
    },
  },
  {
    lemma: "potere",
    forms: {
      presente: ["posso", "puoi", "può", "possiamo", "potete", "possono"],
      ...futCond("potr"),
      congiuntivo: subj("poss", "possiamo", "possiate"),
    },
  },
  {
    lemma: "volere",
    forms: {
      presente: ["voglio", "vuoi", "vuole", "vogliamo", "volete", "vogliono"],
      remoto: strong("voll"),
      ...futCond("vorr"),
      congiuntivo: subj("vogli", "vogliamo", "vogliate"),
    },
  },
  {
    lemma: "sapere",
    forms: {
      presente: ["so", "sai", "sa", "sappiamo", "sapete", "sanno"],
      remoto: strong("sepp"),
      ...futCond("sapr"),
      congiuntivo: subj("sappi", "sappiamo", "sappiate"),
    },
  },
  {
    lemma: "dare",
    forms: {
      presente: ["do", "dai", "dà", "diamo", "date", "danno"],
      remoto: ["diedi/detti", "desti", "diede/dette", "demmo", "deste", "diedero/dettero"],
      ...futCond("dar"),
      congiuntivo: ["dia", "dia", "dia", "diamo", "diate", "diano"],
      imperativo: ["", "da'/dai", "", "", "", ""],
      "congiuntivo-imperfetto": ["dessi", "dessi", "desse", "dessimo", "deste", "dessero"],
    },
  },
  {
    lemma: "stare",
    forms: {
      presente: ["sto", "stai", "sta", "stiamo", "state", "stanno"],
      remoto: ["stetti", "stesti", "stette", "stemmo", "steste", "stettero"],
      ...futCond("star"),
      congiuntivo: ["stia", "stia", "stia", "stiamo", "stiate", "stiano"],
      "congiuntivo-imperfetto": ["stessi", "stessi", "stesse", "stessimo", "steste", "stessero"],
    },
  },
  {
    lemma: "tenere",
    prefixes: ["ot", "sos", "man", "ap", "con", "de", "ri", "trat", "at"],
    forms: {
      presente: ["tengo", "tieni", "tiene", "teniamo", "tenete", "tengono"],
      remoto: strong("tenn"),
      ...futCond("terr"),
      congiuntivo: subj("teng", "teniamo", "teniate"),
    },
  },
  {
    lemma: "rimanere",
    forms: {
      presente: ["rimango", "rimani", "rimane", "rimaniamo", "rimanete", "rimangono"],
      remoto: strong("rimas"),
      ...futCond("rimarr"),
      congiuntivo: subj("rimang", "rimaniamo", "rimaniate"),
      participio: part("rimasto"),
    },
  },
  {
    lemma: "porre",
    prefixes: ["im", "pro", "pre", "dis", "es", "com", "op", "sup", "ri", "contrap", "sovrap", "dep", "sotto", "ap", "inter"],
    forms: {
      infinito: ["porre"],
      presente: ["pongo", "poni", "pone", "poniamo", "ponete", "pongono"],
      imperfetto: ["ponevo", "ponevi", "poneva", "ponevamo", "ponevate", "ponevano"],
      remoto: ["posi", "ponesti", "pose", "ponemmo", "poneste", "posero"],
      ...futCond("porr"),
      congiuntivo: subj("pong", "poniamo", "poniate"),
      "congiuntivo-imperfetto": ["ponessi", "ponessi", "ponesse", "ponessimo", "poneste", "ponessero"],
      gerundio: ["ponendo"],
      participio: part("posto"),
    },
  },
  {
    lemma: "durre",
    prefixes: ["con", "pro", "intro", "ri", "de", "se", "tra", "in", "ad"],
    forms: {
      infinito: ["durre"],
      presente: ["duco", "duci", "duce", "duciamo", "ducete", "ducono"],
      imperfetto: ["ducevo", "ducevi", "duceva", "ducevamo", "ducevate", "ducevano"],
      remoto: ["dussi", "ducesti", "dusse", "ducemmo", "duceste", "dussero"],
      ...futCond("durr"),
      congiuntivo: subj("duc", "duciamo", "duciate"),
      "congiuntivo-imperfetto": ["ducessi", "ducessi", "ducesse", "ducessimo", "duceste", "ducessero"],
      gerundio: ["ducendo"],
      participio: part("dotto"),
    },
  },
  {
    lemma: "trarre",
    prefixes: ["at", "dis", "sot", "ri", "es", "con", "pro"],
    forms: {
      infinito: ["trarre"],
      presente: ["traggo", "trai", "trae", "traiamo", "traete", "traggono"],
      imperfetto: ["traevo", "traevi", "traeva", "traevamo", "traevate", "traevano"],
      remoto: ["trassi", "traesti", "trasse", "traemmo", "traeste", "trassero"],
      ...futCond("trarr"),
      gerundio: ["traendo"],
      participio: part("tratto"),
    },
  },
  {
    lemma: "uscire",
    prefixes: ["ri"],
    forms: {
      presente: ["esco", "esci", "esce", "usciamo", "uscite", "escono"],
      congiuntivo: subj("esc", "usciamo", "usciate"),
    },
  },
  {
    lemma: "cogliere",
    prefixes: ["ac", "rac", "s", "ri"],
    forms: {
      presente: ["colgo", "cogli", "coglie", "cogliamo", "cogliete", "colgono"],
      remoto: strong("cols"),
      congiuntivo: subj("colg", "cogliamo", "cogliate"),
      participio: part("colto"),
    },
  },
  {
    lemma: "togliere",
    forms: {
      presente: ["tolgo", "togli", "toglie", "togliamo", "togliete", "tolgono"],
      remoto: strong("tols"),
      participio: part("tolto"),
    },
  },
  {
    lemma: "scegliere",
    forms: {
      presente: ["scelgo", "scegli", "sceglie", "scegliamo", "scegliete", "scelgono"],
      remoto: strong("scels"),
      participio: part("scelto"),
    },
  },
  {
    lemma: "morire",
    forms: {
      presente: ["muoio", "muori", "muore", "moriamo", "morite", "muoiono"],
      participio: part("morto"),
    },
  },
  { lemma: "bere", forms: { presente: ["bevo", "bevi", "beve", "beviamo", "bevete", "bevono"], remoto: strong("bevv"), ...futCond("berr"), participio: part("bevuto"), gerundio: ["bevendo"] } },
  { lemma: "vedere", prefixes: ["pre", "ri", "prov", "intra"], forms: { remoto: strong("vid"), ...futCond("vedr"), participio: [...part("visto"), ...part("veduto")] } },
  { lemma: "cadere", prefixes: ["ac", "de", "ri"], forms: { remoto: strong("cadd"), ...futCond("cadr") } },
  { lemma: "valere", prefixes: ["pre", "equi"], forms: { presente: ["valgo", "", "", "", "", "valgono"], remoto: strong("vals"), ...futCond("varr"), participio: part("valso") } },
  { lemma: "parere", forms: { presente: ["paio", "", "pare", "", "", "paiono"], remoto: strong("parv"), ...futCond("parr"), participio: part("parso") } },
  { lemma: "sedere", prefixes: ["pos", "pres"], forms: { presente: ["siedo", "siedi", "siede", "", "", "siedono"] } },
  { lemma: "nascere", forms: { remoto: strong("nacqu"), participio: part("nato") } },
  { lemma: "vivere", prefixes: ["con", "soprav", "ri"], forms: { remoto: strong("viss"), ...futCond("vivr"), participio: part("vissuto") } },
  { lemma: "offrire", forms: { remoto: strong("offers"), participio: part("offerto") } },
  { lemma: "aprire", prefixes: ["ri"], forms: { remoto: strong("apers"), participio: part("aperto") } },
  { lemma: "coprire", prefixes: ["s", "ri"], forms: { remoto: strong("copers"), participio: part("coperto") } },
  { lemma: "soffrire", forms: { participio: part("sofferto") } },
  { lemma: "apparire", prefixes: ["com", "s"], forms: { presente: ["appaio", "", "", "", "", "appaiono"], remoto: strong("appars"), participio: part("apparso") } },
  { lemma: "compiere", forms: { presente: ["compio", "compi", "compie", "compiamo", "compite", "compiono"], remoto: ["compii", "compisti", "compì", "compimmo", "compiste", "compirono"], participio: part("compiuto"), gerundio: ["compiendo"] } },
  strongEre("mettere", "mis", "messo", ["pro", "am", "per", "tras", "sotto", "com", "di", "e", "scom", "ri", "compro", "im"]),
  strongEre("prendere", "pres", "preso", ["ri", "sor", "com", "ap", "intra", "im"]),
  strongEre("chiedere", "chies", "chiesto", ["ri"]),
  strongEre("cludere", "clus", "cluso", ["con", "in", "es", "pre", "ri"]),
  strongEre("primere", "press", "presso", ["es", "com", "re", "op", "sop", "de", "im"]),
  strongEre("spondere", "spos", "sposto", ["ri", "cor"]),
  strongEre("scrivere", "scriss", "scritto", ["sotto", "de", "pre", "pro", "tra", "i", "ri"]),
  strongEre("vincere", "vins", "vinto", ["con", "s"]),
  strongEre("cidere", "cis", "ciso", ["de", "uc", "re", "in"]),
  strongEre("fendere", "fes", "feso", ["di", "of"]),
  strongEre("tendere", "tes", "teso", ["in", "at", "pre", "es", "con", "sos"]),
  strongEre("pendere", "pes", "peso", ["s", "di", "so", "sos", "ap"]),
  strongEre("scendere", "sces", "sceso", ["di", "a", "con"]),
  strongEre("cendere", "ces", "ceso", ["ac", "in"]),
  strongEre("cutere", "cuss", "cusso", ["dis", "per", "riper"]),
  strongEre("muovere", "moss", "mosso", ["pro", "ri", "com", "s"]),
  strongEre("correre", "cors", "corso", ["soc", "ri", "oc", "con", "per", "de", "in", "tras"]),
  strongEre("leggere", "less", "letto", ["e", "ri", "rie"]),
  strongEre("rigere", "ress", "retto", ["di", "cor", "e"]),
  strongEre("giungere", "giuns", "giunto", ["rag", "ag", "con", "sog"]),
  strongEre("spingere", "spins", "spinto", ["re", "so"]),
  strongEre("stringere", "strins", "stretto", ["co", "re"]),
  strongEre("struggere", "struss", "strutto", ["di"]),
  strongEre("volgere", "vols", "volto", ["s", "ri", "coin", "tra", "ca"]),
  strongEre("solvere", "sols", "solto", ["ri", "as"]),
  strongEre("rompere", "rupp", "rotto", ["inter", "cor", "ir"]),
  strongEre("perdere", "pers", "perso", ["di"]),
  strongEre("chiudere", "chius", "chiuso", ["rin", "rac", "s"]),
  strongEre("ridere", "ris", "riso", ["sor", "de"]),
  strongEre("videre", "vis", "viso", ["di", "con", "sud"]),
  strongEre("vadere", "vas", "vaso", ["in", "e", "per"]),
  strongEre("suadere", "suas", "suaso", ["per", "dis"]),
  strongEre("plodere", "plos", "ploso", ["es"]),
  strongEre("sumere", "suns", "sunto", ["as", "pre", "rias"]),
  strongEre("fingere", "fins", "finto", []),
  strongEre("nascondere", "nascos", "nascosto", []),
  strongEre("fondere", "fus", "fuso", ["dif", "con", "ri"]),
  strongEre("crescere", "crebb", "cresciuto", ["ac", "de", "ri"]),
  strongEre("conoscere", "conobb", "conosciuto", ["ri", "dis"]),
  strongEre("piacere", "piacqu", "piaciuto", ["com", "dis"]),
  strongEre("tacere", "tacqu", "taciuto", []),
  strongEre("nuocere", "nocqu", "nociuto", []),
  { lemma: "sistere", prefixes: ["in", "re", "e", "per", "con", "as", "sus"], forms: { participio: part("sistito") } },
  strongEre("mergere", "mers", "merso", ["e", "im", "som"]),
  strongEre("spargere", "spars", "sparso", ["co", "di"]),
  strongEre("torcere", "tors", "torto", ["con", "s"]),
  strongEre("ardere", "ars", "arso", []),
];
