// Italian function words the relation rules read: prepositions (with their articulated
// forms folded to the bare preposition), articles and determiners, clause openers.
// Keys are lowercased, with the typographic apostrophe folded to "'".

const ARTICULATED: Record<string, string[]> = {
  di: ["di", "d'", "del", "dello", "della", "dei", "degli", "delle", "dell'"],
  a: ["a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all'"],
  da: ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'"],
  in: ["in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'"],
  con: ["con", "col", "coi"],
  su: ["su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'"],
  per: ["per"],
  tra: ["tra", "fra"],
  contro: ["contro"],
  verso: ["verso"],
  presso: ["presso"],
  secondo: ["secondo"],
  durante: ["durante"],
  dopo: ["dopo"],
  prima: ["prima"],
  senza: ["senza"],
  entro: ["entro"],
};

/** Surface preposition → the bare preposition ("dalla" → "da"). */
export const PREPOSITIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(ARTICULATED).flatMap(([bare, forms]) => forms.map((f): [string, string] => [f, bare])),
);

export const ARTICLES: ReadonlySet<string> = new Set([
  "il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'",
]);

/** Possessives: their antecedent is the agent of the noun they modify ("la sua guerra"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["suo", "sua", "suoi", "sue", "loro"]);

/** Words that open a new clause: an argument is not looked for across them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "mentre", "ma", "però", "tuttavia", "quando", "perché", "poiché", "siccome", "se", "benché", "sebbene",
  "affinché", "dove", "cui", "quale", "nonostante", "oppure", "anzi", "invece",
]);

/** Coordinators that join two arguments ("X e Y", "sia X che Y"). */
export const COORDINATORS: ReadonlySet<string> = new Set(["e", "ed"]);

/** Tokens that end a clause outright. */
export const HARD_BREAKS: ReadonlySet<string> = new Set([";", ":", "?", "!", "(", ")", "[", "]"]);

/** Quote marks and dashes: transparent to arguments (they wrap quotes and asides). */
export const TRANSPARENT: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»", "‘", "’", "'", "–", "—", "-"]);

/** Lowercase, typographic apostrophe folded. */
export function fold(token: string): string {
  const lower = token.toLowerCase();
  return lower.includes("’") || lower.includes("ʼ") ? lower.replace(/[’ʼ]/g, "'") : lower;
}
