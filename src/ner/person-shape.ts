import type { Sentence } from "../types.ts";
import { isGivenName } from "../nlp/it/gazetteer/given-names.ts";
import { RANK, tokenCandidate, type Candidate } from "./candidate.ts";
import { isCompanyWord } from "./company-words.ts";
import type { CapitalisedRun } from "./name-rules.ts";
import { SENTENCE_WORDS } from "./name-rules.ts";

// Person names told by their shape: a known given name followed by one or two
// surname-shaped words ("Carlo Fontana", "Marie-Claude Gagnon"), or a common Chinese,
// Korean, Japanese or Vietnamese family name followed by given-name syllables ("Mao Ning").
// The same test cuts a name that ran on into a person: "Portogallo Carlo Fontana",
// "ministero degli Esteri Mao Ning".

/** Common East-Asian family names, which come first: "He Lifeng", "Park Jin", "Nguyen Van An", "Lai Ching-te". */
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  ("li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie tang " +
    "feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia " +
    "zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui mao qiu qin xi wen " +
    "kim lee park choi choe jung cho yoon jang lim shin oh seo kwon hwang ahn hong ri pak moon " +
    "nguyen tran pham hoang huynh vo dang bui ngo duong " +
    "lai ko hou han tsai chiang hsieh chou hsu kuo chan leung lam wong tse").split(" "),
);

/** "Fontana", "McCain", "O'Brien", "Hasegawa-Ito": one capital word ending in lower case. */
const SURNAME = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*$/u;
/** A given-name syllable after an East-Asian family name: "Ning", "Lifeng", "Jong-un". */
const SYLLABLES = /^\p{Lu}\p{Ll}{1,7}(?:-\p{Ll}{1,4})?$/u;

/** English head nouns that end names of places, prizes and bodies named after people ("Charles River", "Tony Award"). */
const NAME_HEADS = new Set([
  "award", "awards", "prize", "cup", "trophy", "river", "street", "avenue", "square", "park", "bridge", "lake", "island",
  "institute", "foundation", "center", "centre", "hall", "tower", "airport", "station", "college", "school", "university",
]);

function surnameShaped(text: string): boolean {
  return SURNAME.test(text) && !SENTENCE_WORDS.has(text.toLowerCase()) && !isCompanyWord(text) && !NAME_HEADS.has(text.toLowerCase());
}

/**
 * End (exclusive) of a person name that starts at token `i` and fills the tokens up to
 * `limit`, or -1: a given name then one or two surname-shaped words (a second given
 * name may come between: "Carlo Alberto Fontana"), or a family name then syllables.
 */
export function personNameEnd(toks: Sentence["tokens"], i: number, limit: number): number {
  const n = limit - i;
  if (n < 2 || n > 3) return -1;
  const first = toks[i]!.text;
  if (isGivenName(first)) return surnameShaped(toks[i + 1]!.text) && (n === 2 || surnameShaped(toks[i + 2]!.text)) ? limit : -1;
  if (FAMILY_NAMES.has(first.toLowerCase()) && (n === 2 || toks[i + 1]!.text.length <= 4))
    return SYLLABLES.test(toks[i + 1]!.text) && (n === 2 || SYLLABLES.test(toks[i + 2]!.text)) ? limit : -1;
  return -1;
}

/** First words of two-word portfolios: "Affari Esteri", "Sviluppo Economico", "Pubblica Istruzione". */
const TWO_WORD_PORTFOLIOS = new Set(["affari", "sviluppo", "pubblica", "politiche", "beni", "transizione", "pari", "made"]);
const PORTFOLIO_OF = /^(degli|della|delle|dello|dell['’])$/i;

/**
 * "ministero degli Esteri" + "Ossam Khaled": a ministry named by its portfolio takes no
 * two more capitalised words, so two surname-shaped words after the portfolio are a
 * person. Given the ministry word at `i` and the end of the capitals after it, the end
 * of the ministry's name, or -1.
 */
export function portfolioEnd(toks: Sentence["tokens"], i: number, capsEnd: number): number {
  if (!PORTFOLIO_OF.test(toks[i + 1]?.text ?? "")) return -1;
  const first = toks[i + 2];
  if (first === undefined) return -1;
  const end = i + 2 + (TWO_WORD_PORTFOLIOS.has(first.text.toLowerCase()) ? 2 : 1);
  if (capsEnd - end !== 2) return -1;
  return toks.slice(end, capsEnd).every((t) => surnameShaped(t.text)) ? end : -1;
}

function why(toks: Sentence["tokens"], from: number, to: number): string {
  const first = toks[from]!.text;
  const surface = toks.slice(from, to).map((t) => t.text).join(" ");
  if (isGivenName(first)) return `"${surface}" is the given name "${first}" followed by a surname`;
  if (FAMILY_NAMES.has(first.toLowerCase())) return `"${surface}" starts with the East-Asian family name "${first}"`;
  return `"${surface}" are two capitalised words after a ministry's portfolio: a person`;
}

/**
 * "Marie-Claude Gagnon", and "Carlo Fontana" in "Portogallo Carlo Fontana" when the
 * words before it are a name of their own: a given name and surname at the end of a
 * capitalised run is a person, whatever type the tagger gave.
 */
export function givenNamePeople(sentence: Sentence, runs: readonly CapitalisedRun[], pool: readonly Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (const run of runs) {
    for (let i = run.tokenStart; i < run.tokenEnd - 1; i++) {
      if (personNameEnd(toks, i, run.tokenEnd) < 0) continue;
      // Mid-run only after a listed or cued name: "Piazza Carlo Alberto" stays a square.
      if (i > run.tokenStart && !pool.some((c) => isNameOfItsOwn(c) && c.tokenStart === run.tokenStart && c.tokenEnd === i)) continue;
      out.push(
        tokenCandidate(sentence, i, run.tokenEnd, {
          type: "PERSON",
          by: "rule:given-name",
          why: why(toks, i, run.tokenEnd),
          rank: RANK.cueRule,
          score: 0.7,
        }),
      );
      break;
    }
  }
  return out;
}

/** A listed or cued name that is not a person: what may stand right before a person's name. */
function isNameOfItsOwn(c: Candidate): boolean {
  return c.type !== "PERSON" && (c.rank === RANK.curated || c.rank === RANK.cueRule || c.rank === RANK.kind);
}

/** First words of bodies that are never named after a person: "ministero degli Esteri", "Commissione europea". */
const BODY_HEADS = new Set([
  "ministero", "dicastero", "dipartimento", "commissione", "consiglio", "parlamento", "governo", "senato", "camera",
  "procura", "tribunale", "corte", "segreteria", "ufficio", "esercito", "polizia", "partito", "regione", "provincia", "comune",
]);

/**
 * A tagger span that runs on into a person's name ("Commissione europea Pieter
 * Vandenberghe", "ministero degli Esteri Mao Ning", "Portogallo Carlo Fontana") is cut
 * where the person starts, when the words before end in a listed name or open with a state body: two
 * candidates, the body and the person.
 */
export function cutBeforePeople(sentence: Sentence, pool: Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (const c of pool) {
    if (c.rank !== RANK.model || c.tokenEnd - c.tokenStart < 3) {
      out.push(c);
      continue;
    }
    const head = toks[c.tokenStart]!.text.toLowerCase();
    let cut = head === "ministero" || head === "dicastero" ? portfolioEnd(toks, c.tokenStart, c.tokenEnd) : -1;
    for (let i = c.tokenStart + 1; cut < 0 && i <= c.tokenEnd - 2; i++) {
      if (personNameEnd(toks, i, c.tokenEnd) < 0) continue;
      // "Portogallo", "Regione Lombardia", "Commissione europea": the words before end in a listed name.
      const listed = pool.some((o) => isNameOfItsOwn(o) && o.tokenStart >= c.tokenStart && o.tokenEnd === i);
      if (listed || BODY_HEADS.has(toks[c.tokenStart]!.text.toLowerCase())) cut = i;
      break;
    }
    if (cut < 0) {
      out.push(c);
      continue;
    }
    const surface = (from: number, to: number) => toks.slice(from, to).map((t) => t.text).join(" ");
    out.push(
      { ...c, tokenEnd: cut, end: toks[cut - 1]!.end, why: `${c.why}; cut before the person "${surface(cut, c.tokenEnd)}"` },
      {
        ...c,
        tokenStart: cut,
        start: toks[cut]!.start,
        type: "PERSON",
        by: "rule:person-after-name",
        why: `${why(toks, cut, c.tokenEnd)}, cut from the tagger's "${surface(c.tokenStart, c.tokenEnd)}"`,
        rank: RANK.cueRule,
      },
    );
  }
  return out;
}

/** Head nouns of places and bodies named after a person, with the type of the whole name. */
const NAMED_AFTER_HEADS = new Map<string, "LOC" | "ORG">([
  ["piazza", "LOC"], ["via", "LOC"], ["viale", "LOC"], ["corso", "LOC"], ["largo", "LOC"], ["piazzale", "LOC"],
  ["lungomare", "LOC"], ["aeroporto", "LOC"], ["stadio", "LOC"], ["palazzo", "LOC"], ["ponte", "LOC"],
  ["fondazione", "ORG"], ["ospedale", "ORG"], ["policlinico", "ORG"], ["istituto", "ORG"], ["liceo", "ORG"],
  ["scuola", "ORG"], ["università", "ORG"], ["teatro", "ORG"], ["museo", "ORG"], ["premio", "ORG"], ["centro", "ORG"],
]);

/**
 * "Piazza" + "Carlo Alberto", "Fondazione" + "Giorgio Cini": a capitalised head noun right
 * before a person's name names a place or body after that person; the two become one
 * name of the head's type.
 */
export function joinNamedAfterPeople(sentence: Sentence, accepted: Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out = [...accepted];
  for (const person of accepted) {
    if (person.type !== "PERSON" || person.tokenStart === 0) continue;
    const h = person.tokenStart - 1;
    const word = toks[h]!.text;
    const type = NAMED_AFTER_HEADS.get(word.toLowerCase());
    if (type === undefined || !/^\p{Lu}/u.test(word)) continue;
    const head = out.find((c) => c.tokenStart <= h && h < c.tokenEnd);
    if (head && (head.tokenStart !== h || head.tokenEnd !== h + 1)) continue;
    const surface = toks.slice(h, person.tokenEnd).map((t) => t.text).join(" ");
    const joined: Candidate = {
      ...person,
      tokenStart: h,
      start: toks[h]!.start,
      type,
      by: "rule:named-after-person",
      why: `"${surface}" is a ${type === "LOC" ? "place" : "body"} named after the person "${toks.slice(person.tokenStart, person.tokenEnd).map((t) => t.text).join(" ")}"`,
    };
    out.splice(out.indexOf(person), 1, joined);
    if (head) out.splice(out.indexOf(head), 1);
  }
  return out;
}
