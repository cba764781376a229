// How the text holds an event (asserted / planned / possible / negated), read from the
// cue's own verb form and the words that govern it. A verb cue is governed by its whole
// clause ("Sembra che X abbia inviato" is possible); a nominalisation only by the verb
// group right before it ("la possibilità di un incontro", "non ci sono piani per un
// incontro") and the verbs right after it ("l'incontro dovrebbe avvenire"), because the
// noun phrases inside a clause are presupposed ("il sostegno alla guerra di Mosca").
// The journalistic conditional ("avrebbe inviato", "starebbe negoziando") reports a claim
// the paper does not vouch for: possible; after a past verb of saying ("ha detto che
// avrebbe incontrato") it is the future in the past: planned.

import type { Modality } from "../../types.ts";
import {
  HYPOTHETICAL_OPENERS,
  NEGATED_TO_POSSIBLE,
  NEGATION_VERBS,
  NEGATION_WORDS,
  PLANNED_VERBS,
  STOP_VERBS,
  PLANNED_WORDS,
  POSSIBLE_VERBS,
  POSSIBLE_WORDS,
} from "../../nlp/it/lexicon/modality.ts";
import { VERB_GROUP_ADVERBS } from "../../nlp/it/lexicon/verbs.ts";
import type { VerbAnalysis } from "../../nlp/it/lemma.ts";
import { isTimePhrase, type SentenceView } from "../relate/units.ts";

/** Quote marks bound what is said: words inside a quote do not govern a cue outside it. */
const QUOTES: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»"]);

export interface ModalityReading {
  modality: Modality;
  why: string;
}

/** Token indices (sentence-relative) whose words govern the cue in unit `u`. */
export function modalityScope(view: SentenceView, u: number, noun: boolean): number[] {
  const { units } = view;
  const tokens: number[] = [];
  if (!noun) {
    // The clause back to its opener, leaving out comma-bounded insertions (", che …,").
    let k = u - 1;
    for (; k >= 0; k--) {
      const unit = units[k]!;
      if (unit.kind === "quote" && QUOTES.has(view.words[unit.start]!)) break;
      // "le notizie secondo cui …": what the matrix says of the news governs it.
      const secondoCui = unit.kind === "opener" && view.words[unit.start] === "cui" && view.words[unit.start - 1] === "secondo";
      // A relative clause ("Talabani, che hanno visitato …") is a clause of its own.
      // (", che" always; "che" after a noun phrase unless that is a predicate: "è possibile che").
      const comma = units[k - 1]?.kind === "comma";
      const antecedent = comma ? k - 2 : k - 1;
      if (unit.kind === "che" && units[antecedent]?.kind === "np" && (comma || units[antecedent - 1]?.kind !== "verb")) break;
      if ((unit.kind === "break" || unit.kind === "opener") && !secondoCui) {
        if (unit.kind === "opener") tokens.push(unit.start);
        break;
      }
      // "ha respinto le accuse e ha accusato X": the first predicate does not govern the second.
      if (unit.kind === "and" && units[k + 1]?.kind === "verb" && isFinite(units[k + 1]!.verb)) {
        const predicate = previousPredicate(view, k);
        if (predicate !== undefined) {
          k = predicate;
          continue;
        }
      }
      if (unit.kind === "comma") {
        const insertion = insertionStart(view, k);
        if (insertion !== undefined) {
          k = insertion;
          continue;
        }
      }
      for (let t = unit.start; t < unit.end; t++) tokens.push(t);
    }
    for (let t = units[u]!.start; t < units[u]!.end; t++) tokens.push(t);
    return tokens;
  }
  // Noun: its own phrase, the verb group before it, and the verbs right after it.
  for (let t = units[u]!.start; t < units[u]!.end; t++) tokens.push(t);
  let k = u - 1;
  // "la possibilità di un incontro", "piani per un incontro": the noun's own modifiers.
  // Under another noun ("il sostegno alla guerra") the noun is presupposed: the verb
  // group governs that other noun, not this one.
  let embedded = false;
  for (; k >= 0 && units[k]!.kind === "np" && !units[k]!.head; k--)
    for (let t = units[k]!.start; t < units[k]!.end; t++) {
      tokens.push(t);
      if (isContentNoun(view.words[t]!)) embedded = true;
    }
  if (embedded) k = -1;
  let sawVerb = embedded;
  for (; k >= 0; k--) {
    const unit = units[k]!;
    // "Si terrà domani a Klow il vertice": when and where stand between the verb and its noun.
    const circumstance = !sawVerb && unit.kind === "np" && (isTimePhrase(view, unit) || (unit.prep !== null && (unit.head?.type === "GPE" || unit.head?.type === "LOC")));
    const adverbial = circumstance || (unit.kind === "np" && !unit.head && unit.end - unit.start <= 3 && isAdverbial(view, unit.start, unit.end));
    if (unit.kind === "verb") sawVerb = true;
    else if (!adverbial || (sawVerb && unit.kind !== "np")) break;
    for (let t = unit.start; t < unit.end; t++) tokens.push(t);
  }
  // A verbless clause (a headline: "Possibile cooperazione tra …"): all of it governs the noun.
  if (!sawVerb) {
    let j = u - 1;
    while (j >= 0 && units[j]!.kind !== "break" && units[j]!.kind !== "verb") j--;
    if (j < 0 || units[j]!.kind === "break") for (let i = j + 1; i < u; i++) for (let t = units[i]!.start; t < units[i]!.end; t++) tokens.push(t);
  }
  // The verbs the noun is subject of: "L'incontro tra X e Y dovrebbe avvenire".
  let j = u + 1;
  while (j < units.length && j < u + 8 && (units[j]!.kind === "and" || (units[j]!.kind === "np" && (units[j]!.prep !== null || units[j]!.head)))) j++;
  // "L'incontro tra X e Y, previsto per novembre, …": the insertion describes the noun.
  if (units[j]?.kind === "comma") {
    let close = j + 1;
    while (close < units.length && close - j < 10 && units[close]!.kind !== "comma" && units[close]!.kind !== "break") close++;
    if (units[close]?.kind === "comma") {
      for (let i = j + 1; i < close; i++) for (let t = units[i]!.start; t < units[i]!.end; t++) tokens.push(t);
      j = close + 1;
    }
  }
  for (; j < units.length && units[j]!.kind === "verb"; j++) tokens.push(units[j]!.start);
  return tokens;
}

/** A noun that is not itself a modality word ("sostegno", not "possibilità" or "piani"). */
function isContentNoun(w: string): boolean {
  return w.length > 3 && /^\p{Ll}+$/u.test(w) && !POSSIBLE_WORDS.has(w) && !PLANNED_WORDS.has(w) && !NEGATION_WORDS.has(w) && !VERB_GROUP_ADVERBS.has(w);
}

function isAdverbial(view: SentenceView, start: number, end: number): boolean {
  for (let t = start; t < end; t++) {
    const w = view.words[t]!;
    if (!VERB_GROUP_ADVERBS.has(w) && !w.endsWith("mente") && !["di", "a", "ci", "si", "per", "da"].includes(w)) return false;
  }
  return true;
}

/** A finite verb group: not a bare infinitive, participle or gerund. */
function isFinite(verb: VerbAnalysis[] | undefined): boolean {
  return !!verb?.some((a) => a.tense !== "infinito" && a.tense !== "participio" && a.tense !== "gerundio");
}

/**
 * Before the "and" at unit `k`, the first unit of the predicate it closes (its verbs, their
 * objects and a "non" right before them), or undefined when no verb stands in the clause.
 */
function previousPredicate(view: SentenceView, k: number): number | undefined {
  const { units } = view;
  let j = k - 1;
  while (j >= 0 && (units[j]!.kind === "np" || units[j]!.kind === "comma")) j--;
  if (units[j]?.kind !== "verb") return undefined;
  while (j > 0 && units[j - 1]!.kind === "verb") j--;
  const before = units[j - 1];
  if (before?.kind === "np" && before.end - before.start === 1 && NEGATION_WORDS.has(view.words[before.start]!)) j--;
  return j;
}

/** A comma that closes ", che …," or ", mentre …,": the index of the comma opening it. */
function insertionStart(view: SentenceView, k: number): number | undefined {
  const { units } = view;
  for (let j = k - 1; j >= 0 && k - j < 12; j--) {
    const unit = units[j]!;
    if (unit.kind === "break") return undefined;
    if (unit.kind === "comma") {
      const opener = units[j + 1]?.kind;
      return opener === "che" || opener === "opener" ? j : undefined;
    }
  }
  return undefined;
}

/** Forms of "avere" before a participle in a perfect tense. */
const AVERE_PERFECT: ReadonlySet<string> = new Set(["ha", "hanno", "ho", "abbiamo", "aveva", "avevano", "avrà", "avranno", "abbia", "abbiano"]);

/** The modality of the cue at token `cue` (in unit `u`). */
export function readModality(view: SentenceView, u: number, cue: number, noun: boolean): ModalityReading {
  const scope = modalityScope(view, u, noun).sort((a, b) => a - b);
  let negation: string | undefined;
  let possible: string | undefined;
  let planned: string | undefined;
  // A journalistic conditional: the text reports someone else's claim.
  let reported = false;
  let futureInPast: string | undefined;
  const cueUnit = view.units[u]!;
  // A noun or an infinitive is governed by the verb before it; a finite verb is not.
  const governed = noun || !!cueUnit.verb?.some((a) => a.tense === "infinito");
  for (const t of scope) {
    const w = view.words[t]!;
    const unit = view.units[view.unitOf[t]!]!;
    const verb = unit.kind === "verb" ? unit.verb : undefined;
    if (NEGATION_WORDS.has(w) && !(w === "non" && view.words[t + 1] === "solo")) negation ??= `'${w}'`;
    // A verb cue is not its own modality word ("ha aperto il fuoco" is no "aperto" possibility).
    // Nor is a participle of a perfect with "avere" ("ha aperto un negoziato" opened it).
    const perfect = unit.kind === "verb" && AVERE_PERFECT.has(view.words[t - 1] ?? "");
    if (POSSIBLE_WORDS.has(w) && (noun || t !== cue) && !perfect) possible ??= `'${w}'`;
    if (PLANNED_WORDS.has(w)) planned ??= `'${w}'`;
    if (HYPOTHETICAL_OPENERS.has(w) && unit.kind === "opener") possible ??= `hypothetical '${w}'`;
    if (!verb) continue;
    const lemmas = new Set(verb.map((a) => a.lemma));
    const has = (set: ReadonlySet<string>) => [...lemmas].find((l) => set.has(l));
    const stop = governed ? has(STOP_VERBS) : undefined;
    if (stop && t !== cue) negation ??= `'${w}' (${stop})`;
    const negVerb = has(NEGATION_VERBS);
    if (negVerb) {
      if (NEGATED_TO_POSSIBLE.has(negVerb) && negation) {
        possible ??= `'non ${negVerb}'`;
        negation = undefined;
      } else negation ??= `'${w}' (${negVerb})`;
    }
    // "per poter incontrare" is ability, not possibility.
    const poss = verb.every((a) => a.lemma === "potere" && a.tense === "infinito") ? undefined : has(POSSIBLE_VERBS);
    if (poss && t !== cue) possible ??= `'${w}' (${poss})`;
    // "ha voluto ringraziare", "volle incontrare": what someone wanted and did is news of the act.
    const wantedAndDid = verb.every((a) => a.lemma === "volere" && (a.tense === "participio" || a.tense === "remoto"));
    const plan = wantedAndDid ? undefined : has(PLANNED_VERBS);
    if (plan && t !== cue) planned ??= `'${w}' (${plan})`;
    if (t === cue) continue;
    if (lemmas.has("dovere")) planned ??= `'${w}' (dovere)`;
    if (verb.every((a) => a.tense === "futuro")) planned ??= `future '${w}'`;
    if (verb.some((a) => a.tense === "condizionale" && JOURNALISTIC_AUXILIARY[a.lemma] !== undefined && cueHasForm(cueUnit.verb, JOURNALISTIC_AUXILIARY[a.lemma]!))) {
      reported = true;
      futureInPast ??= pastSayingBefore(view, t);
    }
  }
  // The cue's own form: future is planned, a bare present conditional is possible.
  const own = cueUnit.kind === "verb" ? cueUnit.verb : undefined;
  if (own?.every((a) => a.tense === "futuro")) planned ??= `future '${view.words[cue]}'`;
  const conditional = own?.every((a) => a.tense === "condizionale");
  if (negation) return { modality: "negated", why: `modality: negated by ${negation}` };
  if (possible) return { modality: "possible", why: `modality: possible (${possible})` };
  if (planned) return { modality: "planned", why: `modality: planned (${planned})` };
  if (conditional) return { modality: "possible", why: `modality: possible (conditional '${view.words[cue]}')` };
  if (futureInPast) return { modality: "planned", why: `modality: planned (future in the past after ${futureInPast})` };
  if (reported) return { modality: "possible", why: "modality: possible (journalistic conditional: a reported claim)" };
  return { modality: "asserted", why: "modality: asserted (indicative)" };
}

/** Conditional auxiliaries of the journalistic conditional and the cue form each takes. */
const JOURNALISTIC_AUXILIARY: Readonly<Record<string, VerbAnalysis["tense"]>> = { avere: "participio", essere: "participio", stare: "gerundio" };

function cueHasForm(verb: VerbAnalysis[] | undefined, tense: VerbAnalysis["tense"]): boolean {
  return !!verb?.some((a) => a.tense === tense);
}

/** "ha detto che …": the past verb right before the "che" that opens the conditional's clause. */
function pastSayingBefore(view: SentenceView, t: number): string | undefined {
  const { units } = view;
  let k = view.unitOf[t]! - 1;
  while (k >= 0 && units[k]!.kind !== "che" && units[k]!.kind !== "break" && units[k]!.kind !== "opener") k--;
  const matrix = units[k - 1];
  if (units[k]?.kind !== "che" || matrix?.kind !== "verb") return undefined;
  const past = matrix.verb?.some((a) => a.tense === "participio" || a.tense === "remoto" || a.tense === "imperfetto");
  return past ? `'${view.words[matrix.start]}'` : undefined;
}
