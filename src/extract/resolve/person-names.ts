import { namePieces } from "../../nlp/it/gazetteer/index.ts";

// Person names compared the way transliterations vary: Zelenskyj = Zelensky = Zelenskyy,
// Dmitrij = Dmitry = Dmitri, Shoigu = Shoygu = Šojgu, Prigozhin = Prigožin,
// Yevgeny = Evgenij, Kim Jong-un = Kim Jong Un. Each word is
// folded (accents, case), y and j read as i, doubled i collapsed, and a final i dropped;
// initials ("John F. Kirby") and suffixes ("Jr.") do not count.

/** The folded form of one name word. */
export function looseWord(piece: string): string {
  // Transliterations of one Cyrillic letter: zh/ž, sh/š, kh/ch/h (Mikhail, Michail;
  // folding has taken the accents off ž and š already); initial ye/e (Yevgeny, Evgenij).
  let w = piece.replace(/zh/g, "z").replace(/sh/g, "s").replace(/[kc]h/g, "h");
  w = w.replace(/[yj]/g, "i").replace(/i{2,}/g, "i").replace(/^ie/, "e");
  if (w.length > 3 && w.endsWith("i")) w = w.slice(0, -1);
  return w;
}

/** Generational suffixes: "Ferdinand Marcos Jr." is Marcos. */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** The words of a person's name, folded, without initials or generational suffixes. */
export function personWords(name: string): string[] {
  return namePieces(name)
    .filter((p) => p.length > 1 && !SUFFIXES.has(p))
    .map(looseWord);
}

/**
 * Whether two full names can be one person: same words, or the shorter is the longer
 * with middle names left out (same first and last word: "Vladimir Putin" ⊂ "Vladimir
 * Vladimirovich Putin").
 */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/**
 * Whether a one-word name can be a short form of a full name: its surname (last word),
 * or its first word, which is the family name in Korean and Chinese order ("Kim" of
 * "Kim Jong-un").
 */
export function shortFormOf(word: string, full: readonly string[]): boolean {
  return full.length >= 2 && (full[full.length - 1] === word || full[0] === word);
}
