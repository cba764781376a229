// State relations: HOLDS_ROLE from role phrases (the resolver's reading of titles, with
// what the role is of and who holds it), BASED_IN from a nationality on an organisation
// ("l'agenzia sudcoreana Yonhap") or "ORG della Corea del Sud", LOCATED_IN from
// "X, in Y", "X, la città dell'Y" and "X, che si trova in Y".

import type { Entity, Mention, RelationType } from "../../types.ts";
import type { RolePhrase } from "../resolve/index.ts";
import type { SentenceView, Unit } from "./units.ts";
import type { Arg } from "./arguments.ts";

export interface StateCandidate {
  type: RelationType;
  subjectId: string;
  objectId: string;
  subject: Arg;
  objectWhy: string;
  rule: string;
  confidence: number;
  title?: string;
  former?: boolean;
}

/** Nouns that name a kind of place: "Vladivostok, la città dell'Estremo Oriente russo". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "città", "capitale", "regione", "provincia", "località", "porto", "isola", "villaggio", "cittadina", "metropoli",
  "paese", "stato", "contea", "distretto", "oblast", "repubblica", "penisola", "area", "zona",
  "capoluogo", "comune", "frazione", "governatorato", "prefettura", "cantone", "dipartimento", "municipalità",
]);
const LOCATING_VERBS: ReadonlySet<string> = new Set(["trovare", "situare", "sorgere", "collocare"]);

const isPlace = (m: Mention | undefined) => m !== undefined && (m.type === "GPE" || m.type === "LOC") && m.entity !== undefined;

export function roleRelations(phrases: readonly RolePhrase[], roleMentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): StateCandidate[] {
  const out: StateCandidate[] = [];
  for (const p of phrases) {
    if (!p.of) continue;
    const holder =
      p.holder ?? roleMentions.find((m) => m.sentence === p.sentence && m.tokenStart === p.tokenStart && m.type === "PERSON");
    const person = holder?.entity;
    const of = entities.get(p.of);
    if (!holder || !person || entities.get(person)?.type !== "PERSON" || !of || (of.type !== "ORG" && of.type !== "GPE")) continue;
    if (person === p.of) continue;
    out.push({
      type: "HOLDS_ROLE",
      subjectId: person,
      objectId: p.of,
      subject: { mention: holder, why: p.holder ? `holder: the name next to the role phrase '${p.text}'` : `holder: the person the role phrase '${p.text}' refers to` },
      objectWhy: p.ofTopic ? `role of: ${of.name}, the one foreign state the article names, as the bare title '${p.text}' implies` : `role of: ${of.name}, from the qualifier of '${p.text}'`,
      rule: p.ofTopic ? "rule:relate:HOLDS_ROLE:topic-state" : "rule:relate:HOLDS_ROLE:role-phrase",
      confidence: p.ofTopic ? 0.7 : p.holder ? 0.9 : 0.75,
      title: p.title,
      ...(p.former ? { former: true } : {}),
    });
  }
  return out;
}

/**
 * Heads of state or government (role family "leader", not former) → their state, from the
 * article's own role phrases: in supplies and deployments a leader stands for the state.
 */
export function leaderStates(phrases: readonly RolePhrase[], roleMentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of roleRelations(phrases, roleMentions, entities)) {
    const phrase = phrases.find((p) => p.title === c.title && p.of === c.objectId);
    if (phrase?.family === "leader" && !c.former && entities.get(c.objectId)?.type === "GPE" && !out.has(c.subjectId)) out.set(c.subjectId, c.objectId);
  }
  return out;
}

export function placeAndBaseRelations(view: SentenceView): StateCandidate[] {
  const out: StateCandidate[] = [];
  const { units, words } = view;
  units.forEach((unit, k) => {
    if (unit.kind !== "np") return;
    // BASED_IN: a nationality right before an organisation's name.
    for (const org of unit.mentions) {
      if (org.type !== "ORG" || org.kind !== "name" || org.actor || !org.entity) continue;
      const demonym = unit.mentions.find((m) => m.kind === "demonym" && m.tokenEnd === org.tokenStart && m.entity);
      const of = units[k + 1];
      const country = demonym ?? (of?.kind === "np" && of.prep === "di" && of.head?.type === "GPE" && of.head.kind === "name" && of.start === org.tokenEnd ? of.head : undefined);
      const id = country?.actor ?? country?.entity;
      if (country && id && id !== org.entity)
        out.push({
          type: "BASED_IN",
          subjectId: org.entity,
          objectId: id,
          subject: { mention: org, why: `organisation '${org.text}'` },
          objectWhy: demonym ? `nationality '${demonym.text}' before its name` : `'di ${country.text}' right after its name`,
          rule: `rule:relate:BASED_IN:${demonym ? "nationality" : "of-state"}`,
          confidence: 0.85,
        });
    }
    // BASED_IN: "X, con sede a Y", "X, l'azienda con sede a Y", "X ha sede a Y".
    const seat = seatOf(view, k);
    if (seat)
      out.push({
        type: "BASED_IN",
        subjectId: seat.body.entity!,
        objectId: seat.place.entity!,
        subject: { mention: seat.body, why: `organisation '${seat.body.text}'` },
        objectWhy: `'sede' ${seat.place.text}: where it has its seat`,
        rule: "rule:relate:BASED_IN:seat",
        confidence: 0.85,
      });
    // "nella regione russa del Tatarstan", "la città ucraina di Leopoli": a place noun with a
    // nationality, then the place's name.
    const inner = placeOfNationality(view, k);
    if (inner)
      out.push({
        type: "LOCATED_IN",
        subjectId: inner.place.entity!,
        objectId: inner.state,
        subject: { mention: inner.place, why: `place '${inner.place.text}'` },
        objectWhy: `container: '${words.slice(unit.start, units[k + 1]!.end).join(" ")}' names the state by its nationality`,
        rule: "rule:relate:LOCATED_IN:nationality",
        confidence: 0.8,
      });
    // "Borgonero si trova in provincia di Sassari", "la città di X sorge in Y"
    const located = locatedBy(view, k);
    if (located)
      out.push({
        type: "LOCATED_IN",
        subjectId: located.place.entity!,
        objectId: located.container.entity!,
        subject: { mention: located.place, why: `place '${located.place.text}'` },
        objectWhy: `container: '${located.place.text} ${words[located.verb]} … ${located.container.text}'`,
        rule: "rule:relate:LOCATED_IN:located",
        confidence: 0.8,
      });
    if (!isPlace(unit.head) || unit.head!.kind === "demonym") return;
    const place = unit.head!;
    if (units[k + 1]?.kind !== "comma") return;
    const next = units[k + 2];
    let container: Mention | undefined;
    let why = "";
    // "Phoenix, in Arizona"
    if (next?.kind === "np" && next.prep === "in" && isPlace(next.head)) {
      container = next.head;
      why = `'${place.text}, in ${container!.text}'`;
    }
    // "Vladivostok, la città dell'Estremo Oriente russo", "X, capoluogo del Y", "X, comune
    // in provincia di Y", "X, in provincia di Y"
    else if (next?.kind === "np" && (next.prep === null || next.prep === "in") && !next.head && hasWord(view, next, PLACE_NOUNS)) {
      let at = k + 3;
      // "comune in provincia di", "comune della provincia di": a second place noun on the way.
      const between = units[at];
      if (next.prep === null && between?.kind === "np" && (between.prep === "in" || between.prep === "di") && !between.head && hasWord(view, between, PLACE_NOUNS)) at++;
      const of = units[at];
      // "X, comune in provincia di Y" read as one place: "X, comune | in provincia di Y".
      const inPlace = next.prep === null && of?.kind === "np" && of.prep === "in" && isPlace(of.head) && at === k + 3 ? of : undefined;
      if (inPlace) {
        container = inPlace.head;
        why = `apposition '${words.slice(next.start, next.end).join(" ")} in ${container!.text}'`;
      } else if (of?.kind === "np" && of.prep === "di" && isPlace(of.head)) {
        container = of.head;
        why = `apposition '${words.slice(next.start, next.end).join(" ")} di ${container!.text}'`;
      }
    }
    // "Vladivostok, che si trova sulla costa russa"
    else if (next?.kind === "che") {
      for (let j = k + 3; j < Math.min(units.length, k + 7); j++) {
        const u = units[j]!;
        if (u.kind === "verb" && u.verb!.some((a) => LOCATING_VERBS.has(a.lemma))) {
          const at = units.slice(j + 1, j + 4).find((x) => x.kind === "np" && x.prep !== null && isPlace(x.head));
          if (at) {
            container = at.head;
            why = `'che si trova' ${words.slice(at.start, at.end).join(" ")}`;
          }
          break;
        }
      }
    }
    if (container && container.entity !== place.entity)
      out.push({
        type: "LOCATED_IN",
        subjectId: place.entity!,
        objectId: container.entity!,
        subject: { mention: place, why: `place '${place.text}'` },
        objectWhy: `container: ${why}`,
        rule: "rule:relate:LOCATED_IN:apposition",
        confidence: 0.8,
      });
  });
  return out;
}

/** "X si trova in Y" with X the subject phrase at unit k: the place, its container and the verb's token. */
function locatedBy(view: SentenceView, k: number): { place: Mention; container: Mention; verb: number } | undefined {
  const { units, words } = view;
  const unit = units[k]!;
  // "Borgonero si trova", "La città di Borgonero si trova"
  const named = unit.prep === null || (unit.prep === "di" && units[k - 1]?.kind === "np" && units[k - 1]!.prep === null && !units[k - 1]!.head && hasWord(view, units[k - 1]!, PLACE_NOUNS));
  if (!named || !isPlace(unit.head) || unit.head!.kind === "demonym") return undefined;
  const verb = units[k + 1];
  if (verb?.kind !== "verb" || !verb.verb!.some((a) => LOCATING_VERBS.has(a.lemma))) return undefined;
  // "si trova", "sorge": the reflexive is at the end of the subject phrase or on the verb.
  if (words[verb.start - 1] !== "si" && !verb.verb!.some((a) => a.lemma === "sorgere")) return undefined;
  for (let j = k + 2; j < Math.min(units.length, k + 5); j++) {
    const u = units[j]!;
    if (u.kind !== "np") return undefined;
    // "in Y", or "in provincia di Y" after a place noun.
    const prep = j > k + 2 ? u.prep === "di" : u.prep === "in" || u.prep === "a";
    if (u.head) return prep && isPlace(u.head) && u.head.entity !== unit.head!.entity ? { place: unit.head!, container: u.head, verb: verb.start } : undefined;
    if (j > k + 2 || (u.prep !== "in" && u.prep !== "a") || !hasWord(view, u, PLACE_NOUNS)) return undefined;
  }
  return undefined;
}

/** Kinds of body a description names before the body's own name: "il sindacato dei bancari X". */
const BODY_KINDS: ReadonlySet<string> = new Set([
  "movimento", "partito", "sindacato", "gruppo", "istituto", "fondo", "associazione", "federazione", "coalizione", "comitato",
  "fondazione", "società", "azienda", "banca", "consorzio", "ong", "organizzazione", "milizia", "formazione", "lista",
  "compagnia", "quotidiano", "giornale", "agenzia", "emittente",
]);
/** Participles of leading a body: "il partito guidato da X", "la milizia capeggiata da X". */
const LEAD_VERBS: ReadonlySet<string> = new Set(["guidare", "capeggiare", "presiedere", "dirigere"]);

/**
 * "Il partito Unione Civica, guidato da X", "le Fdn, la milizia guidata dal generale X",
 * "il governo francese guidato da X": the one who leads a named organisation or state holds
 * a role in it.
 */
export function ledByRelations(view: SentenceView): StateCandidate[] {
  const out: StateCandidate[] = [];
  const { units } = view;
  units.forEach((unit, k) => {
    if (unit.kind !== "verb" || !unit.verb!.some((a) => a.tense === "participio" && LEAD_VERBS.has(a.lemma))) return;
    const by = units[k + 1];
    const leader = by?.kind === "np" && by.prep === "da" ? by.head : undefined;
    if (!leader?.entity || leader.type !== "PERSON" || leader.kind !== "name") return;
    const body = ledBody(view, k);
    const id = body?.actor ?? body?.entity;
    if (!body || !id || id === leader.entity) return;
    out.push({
      type: "HOLDS_ROLE",
      subjectId: leader.entity,
      objectId: id,
      subject: { mention: leader, why: `leader: the agent of '${view.words[unit.start]}' ('${leader.text}')` },
      objectWhy: `led body: '${body.text}', which '${view.words[unit.start]} da' describes`,
      rule: "rule:relate:HOLDS_ROLE:led-by",
      confidence: 0.8,
      title: "leader",
    });
  });
  return out;
}

/**
 * "il movimento d'opposizione X", "il sindacato dei bancari X": whether the di-phrase at unit j
 * is a body's name after a description of its kind (the bare phrase before it).
 */
function describedBody(view: SentenceView, j: number): boolean {
  const np = view.units[j]!;
  const kind = view.units[j - 1];
  return np.prep === "di" && kind?.kind === "np" && kind.prep === null && !kind.head && kind.end === np.start && BODY_KINDS.has(view.words[kind.end - 1]!);
}

/** The organisation or state the participle at unit k describes: right before it, or before a bare apposition ("X, la milizia guidata da"). */
function ledBody(view: SentenceView, k: number): Mention | undefined {
  const { units } = view;
  let j = k - 1;
  if (units[j]?.kind === "comma") j--;
  const np = units[j];
  if (np?.kind !== "np") return undefined;
  const isBody = (m: Mention | undefined) => (m?.type === "ORG" || m?.type === "GPE") && m.entity !== undefined;
  if (np.prep !== null && !describedBody(view, j)) return undefined;
  if (np.head) return isBody(np.head) ? np.head : undefined;
  // A bare apposition: back over the comma (and a bracketed short form) to the name it describes.
  let b = j - 1;
  if (units[b]?.kind !== "comma") return undefined;
  b--;
  while (b >= 0 && units[b]!.kind !== "np") b--;
  const named = units[b];
  return named?.kind === "np" && named.prep === null && isBody(named.head) ? named.head : undefined;
}

/**
 * "X, con sede a Y", "X, l'azienda con sede ad Y", "X ha sede a Y" at unit k (the phrase
 * holding "sede"): the organisation and the place of its seat.
 */
function seatOf(view: SentenceView, k: number): { body: Mention; place: Mention } | undefined {
  const { units, words } = view;
  const unit = units[k]!;
  if (unit.kind !== "np" || unit.head || words[unit.end - 1] !== "sede") return undefined;
  const at = units[k + 1];
  if (at?.kind !== "np" || (at.prep !== "a" && at.prep !== "in") || at.start !== unit.end || !isPlace(at.head) || at.head!.kind !== "name") return undefined;
  let j = k - 1;
  if (unit.prep === "con") {
    // "X, l'azienda con sede …": back over a description of its kind.
    if (units[j]?.kind === "np" && units[j]!.prep === null && !units[j]!.head) j--;
    if (units[j]?.kind !== "comma") return undefined;
    j--;
  } else if (unit.prep === null && unit.end - unit.start === 1) {
    // "X ha sede a Y"
    if (units[j]?.kind !== "verb" || !units[j]!.verb!.some((a) => a.lemma === "avere")) return undefined;
    j--;
  } else return undefined;
  const named = units[j];
  const body = named?.kind === "np" && (named.prep === null || describedBody(view, j)) ? named.head : undefined;
  return body?.type === "ORG" && body.kind === "name" && body.entity !== undefined && body.entity !== at.head!.entity ? { body, place: at.head! } : undefined;
}

/** "la regione russa del Tatarstan" at unit k: the named place and the state of the nationality. */
function placeOfNationality(view: SentenceView, k: number): { place: Mention; state: string } | undefined {
  const unit = view.units[k]!;
  const demonym = unit.mentions.find((m) => m.kind === "demonym" && m.tokenStart > unit.start && PLACE_NOUNS.has(view.words[m.tokenStart - 1]!));
  const state = demonym?.actor ?? demonym?.entity;
  if (!demonym || !state || demonym.tokenEnd !== unit.end) return undefined;
  const of = view.units[k + 1];
  if (of?.kind !== "np" || of.prep !== "di" || of.start !== unit.end || !isPlace(of.head) || of.head!.kind !== "name" || of.head!.entity === state) return undefined;
  return { place: of.head!, state };
}

function hasWord(view: SentenceView, unit: Unit, set: ReadonlySet<string>): boolean {
  for (let t = unit.start; t < unit.end; t++) if (set.has(view.words[t]!)) return true;
  return false;
}

