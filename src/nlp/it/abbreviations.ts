// Word lists the Italian tokeniser and sentence splitter consult. All lower case; lookups
// lower-case the word first. Elisions and truncations follow the KIND corpus tokens
// (../shared/data/kind), because the NER tagger is trained on that tokenisation.

/**
 * Abbreviations that take a dot and never end a sentence: titles before a name and
 * references before a number ("Sig. Rossi", "n. 5", "ad es. il").
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "on", "avv", "ing",
  "arch", "geom", "rag", "gen", "col", "magg", "ten", "cap", "cav", "comm", "mons", "sen", "dep",
  "egr", "gent", "spett", "mr", "mrs", "ms", "st", "sr", "jr", "sgt", "lt", "capt", "amm", "gov",
  "pres", "min", "sac", "fr", "card", "rev", "dr.ssa", "mt", "d.r", "cons", "dir", "avv.ti",
  // references and connectives
  "es", "cfr", "n", "nn", "nr", "pag", "pagg", "p", "pp", "art", "artt", "vol", "voll", "fig",
  "tab", "tel", "ca", "cit", "op", "ibid", "vs", "cod", "lett", "par", "sez", "cost", "tit", "ss",
  "sgg", "seg", "segg", "ecc.mo", "fraz", "loc", "v", "c.a", "s",
]);

/** Abbreviations that may end a sentence when a capitalised word follows ("armi ecc. Il giorno"). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "ecc", "etc", "inc", "ltd", "corp", "co", "spa", "srl", "a.c", "d.c",
]);

/** Elided forms: "l'Ucraina" is "l'" + "Ucraina". A word before an apostrophe not listed here keeps it (O'Brien). */
export const ELISIONS: ReadonlySet<string> = new Set([
  "l", "dell", "all", "dall", "nell", "sull", "coll", "pell",
  "d", "un", "c", "s", "m", "t", "v", "n", "gl", "degl", "dagl", "agl", "negl", "sugl",
  "ch", "anch", "quest", "quell", "bell", "sant", "tutt", "senz", "com", "cos", "dov", "quand",
  "perch", "qual", "mezz", "nessun", "alcun", "ciascun", "qualcun", "buon", "grand", "tant",
  "quant", "dev", "mal", "sott", "gliel", "vent", "trent", "quarant", "cinquant", "sessant",
  "settant", "ottant", "novant", "cent", "mill", "quattr", "ventiquattr", "dovrebb", "de",
]);

/** Truncated words that keep their apostrophe when no word follows ("un po' di"). */
export const TRUNCATIONS: ReadonlySet<string> = new Set([
  "po", "mo", "be", "pò", "e", "di", "fa", "va", "sta", "da", "to", "pie", "ca", "pa", "mu", "pe",
]);
