// Finding relation cues in a sentence: verbs by lemma (every conjugation, clitics,
// reflexives), nominalisations by form, each checked against the theme words its frame
// needs ("inviare" + soldati is SENT_TROOPS_TO, "inviare" + armi is SUPPLIED).

import type { VerbAnalysis } from "../../nlp/it/lemma.ts";
import { NOUN_CUES, VERB_CUES, type NounCue, type VerbCue } from "../../nlp/it/lexicon/cues.ts";
import { isAdverbPhrase, isTimePhrase, type SentenceView } from "./units.ts";
import { ARTICLES } from "../../nlp/it/lexicon/function-words.ts";
import { MONTHS, RELATIVE_DAYS, SHIFT_WORDS, WEEKDAYS } from "../../nlp/it/lexicon/dates.ts";

const TIME_OPENERS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...SHIFT_WORDS.keys(), "quest'anno", "nel", "nella", "in", "entro"]);

export interface CueHit {
  /** Token of the cue word, and the unit holding it. */
  token: number;
  unit: number;
  verb?: VerbCue;
  noun?: NounCue;
  /** Verb analyses with the cue's lemma (verbs only). */
  analyses?: VerbAnalysis[];
  lemma: string;
  surface: string;
}

const VERBS_BY_LEMMA = groupBy(VERB_CUES, (c) => [c.lemma]);
const NOUNS_BY_FORM = groupBy(NOUN_CUES, (c) => c.forms);

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const k of keys(item)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  return map;
}

/** How far around a cue its theme word may stand (tokens before, after). */
const THEME_BEFORE = 12;
const THEME_AFTER = 10;

const SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function near(view: SentenceView, at: number, words: readonly string[] | undefined, before: number, after: number): boolean {
  if (!words) return false;
  let set = SETS.get(words);
  if (!set) SETS.set(words, (set = new Set(words)));
  for (let t = Math.max(0, at - before); t < at; t++) if (set.has(view.words[t]!)) return true;
  // After the cue the theme is its own complement: another predicate or clause ends the search
  // ("ha inviato una lettera a X per chiedere armi" sends no arms).
  const own = view.unitOf[at];
  for (let t = at + 1; t <= Math.min(view.words.length - 1, at + after); t++) {
    const unit = view.units[view.unitOf[t]!]!;
    if (view.unitOf[t] !== own && (unit.kind === "verb" || unit.kind === "break" || unit.kind === "opener" || unit.kind === "che")) return false;
    if (set.has(view.words[t]!)) return true;
  }
  return false;
}

/** "si è recato", "si sono incontrati", "recarsi": a reflexive pronoun before or on the verb. */
function reflexive(view: SentenceView, t: number, analyses: readonly VerbAnalysis[]): boolean {
  if (analyses.some((a) => a.clitics?.some((c) => c === "si" || c === "ci" || c.startsWith("s")))) return true;
  for (let j = t - 1; j >= Math.max(0, t - 4); j--) if (view.words[j] === "si" || view.words[j] === "ci") return true;
  return false;
}

/** "convincere Pyongyang a vendere": an "a" followed by an infinitive within the next units. */
function infinitiveAfter(view: SentenceView, u: number): boolean {
  for (let k = u + 1; k < Math.min(view.units.length, u + 6); k++) {
    const unit = view.units[k]!;
    if (unit.kind === "break" || unit.kind === "che") return false;
    if (unit.kind === "np" && unit.prep === "a" && unit.end - unit.start === 1 && view.units[k + 1]?.verb?.some((a) => a.tense === "infinito")) return true;
  }
  return false;
}

/**
 * The unit right after the verb in unit u, past adverbs and time phrases, when it is a
 * named phrase with a preposition ("è | già | a Klow"); undefined otherwise.
 */
export function adjacentSlot(view: SentenceView, u: number): number | undefined {
  for (let k = u + 1; k < view.units.length; k++) {
    const unit = view.units[k]!;
    if (unit.kind !== "np") return undefined;
    if (unit.head) return unit.prep && unit.head.kind === "name" ? k : undefined;
    // A time phrase opens with its time word, an article or a number ("la prossima
    // settimana", "venerdì", "3 giorni fa"), not with a word of its own ("spento oggi").
    const first = view.words[unit.start]!;
    const timeLike = isTimePhrase(view, unit) && (ARTICLES.has(first) || /^\d/.test(first) || TIME_OPENERS.has(first));
    if (!isAdverbPhrase(view, unit) && !timeLike) return undefined;
  }
  return undefined;
}

export function findCues(view: SentenceView): CueHit[] {
  const hits: CueHit[] = [];
  const { units, words } = view;
  units.forEach((unit, u) => {
    if (unit.kind === "verb") {
      const t = unit.start;
      const lemmas = new Set<string>();
      for (const a of unit.verb!) if (VERBS_BY_LEMMA.has(a.lemma)) lemmas.add(a.lemma);
      for (const lemma of lemmas) {
        const analyses = unit.verb!.filter((a) => a.lemma === lemma);
        for (const cue of VERBS_BY_LEMMA.get(lemma)!) {
          if (cue.reflexive && !reflexive(view, t, analyses)) continue;
          if (cue.needs && !near(view, t, cue.needs, THEME_BEFORE, THEME_AFTER)) continue;
          if (cue.unless && near(view, t, cue.unless, 3, THEME_AFTER)) continue;
          if (cue.notBeforeChe && words[t + 1] === "che") continue;
          if (cue.needsInfinitive && !infinitiveAfter(view, u)) continue;
          if (cue.plannedParticiple && !analyses.some((a) => a.tense === "participio")) continue;
          if (cue.adjacentObject && adjacentSlot(view, u) === undefined) continue;
          hits.push({ token: t, unit: u, verb: cue, analyses, lemma, surface: view.sentence.tokens[t]!.text });
        }
      }
      return;
    }
    if (unit.kind !== "np") return;
    for (let t = unit.start; t < unit.end; t++) {
      const cues = NOUNS_BY_FORM.get(words[t]!);
      if (!cues || unit.mentions.some((m) => m.tokenStart <= t && t < m.tokenEnd)) continue;
      for (const cue of cues) {
        if (cue.phrase && !cue.phrase.every((w, i) => words[t + i] === w)) continue;
        if (cue.after && !cue.after.includes(words[t - 1] ?? "")) continue;
        if (cue.needs && !near(view, t, cue.needs, 2, THEME_AFTER)) continue;
        // "aiuti militari": right after a noun, "militari" is its adjective, not troops.
        const adjective = words[t + 1] === "militari" || words[t + 1] === "militare";
        if (cue.unless && (adjective ? near(view, t, cue.unless, 2, 0) || near(view, t + 1, cue.unless, 0, THEME_AFTER - 1) : near(view, t, cue.unless, 2, THEME_AFTER))) continue;
        hits.push({ token: t, unit: u, noun: cue, lemma: words[t]!, surface: view.sentence.tokens[t]!.text });
      }
    }
  });
  return hits;
}
