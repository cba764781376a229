// Argument assignment over the units of one sentence: the subject before a cue (with
// coordination, relatives, inverted subjects of speech verbs), objects in the frames a
// cue allows after it, "tra X e Y" pairs, possessive antecedents, and passive agents.
// Every argument says why it was chosen, for --explain.

import type { Mention } from "../../types.ts";
import type { ObjectKind, ObjectSlot } from "../../nlp/it/lexicon/cues.ts";
import { AGENTIVE_EVENT_NOUNS, CONDUCT_NOUNS } from "../../nlp/it/lexicon/cues.ts";
import { HELP_VERBS, OBJECT_CONTROL_VERBS, SPEECH_VERBS, VERB_GROUP_ADVERBS } from "../../nlp/it/lexicon/verbs.ts";
import { isAdverbPhrase, isTimePhrase, type SentenceView, type Unit } from "./units.ts";

export interface Arg {
  mention: Mention;
  why: string;
}

export type SubjectSearch =
  | { found: Arg[] }
  /** The clause has a subject that is not an entity ("3.000 soldati sono stati inviati"): do not carry one over. */
  | { blocked: string }
  | { none: true };

/** Places and facilities a strike or a conquest hits: "la raffineria di X", "i sobborghi di X". */
const TARGET_NOUNS: ReadonlySet<string> = new Set([
  "raffineria", "raffinerie", "aeroporto", "porto", "base", "basi", "centrale", "deposito", "depositi", "città", "periferia",
  "centro", "infrastrutture", "ponte", "stazione", "ospedale", "quartiere", "quartieri", "sobborghi", "dintorni",
  "regione", "provincia", "villaggio", "capitale", "impianto", "impianti", "caserma", "roccaforte", "maggior",
  "città", "centri", "postazioni", "posizioni", "linee", "territori", "infrastruttura", "obiettivi", "installazioni",
  "siti", "sito", "campi", "campo", "villaggi", "villaggio", "edifici", "case", "abitazioni", "zone", "aree", "località",
]);

/** Nouns of help: "a fianco di X", "a sostegno di X", "in aiuto di X". */
const HELP_NOUNS: ReadonlySet<string> = new Set(["fianco", "sostegno", "aiuto", "appoggio", "supporto", "soccorso", "difesa"]);

/** Nouns of prepositional locutions that do not fill a slot: "a bordo di", "a margine di", "in vista di". */
const LOCUTION_NOUNS: ReadonlySet<string> = new Set([
  "bordo", "capo", "margine", "causa", "favore", "seguito", "vista", "occasione", "cambio", "materia", "caso", "corso",
  "particolare", "nome", "base", "fine", "inizio", "termine", "mezzo", "parte", "livello", "proposito", "insaputa",
]);

/** Personal pronouns: a subject that refers back, so the previous subject carries over. */
const PRONOUNS: ReadonlySet<string> = new Set(["lui", "lei", "egli", "ella", "esso", "essa", "essi", "esse", "loro", "quest'ultimo", "quest'ultima", "entrambi", "entrambe"]);

export interface ArgumentSettings {
  /** How far (tokens) before the cue a subject may stand. */
  subjectReach: number;
  /** How far (tokens) after the cue an object may stand. */
  objectReach: number;
}

/** Nouns a nationality turns into its state: "le forze ucraine", "il governo russo". */
const STATE_NOUNS: ReadonlySet<string> = new Set([
  "governo", "esercito", "forze", "truppe", "autorità", "militari", "soldati", "leader", "presidente", "ministro",
  "diplomazia", "intelligence", "marina", "aviazione", "regime", "popolo", "servizi", "stato", "paese", "nazione",
  "amministrazione", "parlamento", "ministero", "delegazione", "delegazioni", "media", "agenzia", "funzionari", "funzionario",
  "fonti", "dirigenti", "esecutivo", "capitale", "alleato", "alleati", "partner", "vicino", "territorio",
  "mediatori", "negoziatori", "rappresentanti", "inviati", "inviato", "diplomatici", "emissari",
  "ufficiali", "vertici", "omologo", "omologa", "omologhi", "controparte", "premier", "capo", "capi", "generali",
  "artiglieria", "fanteria", "flotta", "guardia", "difesa", "contraerea", "missili", "droni", "jet", "caccia",
]);

/**
 * A nationality heading a phrase counts as its state only alone ("i russi") or on a state
 * noun ("le forze ucraine"); "il fronte sudafricano", "la domanda russa" are not actors.
 */
export function demonymStandsForState(view: SentenceView, unit: Unit): boolean {
  const head = unit.head;
  if (!head || head.kind !== "demonym") return true;
  for (let t = head.tokenStart - 1; t >= unit.start + (unit.prep ? 1 : 0); t--) {
    const w = view.words[t]!;
    if (STATE_NOUNS.has(w)) return true;
    if (w.length > 3 && /^\p{Ll}+$/u.test(w) && !VERB_GROUP_ADVERBS.has(w)) return false;
  }
  return true;
}

/** Collective bodies of a state: "il governo di X" acts for X (a single office does not: "il presidente di X"). */
const STATE_BODIES: ReadonlySet<string> = new Set([
  "governo", "esecutivo", "esercito", "forze", "truppe", "autorità", "amministrazione", "regime", "diplomazia", "militari", "aviazione", "marina",
]);

/** "il governo di Kiev" at unit k (a bare state-body phrase, then "di" + a named state or capital): the state. */
function stateBodyOf(view: SentenceView, k: number): Mention | undefined {
  const unit = view.units[k]!;
  const of = view.units[k + 1];
  if (unit.head || unit.end - unit.start > 3 + (unit.prep ? 1 : 0) || !nounIn(view, unit, STATE_BODIES)) return undefined;
  if (of?.kind !== "np" || of.prep !== "di" || of.start !== unit.end || of.head?.kind !== "name" || of.head.type !== "GPE") return undefined;
  // Only the state body and its state: "il governo di unità nazionale di X" is something else.
  return of.end === of.head.tokenEnd ? of.head : undefined;
}

/** Nouns a place name may follow in its phrase: "nella città di X", "nella nazione russa". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "città", "capitale", "regione", "provincia", "paese", "nazione", "stato", "isola", "porto", "località", "zona",
  "area", "territorio", "repubblica", "penisola", "contea", "distretto", "sede", "quartiere", "cittadina", "villaggio",
]);

/** "in Russia", "nella capitale Mosca", but not "in direzione Roma". */
function placeHeaded(view: SentenceView, unit: Unit): boolean {
  for (let t = unit.start + (unit.prep ? 1 : 0); t < unit.head!.tokenStart; t++) {
    const w = view.words[t]!;
    if (w.length > 3 && /^\p{Ll}+$/u.test(w) && !PLACE_NOUNS.has(w) && !VERB_GROUP_ADVERBS.has(w)) return false;
  }
  return true;
}

/** Mention types an object slot accepts. */
export function fitsKind(m: Mention, kind: ObjectKind): boolean {
  switch (kind) {
    case "actor":
      return m.type === "PERSON" || m.type === "ORG" || m.type === "GPE" || m.actor !== undefined;
    case "place":
      return m.type === "GPE" || m.type === "LOC" || m.type === "EVENT";
    case "person":
      return m.type === "PERSON";
    case "party":
      return m.type === "PERSON" || m.type === "ORG";
    case "event":
      return m.type === "EVENT";
  }
}

function describe(view: SentenceView, m: Mention): string {
  return `'${view.sentence.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text).join(" ")}'`;
}

const isVerb = (u: Unit | undefined, lemmas?: ReadonlySet<string>) =>
  u?.kind === "verb" && (!lemmas || u.verb!.some((a) => lemmas.has(a.lemma)));

/** A noun phrase right after a verb is its object (or, after a speech verb, its inverted subject). */
function afterVerb(view: SentenceView, k: number): Unit | undefined {
  let j = k - 1;
  while (j >= 0 && view.units[j]!.kind === "quote") j--;
  const u = view.units[j];
  return u?.kind === "verb" ? u : undefined;
}

/** A noun phrase with a real noun in it (not only numbers, adverbs, pronouns). */
function hasNoun(view: SentenceView, u: Unit): boolean {
  for (let t = u.start; t < u.end; t++) {
    const w = view.words[t]!;
    if (PRONOUNS.has(w)) return false;
    if (w.length > 3 && /^\p{Ll}+$/u.test(w) && !VERB_GROUP_ADVERBS.has(w)) return true;
  }
  return false;
}

/**
 * The subject of the cue in unit `u`, looking back within the clause: the nearest noun
 * phrase with no preposition that is not the object of an earlier verb.
 * `nonFinite`: the cue is an infinitive, gerund or noun, so a speech verb's inverted
 * subject ("ha dichiarato Lavrov ricevendo …") is its subject too.
 */
export function findSubject(view: SentenceView, u: number, nonFinite: boolean, settings: ArgumentSettings, group?: readonly Mention[]): SubjectSearch {
  const units = view.units;
  const limit = units[u]!.start - settings.subjectReach;
  for (let k = u - 1; k >= 0 && units[k]!.end > limit; k--) {
    const unit = units[k]!;
    // "con il quale partecipò", "a cui ha chiesto": the subject is someone the text left behind.
    if (unit.kind === "opener" && (view.words[unit.start] === "quale" || (view.words[unit.start] === "cui" && view.words[unit.start - 1] !== "secondo")))
      return { blocked: `subject: the clause opens with the relative '${view.words[unit.start]}'` };
    if (unit.kind === "break" || unit.kind === "opener") return { none: true };
    // "X, che la prossima settimana sarà a Y, ha chiesto …": the relative is skipped.
    if (unit.kind === "comma" && !nonFinite) {
      const skipped = subjectBeforeRelative(view, k);
      if (skipped) return skipped;
    }
    if (unit.kind === "che") {
      const relative = antecedentSubject(view, k);
      if (relative) return relative;
      continue;
    }
    // "contro l'Iran, accusato di fornire droni": the one the participle describes does the infinitive.
    if (nonFinite && unit.kind === "verb" && unit.verb!.some((a) => a.tense === "participio" && OBJECT_CONTROL_VERBS.has(a.lemma))) {
      const described = describedByParticiple(view, k);
      if (described) return described;
    }
    if (unit.kind !== "np" || unit.prep !== null) continue;
    const search = unit.head ? namedSubject(view, k, nonFinite) : unnamedSubject(view, k, group);
    if (search) return search;
  }
  return { none: true };
}

/** A comma at unit k closing ", che …," after a named subject: that subject. */
function subjectBeforeRelative(view: SentenceView, k: number): SubjectSearch | undefined {
  const antecedent = relativeBefore(view, k);
  if (antecedent === undefined) return undefined;
  const args = coordinated(view, antecedent);
  args[args.length - 1]!.why = `subject: the noun phrase before the relative clause ', che …,' (${describe(view, view.units[antecedent]!.head!)})`;
  return { found: args };
}

/** The subject of a relative clause opened by 'che' at unit k: its antecedent, if any. */
function antecedentSubject(view: SentenceView, k: number): SubjectSearch | undefined {
  const units = view.units;
  let p = k - 1;
  if (units[p]?.kind === "comma") p--;
  // "la medaglia d'oro che …": the antecedent is the noun the di-phrases hang on.
  while (p > 0 && units[p]!.kind === "np" && units[p]!.prep === "di" && units[p - 1]!.kind === "np") p--;
  const antecedent = units[p];
  // "X, che la prossima settimana sarà a Y": time phrases and adverbs may open the relative.
  let v = k + 1;
  while (units[v]?.kind === "np" && (isTimePhrase(view, units[v]!) || isAdverbPhrase(view, units[v]!))) v++;
  if (antecedent?.kind === "np" && antecedent.head && units[v]?.kind === "verb")
    return { found: [{ mention: antecedent.head, why: `subject: antecedent of the relative 'che' (${describe(view, antecedent.head)})` }] };
  // "la medaglia d'oro … che è andata alla Svezia": the relative's subject is no entity.
  if (antecedent?.kind === "np" && !antecedent.head && units[k + 1]?.kind === "verb" && hasNoun(view, antecedent))
    return { blocked: `subject: the antecedent of 'che' ('${phrase(view, antecedent)}') is not an entity` };
  return undefined;
}

/** The named phrase a controlling participle at unit k describes ("l'Iran, accusato di …"). */
function describedByParticiple(view: SentenceView, k: number): SubjectSearch | undefined {
  const units = view.units;
  const np = units[k - 1]?.kind === "comma" ? units[k - 2] : units[k - 1];
  if (np?.kind !== "np" || !np.head) return undefined;
  return { found: [{ mention: np.head, why: `subject: described by '${view.words[units[k]!.start]}', which controls the infinitive (${describe(view, np.head)})` }] };
}

/** A bare phrase with an entity at unit k: the subject, unless it is a verb's object. */
function namedSubject(view: SentenceView, k: number, nonFinite: boolean): SubjectSearch | undefined {
  const unit = view.units[k]!;
  const head = unit.head!;
  const verbBefore = afterVerb(view, k);
  if (verbBefore) {
    // "ha accusato la Corea del Nord di schierare …": the object does the infinitive.
    if (nonFinite && isVerb(verbBefore, OBJECT_CONTROL_VERBS))
      return { found: [{ mention: head, why: `subject: object of '${view.words[verbBefore.start]}', which controls the infinitive (${describe(view, head)})` }] };
    const inverted = nonFinite && isVerb(verbBefore, SPEECH_VERBS);
    if (!inverted) return undefined;
    return { found: [{ mention: head, why: `subject: inverted subject of the speech verb before it (${describe(view, head)}), who also does the non-finite cue` }] };
  }
  // "il giornale cinese accusa …": a nationality on a common noun is not the state acting.
  if (!demonymStandsForState(view, unit)) return { blocked: `subject '${phrase(view, unit)}' is not the state itself` };
  return { found: coordinated(view, k) };
}

/**
 * A bare phrase without an entity at unit k: a state body, a group named just before, or a
 * subject that is not an entity ("3.000 soldati sono stati inviati", "il ministro degli
 * Esteri qatariota ha incontrato"), over which nothing is carried.
 */
function unnamedSubject(view: SentenceView, k: number, group: readonly Mention[] | undefined): SubjectSearch | undefined {
  const units = view.units;
  const unit = units[k]!;
  if (isTimePhrase(view, unit)) return undefined;
  const verbBefore = afterVerb(view, k);
  // "I due leader hanno firmato": the people just named together.
  // "il governo di Kiev", "le forze di Borduria": a state body named by its state or capital is the state acting.
  const body = verbBefore ? undefined : stateBodyOf(view, k);
  if (body) return { found: [{ mention: body, why: `subject: '${phrase(view, unit)} ${body.text}' is the state acting ('${body.text}')` }] };
  if (!verbBefore && group && groupPhrase(view, unit, group)) {
    const names = group.map((m) => `'${m.text}'`).join(", ");
    return { found: group.map((m) => ({ mention: m, why: `subject: '${phrase(view, unit)}' stands for the ones named together just before (${names})` })) };
  }
  let after = k + 1;
  while (units[after]?.kind === "np" && (units[after]!.prep === "di" || isAdverbPhrase(view, units[after]!))) after++;
  if (!verbBefore && isVerb(units[after]) && hasNoun(view, unit)) return { blocked: `subject '${phrase(view, unit)}' is not an entity` };
  return undefined;
}

/**
 * When the comma at unit c closes a relative clause opened by ", che" right after a named
 * subject ("X, che …, ha detto"), the unit of that subject; otherwise undefined.
 */
function relativeBefore(view: SentenceView, c: number): number | undefined {
  const { units } = view;
  for (let j = c - 1; j >= 2 && c - j < 14; j--) {
    const u = units[j]!;
    if (u.kind === "break" || u.kind === "opener" || u.kind === "comma" || u.kind === "quote") return undefined;
    if (u.kind !== "che") continue;
    const np = units[j - 2]!;
    if (units[j - 1]!.kind !== "comma" || np.kind !== "np" || np.prep !== null || !np.head || afterVerb(view, j - 2)) return undefined;
    return j - 2;
  }
  return undefined;
}

const GROUP_NUMBERS: ReadonlyMap<string, number> = new Map([["due", 2], ["tre", 3], ["quattro", 4], ["cinque", 5]]);
/** Plural nouns for a group of leaders ("i tre leader"); "le parti" may be states too. */
const LEADER_GROUP_NOUNS: ReadonlySet<string> = new Set(["leader", "presidenti", "premier", "ministri", "capi", "capi di stato", "capi di governo"]);

/**
 * "i due leader", "i tre capi di Stato", "le (due) parti", "entrambi": a plural phrase for
 * a group already named, when its number (if it says one) is the group's size and its noun
 * fits the members (leaders are people).
 */
function groupPhrase(view: SentenceView, unit: Unit, group: readonly Mention[]): boolean {
  const words = view.words.slice(unit.start + (unit.prep ? 1 : 0), unit.end);
  const both = words[0] === "entrambi" || words[0] === "entrambe" || words[0] === "ambedue";
  if (both && words.length === 1) return group.length === 2;
  // "entrambe le parti", "entrambi i leader": a pair.
  if (both && group.length !== 2) return false;
  if (both) words.shift();
  if (!["i", "gli", "le"].includes(words[0]!)) return false;
  let at = 1;
  const n = GROUP_NUMBERS.get(words[at]!);
  if (n !== undefined) {
    if (n !== group.length) return false;
    at++;
  }
  const noun = words.slice(at).join(" ");
  if (noun === "parti") return n !== undefined || group.length === 2;
  return LEADER_GROUP_NOUNS.has(noun) && group.every((m) => m.type === "PERSON");
}

/** The subject at unit k and any coordinated with it: "X e Y", "sia X che Y", "X, Y e Z". */
function coordinated(view: SentenceView, k: number): Arg[] {
  const { units } = view;
  const first = units[k]!.head!;
  const args: Arg[] = [{ mention: first, why: `subject: nearest noun phrase without preposition before the cue (${describe(view, first)})` }];
  let j = k - 1;
  let sawAnd = false;
  while (j >= 1) {
    const link = units[j]!;
    const np = units[j - 1]!;
    const sia = link.kind === "che" && (view.words[np.start] === "sia" || view.words[units[j - 2]?.start ?? -1] === "sia");
    // A comma joins list members only in a list closed by "e" ("X, Y e Z").
    const listComma = link.kind === "comma" && sawAnd;
    if ((link.kind !== "and" && !sia && !listComma) || np.kind !== "np" || np.prep !== null || !np.head || (listComma && afterVerb(view, j - 1))) break;
    if (link.kind === "and") sawAnd = true;
    args.unshift({ mention: np.head, why: `subject: coordinated with ${describe(view, first)} (${describe(view, np.head)})` });
    j -= 2;
  }
  return args;
}

/** The subject of a whole sentence (with any coordinated with it): the first entity phrase without preposition that a verb follows. */
export function mainSubject(view: SentenceView): Mention[] | undefined {
  const units = view.units;
  for (let k = datelineEnd(view); k < units.length; k++) {
    const unit = units[k]!;
    if (unit.kind === "break") return undefined;
    if (unit.kind !== "np" || unit.prep !== null || !unit.head || afterVerb(view, k)) continue;
    if (units[verbAfterSubject(view, k)]?.kind === "verb") return coordinated(view, listEnd(units, k)).map((a) => a.mention);
  }
  return undefined;
}

/** The unit after a subject at unit k where its verb would stand, past appositions ("X, portavoce di Y, ha detto") and relatives ("X, che ospita Y, sta …"). */
function verbAfterSubject(view: SentenceView, k: number): number {
  const units = view.units;
  let j = k + 1;
  while (j < units.length && units[j]!.kind !== "verb" && j - k < 8 && units[j]!.kind !== "break" && units[j]!.kind !== "che") j++;
  if (units[j]?.kind !== "che" || units[j - 1]?.kind !== "comma") return j;
  let close = j + 1;
  while (close < units.length && close - j < 12 && units[close]!.kind !== "comma" && units[close]!.kind !== "break") close++;
  j = close + 1;
  while (j < units.length && isAdverbPhrase(view, units[j]!)) j++;
  return j;
}

/** "X e Y", "X, Y e Z": the last member of a list opening at unit k (the list runs on while the links are commas and it ends in "e"). */
function listEnd(units: readonly Unit[], k: number): number {
  let last = k;
  for (let next = k; (units[next + 1]?.kind === "and" || units[next + 1]?.kind === "comma") && units[next + 2]?.kind === "np" && units[next + 2]!.prep === null && units[next + 2]!.head; ) {
    next += 2;
    if (units[next - 1]!.kind === "and") last = next;
  }
  return last;
}

const DASHES: ReadonlySet<string> = new Set(["–", "—", "-"]);

/** "Bruxelles, 5 maggio 2026 – …": the unit after a dateline (place, date, dash), or 0. */
function datelineEnd(view: SentenceView): number {
  const units = view.units;
  const place = units[0];
  const comma = units[1];
  const date = units[2];
  const dash = units[3];
  if (place?.kind !== "np" || place.prep !== null || !place.head || comma?.kind !== "comma" || date?.kind !== "np" || dash?.kind !== "quote") return 0;
  return DASHES.has(view.words[dash.start]!) && isTimePhrase(view, date) ? 4 : 0;
}

export interface ObjectSearch {
  /** The slot the object was found in ("a", "direct", …). */
  slot: ObjectSlot;
  args: Arg[];
  /** The unit the (first) object is in. */
  unit: number;
}

/**
 * The object of the cue in unit `u`: the first noun phrase after it whose preposition is
 * one of the cue's slots and whose head fits `kind`, within the clause.
 */
export function findObject(
  view: SentenceView,
  u: number,
  slots: readonly ObjectSlot[],
  kind: ObjectKind,
  settings: ArgumentSettings,
  group?: readonly Mention[],
): ObjectSearch | undefined {
  const { units } = view;
  const limit = units[u]!.end + settings.objectReach;
  let directOpen = slots.includes("direct") || slots.includes("direct-of");
  const open = new Set(slots);
  for (let k = u + 1; k < units.length && units[k]!.start < limit; k++) {
    const unit = units[k]!;
    // "ha incontrato, a Klow, X", "ha incontrato ieri a Klow, nella sede del governo, X": a
    // comma-bounded circumstance before the object is skipped.
    if (unit.kind === "comma" && (k === u + 1 || (directOpen && slots.includes("direct")))) {
      const close = circumstanceEnd(view, k);
      if (close !== undefined) {
        k = close;
        continue;
      }
    }
    if (unit.kind === "break" || unit.kind === "opener" || unit.kind === "che" || unit.kind === "comma") return undefined;
    if (unit.kind === "and") {
      if (isVerb(units[k + 1])) return undefined;
      continue;
    }
    if (unit.kind === "quote") continue;
    if (unit.kind === "verb") {
      // "inviati a sostenere la Russia": the helped party is where they were sent.
      const prev = units[k - 1]!;
      if (slots.includes("to-help") && prev.kind === "np" && (prev.prep === "a" || prev.prep === "per") && prev.end - prev.start === 1 && isVerb(unit, HELP_VERBS)) {
        const next = units[k + 1];
        if (next?.kind === "np" && next.prep === null && next.head && fitsKind(next.head, kind))
          return found(view, k + 1, "to-help", next.head, `object: helped by the sending ('a ${view.words[unit.start]}' ${describe(view, next.head)})`, kind);
      }
      return undefined;
    }
    if (unit.kind !== "np") continue;
    // "schierare soldati a fianco della Russia", "truppe a sostegno di Mosca"
    if (slots.includes("to-help") && (unit.prep === "a" || unit.prep === "in") && !unit.head && nounIn(view, unit, HELP_NOUNS)) {
      const next = units[k + 1];
      if (next?.kind === "np" && (next.prep === "di" || next.prep === "a") && next.head && fitsKind(next.head, kind))
        return found(view, k + 1, "to-help", next.head, `object: helped by the sending ('${phrase(view, unit)}' ${describe(view, next.head)})`, kind);
    }
    if (isTimePhrase(view, unit) || isAdverbPhrase(view, unit)) continue;
    if (unit.prep === null) {
      if (!directOpen) continue;
      // "ha definito «inaccettabile» l'attacco": a quoted word before the object is its predicate.
      const quoted = !unit.head && units[k - 1]?.kind === "quote" && units[k + 1]?.kind === "quote";
      if (quoted && units[k + 2]?.kind === "np" && units[k + 2]!.prep === null) continue;
      directOpen = false;
      if (unit.head) {
        if (slots.includes("direct") && fitsKind(unit.head, kind) && (kind === "place" || demonymStandsForState(view, unit)))
          return found(view, k, "direct", unit.head, `object: direct object after the cue (${describe(view, unit.head)})`, kind);
        continue;
      }
      // "ha esortato le parti a …": the group named just before.
      const members = groupOf(view, unit, group);
      if (slots.includes("direct") && members?.every((m) => fitsKind(m, kind))) {
        const why = `object: '${phrase(view, unit)}' stands for the ones named together just before`;
        return { slot: "direct", args: members.map((m) => ({ mention: m, why: `${why} ('${m.text}')` })), unit: k };
      }
      const named = slots.includes("direct") && kind !== "place" ? appositionName(view, k) : undefined;
      if (named && fitsKind(named, kind)) return found(view, view.unitOf[named.tokenStart]!, "direct", named, `object: '${phrase(view, unit)}', named in apposition (${describe(view, named)})`, kind);
      // "ha denunciato le trattative della Russia": the object is whose the thing is
      // (also past a closing quote: "ha elogiato «il coraggio» di X").
      const of = quoted ? units[k + 2] : units[k + 1];
      // "ha colpito la raffineria di X": for a place, the target is where the facility is.
      // "ha colpito nove siti in Pakistan": a target is also where it is.
      const ofPrep = of?.kind === "np" && (of.prep === "di" || (kind === "place" && of.prep === "in"));
      if (slots.includes("direct-of") && ofPrep && of.head && nounIn(view, unit, kind === "place" ? TARGET_NOUNS : CONDUCT_NOUNS) && fitsKind(of.head, kind) && (kind !== "place" || placeHeaded(view, of)))
        return found(view, view.unitOf[of.head.tokenStart]!, "direct-of", of.head, `object: owner of the direct object '${phrase(view, unit)}' (${describe(view, of.head)})`, kind);
      // "ha ringraziato i vigili del fuoco e la sindaca X": a thing, then a named one, both
      // objects (not "… e X ha risposto": a new clause).
      let and = k + 1;
      while (units[and]?.kind === "np" && units[and]!.prep === "di" && !units[and]!.head) and++;
      const second = units[and + 1];
      if (slots.includes("direct") && units[and]?.kind === "and" && second?.kind === "np" && second.prep === null && second.head && fitsKind(second.head, kind) && !opensClause(view, and + 2) && (kind === "place" || demonymStandsForState(view, second)))
        return found(view, and + 1, "direct", second.head, `object: named after '${phrase(view, unit)} e' (${describe(view, second.head)})`, kind);
      continue;
    }
    if (!open.has(unit.prep as ObjectSlot)) continue;
    // "ha chiesto a entrambe le parti di …": the group named just before.
    const members = !unit.head && kind !== "place" ? groupOf(view, unit, group) : undefined;
    if (members?.every((m) => fitsKind(m, kind))) {
      const why = `object: '${phrase(view, unit)}' stands for the ones named together just before`;
      return { slot: unit.prep as ObjectSlot, args: members.map((m) => ({ mention: m, why: `${why} ('${m.text}')` })), unit: k };
    }
    // "ha chiesto al governo di Kiev di …": a state body named by its state is the state.
    const body = !unit.head && kind !== "place" ? stateBodyOf(view, k) : undefined;
    if (body && fitsKind(body, kind))
      return found(view, k + 1, unit.prep as ObjectSlot, body, `object: '${phrase(view, unit)} ${body.text}' is the state (${describe(view, body)})`, kind);
    // "si è congratulato con il vincitore, X": a description, then the name in apposition.
    const named = !unit.head && kind !== "place" ? appositionName(view, k) : undefined;
    if (named && fitsKind(named, kind))
      return found(view, view.unitOf[named.tokenStart]!, unit.prep as ObjectSlot, named, `object: '${phrase(view, unit)}', named in apposition (${describe(view, named)})`, kind);
    // "contro le città ucraine": a nationality on a place is the state as a target.
    const target = unit.prep === "contro" && unit.head?.kind === "demonym" && nounIn(view, unit, TARGET_NOUNS);
    if (unit.head && fitsKind(unit.head, kind) && (kind === "place" ? placeHeaded(view, unit) : target || demonymStandsForState(view, unit)))
      return found(view, k, unit.prep as ObjectSlot, unit.head, `object: after '${view.words[unit.start]}' (${unit.prep} frame: ${describe(view, unit.head)})`, kind);
    // "si sono recati nel centro di X": a place is also where the facility is.
    const of = units[k + 1];
    if (kind === "place" && !unit.head && of?.kind === "np" && of.prep === "di" && of.start === unit.end && of.head && fitsKind(of.head, kind) && placeHeaded(view, of) && nounIn(view, unit, TARGET_NOUNS))
      return found(view, k + 1, unit.prep as ObjectSlot, of.head, `object: where '${phrase(view, unit)}' is (${describe(view, of.head)})`, kind);
    // "sostegno alla guerra di Mosca": an agentive event noun stands for its agent.
    const agent = eventAgent(view, k);
    if (agent && fitsKind(agent, kind))
      return found(view, k + 1, unit.prep as ObjectSlot, agent, `object: agent of '${phrase(view, unit)}' after '${view.words[unit.start]}' (${describe(view, agent)})`, kind);
    // "sostegno all'adesione dell'Ucraina all'Ue": the slot holds a thing, not an entity.
    if (!unit.head && !nounIn(view, unit, LOCUTION_NOUNS)) open.delete(unit.prep as ObjectSlot);
  }
  return undefined;
}

/**
 * Whether a verb follows unit j past bare phrases and commas only: "e X, irritata, ha
 * risposto" opens a clause of X's; "e X per il lavoro svolto" goes on with a complement.
 */
function opensClause(view: SentenceView, j: number): boolean {
  for (let u = j; u < view.units.length; u++) {
    const unit = view.units[u]!;
    if (unit.kind === "verb") return true;
    if (unit.kind !== "comma" && (unit.kind !== "np" || unit.prep !== null)) return false;
  }
  return false;
}

/** Who a group phrase in `unit` stands for: the group named together just before, if it fits. */
function groupOf(view: SentenceView, unit: Unit, group: readonly Mention[] | undefined): readonly Mention[] | undefined {
  return group && groupPhrase(view, unit, group) ? group : undefined;
}

/** The comma closing ", a Klow," or ", ieri," opened by the comma at unit c (places, times, adverbs only), or undefined. */
function circumstanceEnd(view: SentenceView, c: number): number | undefined {
  const { units } = view;
  for (let j = c + 1; j < units.length && j - c <= 4; j++) {
    const u = units[j]!;
    if (u.kind === "comma") return j > c + 1 ? j : undefined;
    if (u.kind !== "np") return undefined;
    // "nella sede del governo": a di-complement without a name goes on with the phrase before it.
    const complement = u.prep === "di" && !u.head && j > c + 1;
    const circumstance = isTimePhrase(view, u) || isAdverbPhrase(view, u) || complement || (u.prep !== null && u.prep !== "di" && (!u.head || u.head.type === "GPE" || u.head.type === "LOC"));
    if (!circumstance) return undefined;
  }
  return undefined;
}

/** The object and anything coordinated with it in the same frame ("alla Russia e all'Iran"). */
function found(view: SentenceView, k: number, slot: ObjectSlot, head: Mention, why: string, kind: ObjectKind): ObjectSearch {
  const args: Arg[] = [{ mention: head, why }];
  const { units } = view;
  const prep = units[k]!.prep;
  // "X e Y", "X, Y e Z", "X, l'uomo forte della regione, e Y": list members after commas
  // count only once the list is closed by "e"; an apposition between commas is skipped.
  let pending: Arg[] = [];
  for (let j = k + 1; units[j]?.kind === "and" || units[j]?.kind === "comma"; ) {
    if (units[j]!.kind === "comma") {
      const close = appositionEnd(view, j);
      if (close !== undefined && units[close + 1]?.kind === "and") {
        j = close + 1;
        continue;
      }
    }
    const next = units[j + 1];
    if (next?.kind !== "np" || !next.head || (next.prep !== prep && next.prep !== null) || !fitsKind(next.head, kind) || units[j + 2]?.kind === "verb") break;
    pending.push({ mention: next.head, why: `object: coordinated with the first object (${describe(view, next.head)})` });
    if (units[j]!.kind === "and") {
      args.push(...pending);
      pending = [];
    }
    j += 2;
  }
  return { slot, args, unit: k };
}

/** Nouns that describe a person by a part they play: "il vincitore, X", "lo sfidante, X". */
const DESCRIPTIVE_NOUNS: ReadonlySet<string> = new Set([
  "vincitore", "vincitrice", "sfidante", "rivale", "avversario", "avversaria", "candidato", "candidata", "successore",
  "predecessore", "collega", "leader", "alleato", "alleata", "neoeletto", "neoeletta", "presidente", "premier",
]);

/** "il vincitore, X" at unit k: a bare description of a person, a comma, then the person's name. */
function appositionName(view: SentenceView, k: number): Mention | undefined {
  const unit = view.units[k]!;
  if (unit.end - unit.start > 4 || !nounIn(view, unit, DESCRIPTIVE_NOUNS)) return undefined;
  // "il vincitore delle elezioni, X": the description may have a complement.
  let c = k + 1;
  while (c < k + 3 && view.units[c]?.kind === "np" && view.units[c]!.prep === "di" && !view.units[c]!.head) c++;
  const next = view.units[c + 1];
  if (view.units[c]?.kind !== "comma") return undefined;
  return next?.kind === "np" && next.prep === null && next.head?.kind === "name" && next.head.type === "PERSON" ? next.head : undefined;
}

/** The comma closing an apposition that opens after the comma at unit c (", l'uomo forte della regione,"), or undefined. */
function appositionEnd(view: SentenceView, c: number): number | undefined {
  const { units } = view;
  const first = units[c + 1];
  if (first?.kind !== "np" || first.prep !== null || first.head?.kind === "name") return undefined;
  let j = c + 2;
  while (units[j]?.kind === "np" && units[j]!.prep === "di" && j - c < 6) j++;
  return units[j]?.kind === "comma" ? j : undefined;
}

/** "la guerra di Mosca": when unit k is an agentive event noun phrase, the entity after its "di". */
export function eventAgent(view: SentenceView, k: number): Mention | undefined {
  const unit = view.units[k]!;
  if (unit.head || !nounIn(view, unit, AGENTIVE_EVENT_NOUNS)) return undefined;
  const of = view.units[k + 1];
  return of?.kind === "np" && of.prep === "di" ? of.head : undefined;
}

/**
 * "tra X e Y" in unit k (prep "tra"): the two parties, reading through appositions
 * ("tra il presidente russo, Vladimir Putin, e …").
 */
export function pairFrom(view: SentenceView, k: number): [Arg, Arg] | undefined {
  const { units } = view;
  let j = k + 1;
  let first = units[k]!.head;
  const apposition = (at: number) => {
    const u = units[at + 1];
    return units[at]?.kind === "comma" && u?.kind === "np" && u.prep === null && u.head?.kind === "name" ? u.head : undefined;
  };
  if (!first || first.kind !== "name") {
    const a = apposition(j);
    if (a) {
      first = a;
      j += 2;
    }
  }
  if (!first) return undefined;
  if (units[j]?.kind === "comma") j++;
  if (units[j]?.kind !== "and") return undefined;
  j++;
  for (let steps = 0; j < units.length && steps < 5; j++, steps++) {
    const u = units[j]!;
    if (u.kind === "comma" || (u.kind === "np" && u.prep === "di")) continue;
    if (u.kind !== "np" || (u.prep !== null && u.prep !== "tra")) return undefined;
    let second = u.head;
    if (!second || second.kind !== "name") second = apposition(j + 1 + (units[j + 1]?.kind === "np" && units[j + 1]!.prep === "di" ? 1 : 0)) ?? second;
    if (!second) return undefined;
    return [
      { mention: first, why: `first party of 'tra … e …' (${describe(view, first)})` },
      { mention: second, why: `second party of 'tra … e …' (${describe(view, second)})` },
    ];
  }
  return undefined;
}

/** The entity a possessive in unit k refers back to: the nearest entity phrase before it. */
export function possessiveAntecedent(view: SentenceView, k: number): Arg | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const u = view.units[j]!;
    if (u.kind === "break") return undefined;
    if (u.kind === "np" && u.head && u.head.kind !== "demonym")
      return { mention: u.head, why: `agent: antecedent of the possessive (${describe(view, u.head)})` };
  }
  return undefined;
}

export function nounIn(view: SentenceView, unit: Unit, nouns: ReadonlySet<string>): boolean {
  for (let t = unit.start; t < unit.end; t++) if (nouns.has(view.words[t]!)) return true;
  return false;
}

export function phrase(view: SentenceView, unit: Unit): string {
  return view.sentence.tokens.slice(unit.start, unit.end).map((t) => t.text).join(" ");
}
