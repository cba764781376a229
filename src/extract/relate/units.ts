// A sentence cut into units for the relation rules: noun phrases with the preposition
// that governs them and the entity mentions inside, verbs (with their analyses), clause
// openers, coordinators and punctuation. A mention is never cut: "Corea del Nord" is one
// noun phrase although it holds "del". This is a shallow chunker, not a parser: rules
// read arguments from the order of units around a cue.

import type { Mention, Sentence } from "../../types.ts";
import { lemmatise, lemmatiseAmong, type VerbAnalysis } from "../../nlp/it/lemma.ts";
import { NOUN_CUES, VERB_CUES } from "../../nlp/it/lexicon/cues.ts";
import {
  ARTICLES,
  CLAUSE_OPENERS,
  COORDINATORS,
  HARD_BREAKS,
  POSSESSIVES,
  PREPOSITIONS,
  TRANSPARENT,
  fold,
} from "../../nlp/it/lexicon/function-words.ts";
import { AUXILIARIES, COMMON_VERBS, MODALS, SPEECH_VERBS, VERB_GROUP_ADVERBS } from "../../nlp/it/lexicon/verbs.ts";
import { NEGATION_VERBS, PLANNED_VERBS, POSSIBLE_VERBS, STOP_VERBS } from "../../nlp/it/lexicon/modality.ts";
import { MONTHS, RELATIVE_DAYS, UNIT_WORDS, WEEKDAYS } from "../../nlp/it/lexicon/dates.ts";

export type UnitKind = "np" | "verb" | "comma" | "break" | "opener" | "che" | "and" | "quote";

export interface Unit {
  kind: UnitKind;
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** For noun phrases: the bare governing preposition ("dalla" → "da"), or null. */
  prep: string | null;
  /** Mentions inside a noun phrase, in order. */
  mentions: Mention[];
  /** The mention the phrase is about: a name before a role, a role before a demonym. */
  head?: Mention;
  /** For verbs: the analyses whose lemma is a known verb. */
  verb?: VerbAnalysis[];
}

export interface SentenceView {
  sentence: Sentence;
  /** Lowercased tokens, typographic apostrophe folded. */
  words: string[];
  units: Unit[];
  /** Token index → index of the unit holding it. */
  unitOf: number[];
  /** True when the sentence asks rather than states. */
  question: boolean;
}

const KNOWN_VERBS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...MODALS,
  ...SPEECH_VERBS,
  ...COMMON_VERBS,
  ...PLANNED_VERBS,
  ...POSSIBLE_VERBS,
  ...NEGATION_VERBS,
  ...STOP_VERBS,
  ...VERB_CUES.map((c) => c.lemma),
]);

const NOUN_CUE_FORMS: ReadonlySet<string> = new Set(NOUN_CUES.flatMap((c) => c.forms));

/** Words that are never verbs here although the lemmatiser could read them so. */
const NEVER_VERBS: ReadonlySet<string> = new Set([
  "e", "o", "che", "non", "si", "ci", "vi", "ne", "lo", "la", "le", "li", "gli", "come", "sua", "sue", "suo", "suoi",
  "anche", "altre", "altri", "altra", "altro", "dove", "ora", "parte", "parti", "modo", "fine", "aiuti", "aiuto", "sia",
]);

const AVERE_FORMS: ReadonlySet<string> = new Set([
  "ha", "hanno", "ho", "abbiamo", "avete", "hai", "aveva", "avevano", "avrà", "avranno", "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero", "avere", "aver", "avendo",
]);

const COPULA_FORMS: ReadonlySet<string> = new Set([
  "è", "sono", "sei", "siamo", "siete", "era", "erano", "sarà", "saranno", "sarebbe", "sarebbero", "fu", "furono", "sia", "siano", "fosse", "fossero",
]);

/** Words that take an article after them inside one noun phrase: "entrambe le occasioni". */
const QUANTIFIERS: ReadonlySet<string> = new Set(["tutti", "tutte", "tutto", "tutta", "entrambi", "entrambe", "ambedue"]);

/** Determiners after which a word is a noun ("la conferma", "della visita", "il suo invio"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  "il", "un", "una", "uno", "i", "un'", "al", "ai", ...POSSESSIVES, "questo", "questa", "quel", "quella", "nuovo", "nuova",
  ...[...PREPOSITIONS.keys()].filter((p) => p.length > 2 && !["per", "tra", "fra", "con", "contro", "verso", "presso", "secondo", "durante", "dopo", "prima", "senza", "entro"].includes(p)),
]);

const THIRD_PLURAL = /^\p{Ll}{3,}(ano|ono|avano|evano|ivano|arono|erono|irono|ebbero|eranno|iranno)$/u;
/** Nouns and adjectives that look like third-person plurals. */
const PLURAL_LOOKALIKES: ReadonlySet<string> = new Set([
  "strano", "lontano", "romano", "italiano", "americano", "africano", "cristiano", "musulmano", "sovrano", "veterano",
  "patrono", "telefono", "microfono", "mezzogiorno", "giorno", "ritorno", "governo", "inverno", "esterno", "interno",
  "moderno", "eterno", "quotidiano", "meridiano", "mediano", "persiano", "indiano", "siciliano", "milanese",
  "aeroplano", "capitano", "decano", "artigiano", "partigiano", "anziano", "mondano", "urbano", "volcano", "vulcano",
]);

const KIND_RANK: Record<Mention["kind"], number> = { name: 0, role: 1, anaphor: 2, demonym: 3 };

const VERB_MEMO = new Map<string, VerbAnalysis[] | null>();

/** The known-verb analyses of a word, or undefined when it is not read as a verb (memoised). */
export function verbAnalyses(word: string): VerbAnalysis[] | undefined {
  let known = VERB_MEMO.get(word);
  if (known === undefined) {
    const never = NEVER_VERBS.has(word) || PREPOSITIONS.has(word) || ARTICLES.has(word);
    let list = never ? [] : lemmatiseAmong(word, KNOWN_VERBS);
    // Any verb in the third person plural ends a noun phrase, known or not ("necessitano").
    if (!never && !list.length && THIRD_PLURAL.test(word) && !PLURAL_LOOKALIKES.has(word))
      list = lemmatise(word).filter((a) => a.person === 3 && a.number === "pl" && !a.clitics);
    known = list.length ? list : null;
    if (VERB_MEMO.size > 100_000) VERB_MEMO.clear();
    VERB_MEMO.set(word, known);
  }
  return known ?? undefined;
}

/** A unit with every field present, so all units share one shape for the rules reading them. */
function newUnit(kind: UnitKind, start: number, end: number, prep: string | null, verb?: VerbAnalysis[]): Unit {
  return { kind, start, end, prep, mentions: [], head: undefined, verb };
}

/** The units of a sentence so far, and the noun phrase still open. */
class UnitList {
  readonly units: Unit[] = [];
  open: Unit | undefined;

  close(): void {
    if (this.open) {
      this.open.head = pickHead(this.open.mentions);
      this.units.push(this.open);
      this.open = undefined;
    }
  }

  /** A one-token unit at `i` (a verb with its analyses), after closing the open phrase. */
  single(kind: UnitKind, i: number, verb?: VerbAnalysis[]): void {
    this.close();
    this.units.push(newUnit(kind, i, i + 1, null, verb));
  }

  /** The open noun phrase, opened at `i` (empty) if none is. */
  openPhrase(i: number): Unit {
    return (this.open ??= newUnit("np", i, i, null));
  }
}

// buildView reads a sentence through the small functions below rather than one long loop:
// V8 compiled that loop in about 0.5 s, and again after each early deoptimisation.

export function buildView(sentence: Sentence, mentions: readonly Mention[]): SentenceView {
  const tokens = sentence.tokens;
  const words = tokens.map((t) => fold(t.text));
  const starts = mentionsByStart(mentions);
  const list = new UnitList();
  for (let i = 0; i < tokens.length; ) {
    const here = starts.get(i);
    i = here ? addMentions(list, words, here, i) : addWord(list, sentence, words, i);
  }
  list.close();
  const units = list.units;
  sharePrepositions(units);
  return { sentence, words, units, unitOf: unitIndexes(units, tokens.length), question: isQuestion(words) };
}

/** The resolved mentions of a sentence by their first token. */
function mentionsByStart(mentions: readonly Mention[]): Map<number, Mention[]> {
  const starts = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const list = starts.get(m.tokenStart);
    if (list) list.push(m);
    else starts.set(m.tokenStart, [m]);
  }
  return starts;
}

/** The mentions starting at token `i` go into one noun phrase; returns the token after them. */
function addMentions(list: UnitList, words: readonly string[], here: Mention[], i: number): number {
  let end = -Infinity;
  for (const m of here) if (m.tokenEnd > end) end = m.tokenEnd;
  // Two names side by side are two phrases ("… Mosca Kim …"), and so is a name after
  // a time phrase ("nella notte Borduria ha …"), and a mention opening with an article
  // after words ("nel frattempo | il ministro degli Esteri Tajani").
  const open = list.open;
  if (open && startsNewPhrase(words, open, here, i)) list.close();
  const phrase = list.openPhrase(i);
  phrase.mentions.push(...here.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd));
  phrase.end = Math.max(phrase.end, end);
  return Math.max(end, i + 1);
}

function startsNewPhrase(words: readonly string[], open: Unit, here: readonly Mention[], i: number): boolean {
  const articleAfterWords = ARTICLES.has(words[i] ?? "") && open.end > open.start + (open.prep ? 1 : 0) && !QUANTIFIERS.has(words[i - 1]!);
  return (
    (open.mentions.some((m) => m.kind === "name") && here.some((m) => m.kind === "name")) ||
    hasTimeWord(words, open.start, i) ||
    isLocution(words, open, i) ||
    articleAfterWords
  );
}

/** The unit of word `i`, outside any mention; returns the next token. */
function addWord(list: UnitList, sentence: Sentence, words: readonly string[], i: number): number {
  const units = list.units;
  const w = words[i]!;
  // "prima X e poi Y": "prima" without "di" is an adverb.
  const prep = w === "prima" && !/^(di|del|della|dello|dei|degli|delle|dell'|d')$/.test(words[i + 1] ?? "") ? undefined : PREPOSITIONS.get(w);
  if (w === ",") list.single("comma", i);
  else if (HARD_BREAKS.has(w) || w === ".") list.single("break", i);
  else if (TRANSPARENT.has(w)) list.single("quote", i);
  else if (w === "che") list.single("che", i);
  // "non" belongs to the verb group, never to the noun phrase before it.
  else if (w === "non") list.single("np", i);
  else if (COORDINATORS.has(w)) list.single("and", i);
  // "ha invece criticato", "Klow però ha": right after a verb or a name, "invece"/"però" are adverbs.
  else if (CLAUSE_OPENERS.has(w) && VERB_GROUP_ADVERBS.has(w) && (units[units.length - 1]?.kind === "verb" || endsNameAt(list.open, i))) list.single("np", i);
  else if (CLAUSE_OPENERS.has(w)) list.single("opener", i);
  else if (prep) {
    list.close();
    list.open = newUnit("np", i, i + 1, prep);
  } else if (ARTICLES.has(w) && list.open && list.open.end > list.open.start + (list.open.prep ? 1 : 0) && !QUANTIFIERS.has(words[i - 1]!)) {
    // An article opens a new noun phrase: "in caso contrario | gli USA".
    list.close();
    list.open = newUnit("np", i, i + 1, null);
  } else {
    const verb = verbAt(list, sentence, words, i);
    if (verb) list.single("verb", i, verb);
    else list.openPhrase(i).end = i + 1;
  }
  return i + 1;
}

/** Whether a mention of the open phrase ends right before token `i`. */
function endsNameAt(open: Unit | undefined, i: number): boolean {
  return !!open?.mentions.some((m) => m.tokenEnd === i);
}

/** The verb analyses of word `i` when it reads as a verb here. */
function verbAt(list: UnitList, sentence: Sentence, words: readonly string[], i: number): VerbAnalysis[] | undefined {
  const w = words[i]!;
  const tokens = sentence.tokens;
  const analyses = verbAnalyses(w);
  const afterName = endsNameAt(list.open, i);
  // "il premier lusitano Aldo Ferri": an unknown word ending like a plural verb, right before a name, is its adjective.
  const adjectiveOfName = !!analyses && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") && analyses.every((a) => !KNOWN_VERBS.has(a.lemma));
  return (
    (analyses && !adjectiveOfName && readsAsVerb(words, i, tokens[i]!.text, analyses, afterName) ? analyses : undefined) ??
    infinitiveAfterModal(list.units, list.open, w) ??
    infinitiveAfterPreposition(words, list.open, i)
  );
}

/** "insieme a Bruno, Piero e Marzio": every conjunct shares the preposition of the first. */
function sharePrepositions(units: Unit[]): void {
  for (let k = 2; k < units.length; k++) {
    if (units[k - 1]!.kind !== "and" || units[k]!.kind !== "np" || units[k]!.prep !== null || !units[k]!.head) continue;
    let first = k - 2;
    while (first >= 2 && units[first]!.kind === "np" && units[first]!.prep === null && units[first]!.head && units[first - 1]!.kind === "comma") first -= 2;
    const prep = units[first]?.kind === "np" && units[first]!.head ? units[first]!.prep : null;
    if (prep) for (let j = first + 2; j <= k; j += 2) units[j]!.prep = prep;
  }
}

/** Token index → index of the unit holding it (-1 for none). */
function unitIndexes(units: readonly Unit[], tokenCount: number): number[] {
  const unitOf = new Array<number>(tokenCount).fill(-1);
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    for (let t = u.start; t < u.end; t++) unitOf[t] = k;
  }
  return unitOf;
}

function isQuestion(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last === "?" || words.slice(-3).includes("?");
}

/** "dovrebbe ricambiare": any infinitive right after a modal is a verb, known or not. */
function infinitiveAfterModal(units: readonly Unit[], open: Unit | undefined, w: string): VerbAnalysis[] | undefined {
  const last = units[units.length - 1];
  if (open || last?.kind !== "verb" || !last.verb!.some((a) => MODALS.has(a.lemma)) || !/(are|ere|ire)$/.test(w)) return undefined;
  return infinitives(w);
}

const INFINITIVE_MEMO = new Map<string, VerbAnalysis[] | null>();

/** The infinitive analyses of a word, whatever its lemma (memoised). */
function infinitives(w: string): VerbAnalysis[] | undefined {
  let known = INFINITIVE_MEMO.get(w);
  if (known === undefined) {
    const list = lemmatise(w).filter((a) => a.tense === "infinito");
    known = list.length ? list : null;
    if (INFINITIVE_MEMO.size > 50_000) INFINITIVE_MEMO.clear();
    INFINITIVE_MEMO.set(w, known);
  }
  return known ?? undefined;
}

/** "a ritirare", "per discutere": a bare "a"/"per" then an infinitive the lexicon does not know. */
function infinitiveAfterPreposition(words: readonly string[], open: Unit | undefined, i: number): VerbAnalysis[] | undefined {
  const w = words[i]!;
  if (!open || open.start !== i - 1 || open.mentions.length || (words[i - 1] !== "a" && words[i - 1] !== "per") || !/(are|ere|ire)$/.test(w) || w.length < 6) return undefined;
  return infinitives(w);
}

/** A noun-cue form is a noun after a determiner ("l'incontro", "una visita"), else a verb. */
function readsAsVerb(words: readonly string[], i: number, surface: string, analyses: readonly VerbAnalysis[], afterName: boolean): boolean {
  const w = words[i]!;
  // "le scelte", "la richiesta": a participle after an article is a noun (a clitic needs a finite verb).
  if (ARTICLES.has(words[i - 1] ?? "") && analyses.every((a) => a.tense === "participio" || a.tense === "infinito")) return false;
  // "saranno ospiti": after a finite "essere" only a participle or gerund is a verb.
  if (COPULA_FORMS.has(words[i - 1] ?? "") && !analyses.some((a) => a.tense === "participio" || a.tense === "gerundio")) return false;
  // Capitalised words inside a sentence are names, not verbs (after punctuation they may open a clause).
  if (i > 0 && /^\p{Lu}/u.test(surface) && /\p{L}/u.test(words[i - 1]!)) return false;
  const before = words[i - 1] ?? "";
  if (NOUN_MARKERS.has(before)) return false;
  if (!NOUN_CUE_FORMS.has(w)) return true;
  // "hanno trattato", "ha invece trattato": a participle after a form of avere is a verb.
  if (analyses.some((a) => a.tense === "participio") && (AVERE_FORMS.has(before) || (VERB_GROUP_ADVERBS.has(before) && AVERE_FORMS.has(words[i - 2] ?? "")))) return true;
  // "Varga condanna l'attacco": right after a name, a noun-cue form is its verb.
  return afterName || before === "non" || before === "si" || before === "che";
}

function pickHead(mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (!best || KIND_RANK[m.kind] < KIND_RANK[best.kind]) best = m;
  return best;
}

/** Prepositional adverbs ("di nuovo", "in seguito"): a name after them starts its own phrase. */
const ADVERBIAL_LOCUTIONS: ReadonlySet<string> = new Set([
  "di nuovo", "di recente", "di solito", "in seguito", "in particolare", "in realtà", "in precedenza", "per ora", "a lungo", "da tempo", "in passato", "in anticipo",
  "a sua volta", "a loro volta", "per la prima volta", "per l'ennesima volta", "in serata", "in mattinata", "in giornata", "a sorpresa", "di persona", "in privato", "a porte chiuse",
]);

function isLocution(words: readonly string[], open: Unit, i: number): boolean {
  return open.prep !== null && i - open.start >= 2 && i - open.start <= 4 && ADVERBIAL_LOCUTIONS.has(words.slice(open.start, i).join(" "));
}

const TIME_NOUNS: ReadonlySet<string> = new Set(["giorni", "mesi", "anni", "notte", "mattina", "sera", "pomeriggio", "giornata", "settimane", "ore"]);

function hasTimeWord(words: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = words[t]!;
    if (MONTHS.has(w) || WEEKDAYS.has(w) || RELATIVE_DAYS.has(w) || UNIT_WORDS.has(w) || TIME_NOUNS.has(w)) return true;
  }
  return false;
}

/** A noun phrase that only says when: "la scorsa settimana", "giovedì", "a gennaio". */
export function isTimePhrase(view: SentenceView, unit: Unit): boolean {
  return !unit.head && hasTimeWord(view.words, unit.start, unit.end);
}

/** Adverbs of manner: "duramente", "aspramente", "separatamente". */
const MANNER_ADVERB = /^\p{Ll}{4,}mente$/u;

/** A bare phrase of adverbs only: "già", "non", "poi", "duramente". */
export function isAdverbPhrase(view: SentenceView, unit: Unit): boolean {
  if (unit.kind !== "np" || unit.head || unit.prep) return false;
  for (let t = unit.start; t < unit.end; t++) if (!VERB_GROUP_ADVERBS.has(view.words[t]!) && !MANNER_ADVERB.test(view.words[t]!)) return false;
  return true;
}

/** True when the noun phrase opens with a possessive ("la sua guerra", "le loro forniture"). */
export function hasPossessive(view: SentenceView, unit: Unit): boolean {
  for (let t = unit.start; t < Math.min(unit.end, unit.start + 3); t++) if (POSSESSIVES.has(view.words[t]!)) return true;
  return false;
}
