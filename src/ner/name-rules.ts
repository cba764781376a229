import type { Sentence } from "../types.ts";
import { sentencePieces, type SentencePieces } from "../nlp/it/gazetteer/sentence-pieces.ts";
import { demonymCountry } from "../nlp/it/lexicon/demonyms.ts";
import { matchRoleInSentence } from "../nlp/it/lexicon/roles.ts";
import { RANK, tokenCandidate, type Candidate } from "./candidate.ts";
import { continuesEventName, isEventHead } from "./events.ts";
import { isCompanyFirstWord, isCompanyWord } from "./company-words.ts";
import { personNameEnd, portfolioEnd } from "./person-shape.ts";

// Names found by the shape of the text around a run of capitalised words, for what the
// model and the lists miss: event names, names introduced by a cue noun ("la società SI
// Analytics", "l'agenzia Yonhap"), brand-shaped names ("TF1Info"), and a name after a
// role title ("il portavoce Dmitry Peskov", used only where nothing else claims it).

const CAPITALISED = /^[\p{Lu}][\p{L}\p{N}.'’-]*$/u;
/** Lower-case words allowed inside a name when a capitalised word follows. */
const CONNECTORS = new Set(["of", "the", "and", "for", "&", "de", "von", "van", "bin", "al", "el", "di", "del", "della", "dei", "degli"]);
/** Capitalised only because they open a sentence or a quote: never the start of a name. */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "in", "a", "da", "di", "per", "con",
  "su", "tra", "fra", "e", "ma", "o", "se", "secondo", "dopo", "mentre", "anche", "come", "quando",
  "questo", "questa", "questi", "queste", "quello", "quella", "nel", "nella", "al", "alla", "del",
  "della", "dal", "dalla", "sul", "sulla", "non", "già", "ieri", "oggi", "domani", "inoltre",
  "intanto", "infine", "poi", "ora", "così", "però", "the", "a", "an",
]);
/** Nouns that introduce an organisation's name. */
const ORG_CUES = new Set([
  "società", "agenzia", "quotidiano", "giornale", "emittente", "gruppo", "partito", "azienda",
  "compagnia", "testata", "ong", "organizzazione", "movimento",
  "associazione", "banca", "fondazione", "istituto", "università", "network", "tv", "radio",
  "rivista", "settimanale", "magazine", "startup", "multinazionale", "think-tank",
  "tabloid", "broadcaster", "piattaforma", "milizia", "brigata", "battaglione",
  "ditta", "costruttore", "operatore", "colosso", "holding", "consorzio", "cooperativa", "impresa", "marchio",
]);
/** Words between a cue noun and the name: "agenzia di stampa statale" ("di" only before these kinds). */
const CUE_KINDS = new Set(["stampa", "notizie", "informazione", "d'informazione"]);
const CUE_MODIFIERS = new Set([
  "automobilistico", "automobilistica", "energetico", "energetica", "farmaceutico", "farmaceutica", "petrolifero",
  "petrolifera", "aerospaziale", "tecnologico", "tecnologica", "telefonico", "telefonica", "ferroviario", "ferroviaria",
  "siderurgico", "siderurgica", "navale", "aerea", "edile", "industriale", "informatico", "informatica", "statale", "ufficiale", "governativa", "governativo", "privata", "privato", "pubblica", "pubblico", "online", "locale", "nazionale", "indipendente", "filogovernativo", "filogovernativa"]);

/**
 * Brand shapes: lower-case letters with a capital inside after a letter or digit
 * ("AgenPress", "TF1Info", "DayFR"); not formulas or codes ("CO2", "H2N2", "Cult2014").
 */
const BRAND = /^(?=.*\p{Ll})(?=.*[\p{Ll}\d]\p{Lu})[\p{L}\p{N}]+$/u;

export interface CapitalisedRun {
  tokenStart: number;
  tokenEnd: number;
}

/** Maximal runs of capitalised tokens (with connectors between them). */
export function capitalisedRuns(sentence: Sentence): CapitalisedRun[] {
  const toks = sentence.tokens;
  const runs: CapitalisedRun[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!CAPITALISED.test(toks[i]!.text)) {
      i++;
      continue;
    }
    if (SENTENCE_WORDS.has(toks[i]!.text.toLowerCase().replace(/['’]$/, ""))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < toks.length && CAPITALISED.test(toks[end]!.text)) end++;
      else if (
        end + 1 < toks.length &&
        CONNECTORS.has(toks[end]!.text.toLowerCase()) &&
        CAPITALISED.test(toks[end + 1]!.text)
      )
        end += 2;
      else break;
    }
    runs.push({ tokenStart: i, tokenEnd: end });
    i = end;
  }
  return runs;
}

/**
 * "ministero degli Esteri cinese", "Ministero della Difesa": ministries by portfolio;
 * "il governo tedesco", "l'esercito russo": state bodies by nationality.
 */
const MINISTRY = new Set(["ministero", "dicastero"]);
const PORTFOLIO_OF = /^(degli|della|delle|dello|dell['’])$/i;

/** The lower-case first word of token `i`, from the shared pieces ("" for punctuation). */
function wordAt(sp: SentencePieces, i: number): string {
  return sp.firstPiece[i]! >= 0 ? sp.pieces[sp.firstPiece[i]!]! : "";
}

// ministryNames only scans; the rare matches are read by ministryAt and institutionAt, so
// a recompile after a deoptimisation in them (their branches run late) stays small.
function ministryNames(sentence: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  const sp = sentencePieces(sentence);
  for (let i = 0; i + 2 < toks.length; i++) {
    if (MINISTRY.has(wordAt(sp, i)) && PORTFOLIO_OF.test(toks[i + 1]!.text)) ministryAt(sentence, i, out);
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = INSTITUTIONS.get(wordAt(sp, i));
    if (head === undefined) continue;
    const found = institutionAt(sentence, i, head);
    if (found) out.push(found);
  }
  return out;
}

/** "il Ministero degli Esteri russo" at token `i` (and a person named right after it). */
function ministryAt(sentence: Sentence, i: number, out: Candidate[]): void {
  const toks = sentence.tokens;
  let capsEnd = i + 2;
  while (capsEnd < toks.length && CAPITALISED.test(toks[capsEnd]!.text)) capsEnd++;
  // "Ministero della Difesa Paolo Ferraris": the portfolio ends where a person's name starts.
  let e = i + 2;
  while (e < capsEnd && (e === i + 2 || personNameEnd(toks, e, capsEnd) < 0)) e++;
  const beforeName = portfolioEnd(toks, i, capsEnd);
  if (beforeName > 0 && beforeName <= e) {
    e = beforeName;
    const person = toks.slice(e, capsEnd).map((t) => t.text).join(" ");
    out.push(ruleCandidate(sentence, e, capsEnd, "PERSON", "rule:person-after-name", `"${person}" are two capitalised words after a ministry's portfolio: a person`, RANK.cueRule, 0.7));
  }
  if (e === i + 2) return;
  const nationality = e < toks.length && /^\p{Ll}/u.test(toks[e]!.text) && demonymCountry(toks[e]!.text) !== undefined;
  if (nationality) e++;
  else if (!/^\p{Lu}/u.test(toks[i]!.text)) return; // "il ministero degli Esteri" alone names no one ministry
  const surface = toks.slice(i, e).map((t) => t.text).join(" ");
  out.push(ruleCandidate(sentence, i, e, "ORG", "rule:ministry", `"${surface}" names a ministry by its portfolio${nationality ? " and nationality" : ""}`, RANK.cueRule, 0.8));
}

/** "il governo tedesco" at token `i`, whose first word opens `head`. */
function institutionAt(sentence: Sentence, i: number, head: readonly string[]): Candidate | undefined {
  const toks = sentence.tokens;
  const e = i + 1 + head.length;
  if (e >= toks.length || toks.slice(i + 1, e).some((t, k) => t.text.toLowerCase() !== head[k])) return undefined;
  const nationality = toks[e]!.text;
  if (!/^\p{Ll}/u.test(nationality) || demonymCountry(nationality) === undefined) return undefined;
  const surface = toks.slice(i, e + 1).map((t) => t.text).join(" ");
  return ruleCandidate(sentence, i, e + 1, "ORG", "rule:institution", `"${surface}" names a state body by its nationality`, RANK.cueRule, 0.7);
}

/** State bodies named by a nationality ("il governo tedesco", "le forze armate ucraine"): first word → the rest. */
const INSTITUTIONS = new Map<string, string[]>([
  ["governo", []],
  ["esecutivo", []],
  ["esercito", []],
  ["parlamento", []],
  ["polizia", []],
  ["marina", []],
  ["aeronautica", []],
  ["forze", ["armate"]],
  ["banca", ["centrale"]],
  ["guardia", ["costiera"]],
]);

/** Whether a role title ends right before token `end` ("il ministro" + "dei Trasporti"). */
function roleEndsAt(sentence: Sentence, end: number): boolean {
  for (let r = Math.max(0, end - 5); r < end; r++) if (matchRoleInSentence(sentence, r)?.tokenEnd === end) return true;
  return false;
}

/** Whether a person's name fills the end of the run (after its first word). */
function endsInPerson(toks: Sentence["tokens"], s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) if (personNameEnd(toks, i, e) === e) return true;
  return false;
}

function ruleCandidate(sentence: Sentence, from: number, to: number, type: Candidate["type"], by: string, why: string, rank: number, score: number): Candidate {
  return tokenCandidate(sentence, from, to, { type, by, why, rank, score });
}

// One small function per rule, not one loop holding them all: V8 compiled that loop in
// about 0.2 s, and again after each early deoptimisation.

export function ruleNames(sentence: Sentence, runs: readonly CapitalisedRun[]): { candidates: Candidate[]; fallbacks: Candidate[] } {
  const candidates: Candidate[] = [];
  const fallbacks: Candidate[] = [];
  const texts = sentence.tokens.map((t) => t.text);
  candidates.push(...ministryNames(sentence));
  for (const run of runs) {
    const found = eventName(sentence, texts, run) ?? cueName(sentence, texts, run) ?? companyName(sentence, texts, run) ?? brandName(sentence, texts, run);
    if (found) candidates.push(found);
    else {
      const fallback = nameAfterRole(sentence, texts, run);
      if (fallback) fallbacks.push(fallback);
    }
  }
  return { candidates, fallbacks };
}

/** Italian event names go on in lower case: "Forum economico orientale". */
function eventName(sentence: Sentence, texts: readonly string[], run: CapitalisedRun): Candidate | undefined {
  const s = run.tokenStart;
  let e = run.tokenEnd;
  const head = texts.slice(s, e).findIndex((t) => isEventHead(t));
  if (head < 0) return undefined;
  while (e < texts.length && e - run.tokenEnd < 2 && continuesEventName(texts[e]!)) e++;
  if (e - s <= 1) return undefined;
  return ruleCandidate(sentence, s, e, "EVENT", "rule:event-name", `"${texts.slice(s, e).join(" ")}" is a capitalised name built on the event word "${texts[s + head]}"`, RANK.cueRule, 0.8);
}

/** A cue noun before the name, perhaps with a nationality between: "l'agenzia sudcoreana Yonhap". */
function cueName(sentence: Sentence, texts: readonly string[], run: CapitalisedRun): Candidate | undefined {
  const { tokenStart: s, tokenEnd: e } = run;
  let cue = s - 1;
  if (cue >= 0 && demonymCountry(texts[cue]!)) cue--;
  // "l'agenzia di stampa statale KCNA", "il quotidiano britannico The Times"
  while (cue >= 0 && CUE_MODIFIERS.has(texts[cue]!.toLowerCase())) cue--;
  // "agenzia di stampa", but not "l'azienda di Sunnyvale": a place or owner after "di".
  if (cue >= 1 && CUE_KINDS.has(texts[cue]!.toLowerCase())) cue -= texts[cue - 1]!.toLowerCase() === "di" ? 2 : 1;
  if (cue >= 0 && demonymCountry(texts[cue]!)) cue--;
  if (cue < 0 || !ORG_CUES.has(texts[cue]!.toLowerCase())) return undefined;
  return ruleCandidate(sentence, s, e, "ORG", "rule:org-cue", `"${texts.slice(s, e).join(" ")}" follows "${texts[cue]}", which introduces an organisation`, RANK.cueRule, 0.75);
}

function companyName(sentence: Sentence, texts: readonly string[], run: CapitalisedRun): Candidate | undefined {
  const { tokenStart: s, tokenEnd: e } = run;
  if (e - s < 2) return undefined;
  // "Bianchi Costruzioni", "Zhonghe Energy", "Rossetti Impianti S.p.A.": a company by its last word.
  if (isCompanyWord(texts[e - 1]!)) {
    return ruleCandidate(sentence, s, e, "ORG", "rule:company-word", `"${texts.slice(s, e).join(" ")}" ends in "${texts[e - 1]}", a word companies are named by`, RANK.cueRule, 0.7);
  }
  // "Acciaierie Venete", "Cantieri Navali Liguri": a company by its first word; not a
  // portfolio ("il ministro dei Trasporti Matteo Salvini") nor a run ending in a person.
  if (!isCompanyFirstWord(texts[s]!)) return undefined;
  const portfolio = s > 1 && /^(dei|degli|delle|della|del|dell['’])$/i.test(texts[s - 1]!) && (MINISTRY.has(texts[s - 2]!.toLowerCase()) || roleEndsAt(sentence, s - 1));
  if (portfolio || endsInPerson(sentence.tokens, s, e)) return undefined;
  return ruleCandidate(sentence, s, e, "ORG", "rule:company-word", `"${texts.slice(s, e).join(" ")}" opens with "${texts[s]}", a word companies are named by`, RANK.cueRule, 0.7);
}

function brandName(sentence: Sentence, texts: readonly string[], run: CapitalisedRun): Candidate | undefined {
  const { tokenStart: s, tokenEnd: e } = run;
  if (!texts.slice(s, e).some((t) => BRAND.test(t))) return undefined;
  return ruleCandidate(sentence, s, e, "ORG", "rule:brand-shape", `"${texts.slice(s, e).join(" ")}" is shaped like a brand name (inner capitals or digits)`, RANK.shapeRule, 0.55);
}

/** A name after a role title: "il portavoce Dmitry Peskov", "il presidente russo Putin". */
function nameAfterRole(sentence: Sentence, texts: readonly string[], run: CapitalisedRun): Candidate | undefined {
  const { tokenStart: s, tokenEnd: e } = run;
  let before = s - 1;
  if (before >= 0 && demonymCountry(texts[before]!)) before--;
  if (before < 0 || e - s > 4) return undefined;
  for (let r = Math.max(0, before - 5); r <= before; r++) {
    const role = matchRoleInSentence(sentence, r);
    if (role && role.tokenEnd === before + 1) {
      return ruleCandidate(sentence, s, e, "PERSON", "rule:role-name", `"${texts.slice(s, e).join(" ")}" follows the title "${role.title}"`, RANK.shapeRule, 0.6);
    }
  }
  return undefined;
}
