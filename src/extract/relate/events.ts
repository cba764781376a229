// Event relations from cues: who did it (subject, passive agent, possessive, "tra X e Y",
// or the subject carried over from the previous clause) and to whom or where (the cue's
// object frames). One candidate per subject–object pair; modality, date and attribution
// are added by the caller.

import type { Mention, Modality, RelationType } from "../../types.ts";
import { SYMMETRIC_RELATION_TYPES } from "../../types.ts";
import { JUDGING_VERBS } from "../../nlp/it/lexicon/verbs.ts";
import { lemmatise } from "../../nlp/it/lemma.ts";
import { GOODS, TROOPS, type ObjectKind, type ObjectSlot } from "../../nlp/it/lexicon/cues.ts";
import {
  findObject,
  findSubject,
  fitsKind,
  pairFrom,
  phrase,
  possessiveAntecedent,
  type Arg,
  type ArgumentSettings,
} from "./arguments.ts";
import { adjacentSlot, type CueHit } from "./cues.ts";
import { hasPossessive, isAdverbPhrase, isTimePhrase, type SentenceView } from "./units.ts";

const QUOTE_MARKS: ReadonlySet<string> = new Set(["“", "”", "\"", "«", "»"]);

export interface EventCandidate {
  type: RelationType;
  hit: CueHit;
  subject: Arg;
  object: Arg;
  subjectId: string;
  objectId: string;
  rule: string;
  confidence: number;
  item?: string;
  place?: string;
  /** The state the place is the capital or seat of, when it is one. */
  placeState?: string;
  /** Set when the rule itself fixes the modality (a supply that was only asked for is possible). */
  modality?: { value: Modality; why: string };
}

export interface Carry {
  /** The subject of the sentence before (coordinated subjects together), for pro-drop clauses. */
  previous?: Mention[];
  /** The subject of this sentence (when it stands before the cue). */
  current?: Mention[];
  /** Unit index of the sentence's first verb. */
  firstVerb?: number;
  /** The people or parties last named together (coordinated subjects, the two sides of a meeting): "i due leader". */
  group?: Mention[];
  /** Who speaks in the sentence ("…”, ha affermato Kirby): the subject of first-person verbs in the quote. */
  speaker?: Mention;
}

/** The id a mention has as an actor (metonyms stand for their state) or as a place. */
export function idAs(m: Mention, kind: ObjectKind): string | undefined {
  // A seat of power that acts (Casa Bianca) is the organisation; a capital (Mosca) is its state.
  return (kind === "actor" || kind === "person" || kind === "party") && m.type !== "ORG" ? (m.actor ?? m.entity) : m.entity;
}

export function eventCandidates(view: SentenceView, hit: CueHit, carry: Carry, settings: ArgumentSettings): EventCandidate[] {
  const cue = hit.verb ?? hit.noun!;
  const type = cue.type;
  // First and second persons outside quotes are nouns misread ("arrivo a …", "saranno
  // ospiti del Festival") or a narrator nobody can name ("ci imbarchiamo …").
  if (hit.verb && hit.analyses!.every((a) => a.person === 1 || a.person === 2) && !view.words.some((w) => QUOTE_MARKS.has(w))) return [];
  // "«…», ha accusato il reverendo X": X says the quote; nobody is accused by name.
  if (hit.verb && afterQuote(view, hit.unit)) return [];
  const kind: ObjectKind = cue.objectKind ?? "actor";
  let subjects: Arg[] = [];
  let objects: Arg[] = [];
  let explicitAgent = false;
  let confidence = hit.verb ? 0.85 : 0.75;
  let rule = `rule:relate:${type}:${hit.verb ? "verb" : "noun"}`;
  let slot: ObjectSlot | undefined;

  let slots = cue.objects;
  const unit = view.units[hit.unit]!;
  if (hit.noun) {
    // "a sostegno dell'operazione di Mosca": after "a"/"in", the di-complement is the object.
    const governed = type === "SUPPORTED" && (view.words[unit.start] === "a" || view.words[unit.start] === "in") && hit.token === unit.start + 1;
    if (governed) slots = ["di"];
    const agentUnit = governed ? undefined : agentAfter(view, hit.unit, hit.noun.agents, slots);
    // "l'attacco russo", "le forniture iraniane": a nationality right after the noun is its agent.
    const nationality = unit.mentions.find((m) => m.kind === "demonym" && m.tokenStart > hit.token && m.tokenStart <= hit.token + 2);
    // "l'attacco da parte degli estremisti": the agent is named, and is no entity.
    if (agentUnit === "unnamed") return [];
    if (agentUnit) {
      subjects = [agentUnit];
      explicitAgent = true;
    } else if (nationality) {
      subjects = [{ mention: nationality, why: `subject: nationality after the noun ('${nationality.text}')` }];
      explicitAgent = true;
    } else if (hasPossessive(view, unit)) {
      const antecedent = possessiveAntecedent(view, hit.unit);
      if (antecedent) {
        subjects = [antecedent];
        explicitAgent = true;
      }
    }
  }

  // "Congratulazioni a X sono arrivate da Y", "messaggi di congratulazioni … sono giunti da Y": who sent what arrived.
  const bare = unit.prep === null || (unit.prep === "di" && view.units[hit.unit - 1]?.kind === "np" && view.units[hit.unit - 1]!.prep === null);
  if (hit.noun && !subjects.length && bare) {
    const senders = arrivedFrom(view, hit.unit, settings);
    if (senders) {
      subjects = senders;
      explicitAgent = true;
    }
  }
  // "«Congratulazioni a X», ha scritto Y": saying the noun is the speaker's act (only for
  // performative nouns: "«i negoziati con Mosca», ha detto Y" are not Y's negotiations).
  // "«Abbiamo avuto un colloquio con X», ha detto Y", "«Siamo al fianco di X»": so is a noun a first-person verb governs.
  if (hit.noun && !subjects.length && carry.speaker && (PERFORMATIVE_NOUNS.has(hit.lemma) || firstPersonBefore(view, hit.unit)) && insideQuote(view, hit.token)) {
    subjects = [{ mention: carry.speaker, why: `subject: the speaker of the quote the noun stands in ('${carry.speaker.text}')` }];
    explicitAgent = true;
  }
  if (hit.noun && !subjects.length) {
    // "A quattro anni dall'invasione di X, Y ha …": an attack named inside a phrase of
    // time or cause, with no agent of its own, is not the main clause's subject's.
    if (type === "ATTACKED" && (unit.prep === "da" || unit.prep === "dopo" || unit.prep === "durante")) return [];
    // "il suo omologo X, in visita a Y": the visit belongs to the name the phrase follows.
    const visitor = type === "VISITED" && unit.prep === "in" ? nameBeforeComma(view, hit.unit) : undefined;
    if (visitor) subjects = [{ mention: visitor, why: `subject: the name the apposition '${phrase(view, unit)}' follows ('${visitor.text}')` }];
  }

  const passive = hit.verb ? isPassive(view, hit) : false;
  let agentFound = false;
  // Subjects carried from the sentence before are parties to each other only with a reciprocal "si".
  let fromPrevious = false;
  const symmetric = SYMMETRIC_RELATION_TYPES.has(type);
  // "l'incontro tra X e Y": the pair is the whole story, no subject is looked for.
  const tra = symmetric && hit.noun && !subjects.length ? traPair(view, hit) : undefined;
  if (!subjects.length && !tra) {
    if (passive) {
      const found = findObject(view, hit.unit, ["da"], "actor", settings);
      // "è stato bombardato l'ospedale gestito da X": the agent of another participle is not this one's.
      const agent = found && !participleBetween(view, hit.unit, found.unit) ? found : undefined;
      if (agent) {
        subjects = agent.args.map((a) => ({ ...a, why: `subject: agent of the passive '${hit.surface}' ${a.why.replace(/^object: /, "")}` }));
        agentFound = true;
      }
      else if (type === "SENT_TROOPS_TO" || type === "SUPPLIED") {
        const m = themeNationality(view, hit.unit, type === "SENT_TROOPS_TO" ? TROOPS : GOODS);
        if (m) {
          subjects = [{ mention: m, why: `subject: nationality of what was sent ('${m.text}'), passive without agent` }];
          confidence -= 0.1;
        }
      }
    } else if (carry.speaker && hit.verb && hit.analyses!.every((a) => a.person === 1)) {
      subjects = [{ mention: carry.speaker, why: `subject: the speaker of the first-person '${hit.surface}' ('${carry.speaker.text}')` }];
    } else {
      const nonFinite = !hit.verb || hit.analyses!.some((a) => a.tense === "infinito" || a.tense === "gerundio");
      // "X condanna l'attacco alla Crimea": the attack is not X's.
      const judged = hit.noun !== undefined && judgedBy(view, hit.unit);
      const search: ReturnType<typeof findSubject> = judged ? { blocked: `the noun is what '${judged}' judges` } : findSubject(view, hit.unit, nonFinite, settings, carry.group);
      if ("found" in search) subjects = search.found;
      else if ("none" in search) {
        // The sentence's own subject, if it stands before the cue or the cue is fronted
        // before the first verb ("Durante la visita a Roma, il re ha …").
        const fronted = carry.firstVerb === undefined || hit.unit < carry.firstVerb;
        // A noun's agent is carried from another sentence only for a meeting held by a light
        // verb whose own clause has no subject ("Ha poi avuto un colloquio con Y"; not "…, che
        // ha avuto un colloquio con Y"): otherwise nominalisations name events whose agent the
        // text often leaves open ("Le trattative con Y …").
        const light = hit.noun && type === "MET" ? lightVerbUnit(view, hit.unit) : undefined;
        const carries = hit.verb !== undefined || (light !== undefined && "none" in findSubject(view, light, false, settings));
        const carried = carry.current && (carry.current[0]!.tokenStart < hit.token || fronted) ? carry.current : carries ? carry.previous : undefined;
        if (carried && !hit.verb?.explicitSubject) {
          const from = carried === carry.current ? "main clause" : "previous sentence";
          fromPrevious = carried !== carry.current;
          subjects = carried.map((m) => ({ mention: m, why: `subject: dropped, carried over from the ${from} ('${m.text}')` }));
          confidence -= 0.15;
          rule += ":carried-subject";
        }
      }
    }
  }

  const objectSlots = slots.filter((s) => s !== "da" || !passive);
  const found = findObject(view, hit.unit, objectSlots, kind, settings, carry.group);
  const adjacent = !hit.verb?.adjacentObject || found?.unit === adjacentSlot(view, hit.unit);
  if (found && adjacent && !(cue.agentOnly?.includes(found.slot) && !explicitAgent)) {
    objects = found.args;
    slot = found.slot;
  }
  // "La Francia è stata criticata dalla Germania", "Kim è stato accolto da X e da Y": the
  // patient of a passive with an agent is the object a direct-object cue would have had.
  if (agentFound && !objects.length && (cue.objects.includes("direct") || cue.objects.includes("direct-of"))) {
    const patients = passivePatients(view, hit.unit, settings);
    if (patients?.every((p) => fitsKind(p.mention, kind))) objects = patients;
  }

  // "X ha ricevuto il sostegno di Y": who receives support, praise or blame is its object.
  if (hit.noun && explicitAgent && !objects.length && RECEIVED_TYPES.has(type)) {
    const receivers = receiverOf(view, hit.unit, settings);
    if (receivers && receivers.every((r) => fitsKind(r.mention, kind) && !subjects.some((x) => x.mention.entity === r.mention.entity))) {
      objects = receivers;
      rule += ":received";
    }
  }

  const pairs: Array<[Arg, Arg]> = [];
  if (symmetric && !objects.length) {
    const pair = tra ?? traPair(view, hit);
    if (pair) {
      pairs.push(pair);
      rule += ":tra";
    } else if (subjects.length >= 2 && (hit.verb ? reciprocalVerb(view, hit) && (!fromPrevious || !!hit.verb.reflexive) : lightVerbBefore(view, hit.unit))) {
      // Only a verb makes coordinated subjects parties to each other ("X e Y hanno firmato",
      // "X e Y hanno avuto un faccia a faccia"); "X e Y hanno discusso dell'accordo" is no
      // agreement, and "X e Y lo hanno accolto" welcomes someone else.
      for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) pairs.push([subjects[i]!, subjects[j]!]);
      rule += ":reciprocal";
    }
  }
  if (!objects.length && subjects.length && hit.verb) {
    // "lo hanno accolto": an object clitic stands for the one the sentence before was about.
    const clitic = cue.objects.includes("direct") ? cliticBefore(view, hit.unit) : undefined;
    // Only a singular clitic with a single subject before it: "li" may stand for anyone.
    const previous = clitic && clitic !== "li" && carry.previous?.length === 1 ? carry.previous[0] : undefined;
    if (previous && fitsKind(previous, kind)) {
      objects = [{ mention: previous, why: `object: the clitic '${clitic}' refers to the subject of the sentence before ('${previous.text}')` }];
      rule += ":clitic";
      confidence -= 0.15;
    }
    // "ha telefonato a X per congratularsi": the purpose infinitive is about the governing verb's object.
    // Only when the infinitive has no object of its own ("per sostenere l'invasione" has one).
    const next = view.units[hit.unit + 1];
    const ownObject = next?.kind === "np" && (next.prep === null || cue.objects.includes(next.prep as ObjectSlot));
    // "ha telefonato a X congratulandosi": so is a gerund right after that object.
    const gerund = hit.analyses!.some((a) => a.tense === "gerundio");
    const governed = !ownObject && (gerund || hit.analyses!.some((a) => a.tense === "infinito")) ? purposeObject(view, hit.unit, gerund) : undefined;
    if (!objects.length && governed && fitsKind(governed.mention, kind)) {
      objects = [governed];
      rule += ":purpose";
      confidence -= 0.1;
    }
    // "Merz ha vinto. Macron si è congratulato con lui": a stressed pronoun in the cue's slot
    // is the one subject of the sentence before, when that is not the subject here.
    const pronoun = objects.length ? undefined : pronounSlot(view, hit.unit, cue.objects);
    const antecedent = pronoun && carry.previous?.length === 1 ? carry.previous[0]! : undefined;
    if (antecedent && antecedent.type === "PERSON" && fitsKind(antecedent, kind) && !subjects.some((x) => x.mention.entity === antecedent.entity)) {
      objects = [{ mention: antecedent, why: `object: '${pronoun}' refers to the subject of the sentence before ('${antecedent.text}')` }];
      rule += ":pronoun";
      confidence -= 0.15;
    }
  }
  for (const s of subjects) for (const o of objects) pairs.push([s, o]);

  const out: EventCandidate[] = [];
  const item = type === "SUPPLIED" ? itemOf(view, hit) : undefined;
  for (const [s0, o0] of pairs) {
    // "ricevere da X": the flow runs from the object to the subject.
    const [s, o] = hit.verb?.reverse
      ? [{ ...o0, why: `supplier (reverse frame): ${o0.why}` }, { ...s0, why: `recipient (reverse frame): ${s0.why}` }]
      : [s0, o0];
    if (!fitsKind(s.mention, hit.verb?.subjectKind ?? "actor")) continue;
    // Festivals and contests are won, not attacked ("conquista il Festival").
    if (type === "ATTACKED" && o.mention.type === "EVENT") continue;
    // People visit; places and things do not ("una Daewoo che viaggiava in direzione Roma").
    if (type === "VISITED" && s.mention.type !== "PERSON") continue;
    const subjectId = idAs(s.mention, "actor");
    const objectId = idAs(o.mention, symmetric ? "actor" : kind);
    if (!subjectId || !objectId || subjectId === objectId) continue;
    // Between people an attack is verbal: "Travaglio attacca Schifani".
    const verbal = type === "ATTACKED" && s.mention.type === "PERSON" && o.mention.type === "PERSON";
    // Only "attaccare" is said of words; a person assaulting a person is no attack between parties.
    if (verbal && hit.lemma !== "attaccare" && hit.lemma !== "attacco" && hit.lemma !== "attacchi") continue;
    const candidate: EventCandidate = {
      type: verbal ? "CRITICIZED" : type,
      hit,
      subject: s,
      object: o,
      subjectId,
      objectId,
      rule: verbal ? `${rule}:between-people` : rule,
      confidence,
    };
    if (item) candidate.item = item;
    if (hit.verb?.plannedParticiple) candidate.modality = { value: "planned", why: `modality: planned ('${hit.surface}' announces the arrival)` };
    if (slot === "to-help") candidate.confidence -= 0.1;
    out.push(candidate);
  }
  if (type === "REQUESTED" && hit.verb && asksForGoods(view, hit)) {
    // "X chiede armi a Y", "chiedere a Y la fornitura di …": Y may supply X.
    for (const c of [...out]) {
      if (c.subject.mention.type === "PERSON" && c.object.mention.type === "PERSON") continue;
      out.push({
        ...c,
        type: "SUPPLIED",
        subject: { ...c.object, why: `supplier: the one asked (${c.object.why})` },
        object: { ...c.subject, why: `recipient: the one asking (${c.subject.why})` },
        subjectId: c.objectId,
        objectId: c.subjectId,
        rule: "rule:relate:SUPPLIED:requested",
        confidence: c.confidence - 0.1,
        modality: { value: "possible", why: `modality: possible (a supply asked for with '${hit.surface}', not yet made)` },
      });
    }
  }
  if (out.length && type !== "VISITED" && type !== "SENT_TROOPS_TO") {
    // Where it happened: "a/in" + place right after the cue, its object or a time phrase
    // (not inside another phrase: "il sostegno all'Ucraina" is no place).
    const place = findObject(view, hit.unit, ["a", "in"], "place", settings);
    const m = place?.args[0]!.mention;
    const before = place ? view.units[place.unit - 1]! : undefined;
    const attached =
      before !== undefined && (place!.unit - 1 === hit.unit || isTimePhrase(view, before) || out.some((c) => c.object.mention === before.head || c.subject.mention === before.head));
    if (m?.entity && attached && m.type !== "EVENT" && !out.some((c) => c.object.mention === m || c.subject.mention === m || c.objectId === m.entity))
      for (const c of out) {
        c.place = m.entity;
        if (m.actor && m.actor !== m.entity) c.placeState = m.actor;
      }
  }
  return out;
}

/** The person named right before the comma that precedes unit u. */
function nameBeforeComma(view: SentenceView, u: number): Mention | undefined {
  const np = view.units[u - 2];
  return view.units[u - 1]?.kind === "comma" && np?.kind === "np" && np.head?.type === "PERSON" ? np.head : undefined;
}

/** Verbs that make their subjects act on each other: not transitive-only ones ("accogliere"), and not with an object clitic. */
function reciprocalVerb(view: SentenceView, hit: CueHit): boolean {
  if (cliticBefore(view, hit.unit)) return false;
  return hit.verb!.reflexive === true || hit.verb!.objects.some((s) => s !== "direct");
}

/** Stances one can receive from someone: "ha ottenuto l'appoggio di Y". */
const RECEIVED_TYPES: ReadonlySet<string> = new Set(["SUPPORTED", "PRAISED", "CRITICIZED"]);
const RECEIVE_VERBS: ReadonlySet<string> = new Set(["ricevere", "ottenere", "raccogliere", "avere"]);

/** The subject of a verb of receiving whose bare object is the noun in unit u ("X ha ricevuto il sostegno di Y" → X). */
function receiverOf(view: SentenceView, u: number, settings: ArgumentSettings): Arg[] | undefined {
  if (view.units[u]!.prep !== null) return undefined;
  let j = u - 1;
  while (j >= 0 && isAdverbPhrase(view, view.units[j]!)) j--;
  const verb = view.units[j];
  if (verb?.kind !== "verb" || !verb.verb!.some((a) => RECEIVE_VERBS.has(a.lemma))) return undefined;
  const search = findSubject(view, j, false, settings);
  return "found" in search ? search.found.map((a) => ({ ...a, why: `object: the one who received it, subject of '${view.words[verb.start]}' ('${a.mention.text}')` })) : undefined;
}

/** Verbs whose object noun is the event they hold: "hanno avuto un colloquio", "hanno tenuto un vertice". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(["avere", "tenere", "fare", "svolgere", "condurre", "avviare"]);

/** The noun cue in unit u is the bare object of a light verb. */
function lightVerbBefore(view: SentenceView, u: number): boolean {
  return lightVerbUnit(view, u) !== undefined;
}

/** The unit of the light verb whose bare object is the noun cue in unit u, or undefined. */
function lightVerbUnit(view: SentenceView, u: number): number | undefined {
  if (view.units[u]!.prep !== null) return undefined;
  let j = u - 1;
  while (j >= 0 && isAdverbPhrase(view, view.units[j]!)) j--;
  const verb = view.units[j];
  return verb?.kind === "verb" && verb.verb!.some((a) => LIGHT_VERBS.has(a.lemma)) ? j : undefined;
}

const OBJECT_CLITICS: ReadonlySet<string> = new Set(["lo", "la", "li", "l'"]);

/** The object clitic of the verb group ending at unit u ("lo hanno accolto", "non la ha vista"), or undefined. */
function cliticBefore(view: SentenceView, u: number): string | undefined {
  let j = u - 1;
  while (j >= 0 && (view.units[j]!.kind === "verb" || isAdverbPhrase(view, view.units[j]!))) j--;
  const unit = view.units[j];
  if (unit?.kind !== "np" || unit.prep !== null || unit.end - unit.start !== 1) return undefined;
  const w = view.words[unit.start]!;
  // "l'" before a noun is an article; before the verb group it is the clitic.
  return OBJECT_CLITICS.has(w) && view.units[j + 1]?.kind === "verb" ? w : undefined;
}

/** The verb group governing the noun phrase in unit u is in the first person ("abbiamo avuto", "siamo"). */
function firstPersonBefore(view: SentenceView, u: number): boolean {
  let j = u - 1;
  while (j >= 0 && isAdverbPhrase(view, view.units[j]!)) j--;
  let first = false;
  for (; j >= 0 && view.units[j]!.kind === "verb"; j--) {
    const verb = view.units[j]!.verb!;
    if (verb.length && verb.every((a) => a.person === 1)) first = true;
  }
  return first;
}

/** Nouns whose utterance is the act itself: "«Congratulazioni a X»" congratulates X. */
const PERFORMATIVE_NOUNS: ReadonlySet<string> = new Set(["congratulazioni", "felicitazioni", "complimenti", "ringraziamenti"]);
const OPENING_QUOTES: ReadonlySet<string> = new Set(["«", "“"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(["»", "”"]);

/** The token stands between an opening quote mark and its closing one. */
function insideQuote(view: SentenceView, token: number): boolean {
  let open = false;
  for (let t = 0; t < token; t++) {
    const w = view.words[t]!;
    if (OPENING_QUOTES.has(w)) open = true;
    else if (CLOSING_QUOTES.has(w)) open = false;
  }
  return open;
}

/** Verbs of arriving: "le congratulazioni sono arrivate da X". */
const ARRIVAL_VERBS: ReadonlySet<string> = new Set(["arrivare", "giungere", "pervenire"]);

/** The senders ("da X e da Y") after a verb of arriving whose subject is the noun phrase in unit u. */
function arrivedFrom(view: SentenceView, u: number, settings: ArgumentSettings): Arg[] | undefined {
  const { units } = view;
  let k = u + 1;
  while (k < units.length && k < u + 4 && units[k]!.kind === "np" && units[k]!.prep !== null) k++;
  let verb: number | undefined;
  for (; k < units.length && units[k]!.kind === "verb"; k++) if (units[k]!.verb!.some((a) => ARRIVAL_VERBS.has(a.lemma))) verb = k;
  if (verb === undefined || units[k]?.kind !== "np" || units[k]!.prep !== "da") return undefined;
  const from = findObject(view, verb, ["da"], "actor", settings);
  return from?.args.map((a) => ({ ...a, why: `subject: sent what arrived ('${a.mention.text}')` }));
}

const STRESSED_PRONOUNS: ReadonlySet<string> = new Set(["lui", "lei"]);

/** "con lui", "a lei" right after the cue in one of its slots: the pronoun, or undefined. */
function pronounSlot(view: SentenceView, u: number, slots: readonly ObjectSlot[]): string | undefined {
  const next = view.units[u + 1];
  if (next?.kind !== "np" || next.head || next.end - next.start !== 2 || !slots.includes(next.prep as ObjectSlot)) return undefined;
  const w = view.words[next.start + 1]!;
  return STRESSED_PRONOUNS.has(w) ? w : undefined;
}

/**
 * "ha telefonato a X per congratularsi", "… a X congratulandosi": the object of the verb
 * that governs a purpose infinitive (after "per") or a gerund (right after) in unit u.
 */
function purposeObject(view: SentenceView, u: number, gerund: boolean): Arg | undefined {
  const per = view.units[u - 1];
  if (!gerund && (per?.kind !== "np" || per.prep !== "per" || per.end - per.start !== 1)) return undefined;
  const from = gerund ? (view.units[u - 1]?.kind === "comma" ? u - 2 : u - 1) : u - 2;
  for (let k = from; k >= 0 && k > u - 8; k--) {
    const unit = view.units[k]!;
    if (unit.kind !== "np") return undefined;
    if (!unit.head) continue;
    if (unit.prep !== null && unit.prep !== "a" && unit.prep !== "con") return undefined;
    // "si incontreranno a Parigi per discutere": a place after "a" is where, not whom.
    if (unit.prep !== null && unit.head.type !== "PERSON" && unit.head.type !== "ORG") return undefined;
    let v = k - 1;
    while (v >= 0 && view.units[v]!.kind === "np" && !view.units[v]!.head) v--;
    if (view.units[v]?.kind !== "verb") return undefined;
    return { mention: unit.head, why: `object: object of '${view.words[view.units[v]!.start]}', whose purpose the infinitive states ('${unit.head.text}')` };
  }
  return undefined;
}

/** The request is for goods: "chiede armi a …", "chiedere a … la fornitura di proiettili". */
function asksForGoods(view: SentenceView, hit: CueHit): boolean {
  const goods = new Set([...GOODS, "fornitura", "forniture", "consegna", "consegne", "invio", "vendita"]);
  for (let k = hit.unit + 1; k < Math.min(view.units.length, hit.unit + 5); k++) {
    const u = view.units[k]!;
    if (u.kind !== "np") return false;
    for (let t = u.start; t < u.end; t++) if (goods.has(view.words[t]!)) return true;
  }
  return false;
}

/** "soldati nordcoreani inviati in …": the nationality on the sent troops or goods before a passive. */
function themeNationality(view: SentenceView, u: number, themes: readonly string[]): Mention | undefined {
  const set = new Set(themes);
  for (let k = u - 1; k >= 0 && k > u - 10; k--) {
    const unit = view.units[k]!;
    if (unit.kind === "break" || unit.kind === "opener") return undefined;
    if (unit.kind !== "np" || unit.head?.kind !== "demonym") continue;
    for (let t = unit.start; t < unit.head.tokenStart; t++) if (set.has(view.words[t]!)) return unit.head;
  }
  return undefined;
}

/** The verb group at unit u follows "”," — a verb of saying after a quote. */
function afterQuote(view: SentenceView, u: number): boolean {
  let j = u - 1;
  while (j >= 0 && (view.units[j]!.kind === "verb" || isAdverbPhrase(view, view.units[j]!))) j--;
  return view.units[j]?.kind === "comma" && view.units[j - 1]?.kind === "quote" && QUOTE_MARKS.has(view.words[view.units[j - 1]!.start]!);
}

/** The judging verb whose direct object the noun in unit u is ("condanna l'attacco"), or undefined. */
function judgedBy(view: SentenceView, u: number): string | undefined {
  let j = u - 1;
  while (j >= 0 && isAdverbPhrase(view, view.units[j]!)) j--;
  const verb = view.units[j];
  // Its direct object, or its di-complement ("hanno discusso degli aiuti").
  if ((view.units[u]!.prep !== null && view.units[u]!.prep !== "di") || verb?.kind !== "verb") return undefined;
  return verb.verb!.find((a) => JUDGING_VERBS.has(a.lemma))?.lemma;
}

/** "la visita del leader Kim", "le spedizioni dalla Corea del Nord": the agent after a noun cue. */
function agentAfter(view: SentenceView, u: number, agents: readonly ObjectSlot[], objectSlots: readonly ObjectSlot[]): Arg | "unnamed" | undefined {
  // "l'attacco alla Crimea da parte degli estremisti"
  for (let k = u + 1; k < Math.min(view.units.length, u + 6); k++) {
    const unit = view.units[k]!;
    if (unit.kind !== "np") break;
    if (unit.prep === "da" && view.words[unit.end - 1] === "parte") {
      const of = view.units[k + 1];
      if (of?.kind === "np" && of.prep === "di" && of.head) return { mention: of.head, why: `subject: agent after 'da parte di' ('${of.head.text}')` };
      return "unnamed";
    }
  }
  for (let k = u + 1; k < Math.min(view.units.length, u + 5); k++) {
    const unit = view.units[k]!;
    if (unit.kind !== "np" || unit.prep === null) return undefined;
    if (!agents.includes(unit.prep as ObjectSlot)) {
      // "la visita in Europa di X": a person may follow the place as the agent ("la Corte
      // Suprema degli Stati Uniti" is one name's complement, not an agent).
      const next = view.units[k + 1];
      const placeThenPerson = (unit.head?.type === "GPE" || unit.head?.type === "LOC") && next?.kind === "np" && next.head?.type === "PERSON";
      if (placeThenPerson && agents.includes(next.prep as ObjectSlot) && next.prep !== null)
        return { mention: next.head!, why: `subject: agent of the noun after '${view.words[next.start]}' ('${next.head!.text}')` };
      if (objectSlots.includes(unit.prep as ObjectSlot) || unit.head) return undefined;
      continue;
    }
    if (unit.head) return { mention: unit.head, why: `subject: agent of the noun after '${view.words[unit.start]}' ('${unit.head.text}')` };
  }
  return undefined;
}

/** "tra X e Y" around a symmetric cue, in its clause. */
function traPair(view: SentenceView, hit: CueHit): [Arg, Arg] | undefined {
  const { units } = view;
  for (let k = hit.unit + 1; k < units.length && k < hit.unit + 4; k++) {
    const u = units[k]!;
    if (u.kind === "break" || u.kind === "opener" || u.kind === "verb") break;
    if (u.kind === "np" && u.prep === "tra") return pairFrom(view, k);
  }
  if (!hit.noun) return undefined;
  for (let k = hit.unit - 1; k >= 0 && k > hit.unit - 14; k--) {
    const u = units[k]!;
    if (u.kind === "break" || u.kind === "opener" || u.kind === "che") break;
    if (u.kind === "np" && u.prep === "tra") return pairFrom(view, k);
  }
  return undefined;
}

/**
 * Who undergoes the passive in unit u. With an auxiliary it is the clause's subject ("La
 * Francia è stata criticata", "X, arrivato ieri, è stato ricevuto da …"); a bare participle
 * is said of the entity phrase right before it or before a comma ("l'Ucraina, attaccata da
 * …"), never of one further back ("ha criticato le sanzioni imposte dagli Stati Uniti"
 * sanctions no one named).
 */
function passivePatients(view: SentenceView, u: number, settings: ArgumentSettings): Arg[] | undefined {
  const { units } = view;
  let j = u - 1;
  while (j >= 0 && isAdverbPhrase(view, units[j]!)) j--;
  if (units[j]?.kind === "verb") {
    const search = findSubject(view, u, false, settings);
    return "found" in search ? search.found.map((a) => ({ ...a, why: `object: undergoes the passive '${phrase(view, units[u]!)}' (${a.why})` })) : undefined;
  }
  while (j >= 0 && (isAdverbPhrase(view, units[j]!) || isTimePhrase(view, units[j]!))) j--;
  if (units[j]?.kind === "che") j -= units[j - 1]?.kind === "comma" ? 2 : 1;
  else if (units[j]?.kind === "comma") j--;
  const np = units[j];
  if (np?.kind !== "np" || np.prep !== null || !np.head) return undefined;
  const out: Arg[] = [{ mention: np.head, why: `object: undergoes the passive '${phrase(view, units[u]!)}' (${np.head.text})` }];
  // "Francia e Germania sono state criticate": every member of the list undergoes it.
  for (let k = j - 2; k >= 0 && (units[k + 1]!.kind === "and" || units[k + 1]!.kind === "comma") && units[k]!.kind === "np" && units[k]!.prep === null && units[k]!.head; k -= 2)
    out.unshift({ mention: units[k]!.head!, why: `object: coordinated with the one undergoing the passive (${units[k]!.head!.text})` });
  return out;
}

/** Some word between units `from` and `to` (exclusive) reads as a past participle: another verb's. */
function participleBetween(view: SentenceView, from: number, to: number): boolean {
  for (let t = view.units[from]!.end; t < view.units[to]!.start; t++) {
    const w = view.words[t]!;
    if (/(ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)$/.test(w) && lemmatise(w).some((a) => a.tense === "participio")) return true;
  }
  return false;
}

/** A participle read as passive: after essere/venire, or bare ("soldati inviati in Russia"). */
function isPassive(view: SentenceView, hit: CueHit): boolean {
  const cue = hit.verb!;
  if (cue.intransitive || cue.reflexive) return false;
  if (!hit.analyses!.some((a) => a.tense === "participio")) return false;
  let j = hit.unit - 1;
  while (j >= 0 && isAdverbPhrase(view, view.units[j]!)) j--;
  const prev = view.units[j];
  if (view.words[prev?.start ?? -1] === "si" || view.words[(prev?.start ?? 0) - 1] === "si") return false;
  if (prev?.kind !== "verb") return true;
  const lemmas = new Set(prev.verb!.map((a) => a.lemma));
  if (lemmas.has("avere")) return false;
  return lemmas.has("essere") || lemmas.has("venire");
}

/** What was supplied: the bare object after a verb, or the di-phrase after a noun. */
function itemOf(view: SentenceView, hit: CueHit): string | undefined {
  const { units } = view;
  for (let k = hit.unit + (hit.noun ? 0 : 1); k < Math.min(units.length, hit.unit + 4); k++) {
    const u = units[k]!;
    if (hit.noun && k === hit.unit) continue;
    if (u.kind === "and") continue;
    if (u.kind !== "np" || u.head) return undefined;
    if ((hit.verb && u.prep === null) || (hit.noun && u.prep === "di")) {
      let text = phrase(view, u);
      // Coordinated items: "armi e munizioni".
      if (units[k + 1]?.kind === "and" && units[k + 2]?.kind === "np" && !units[k + 2]!.head && units[k + 2]!.prep === null)
        text += ` e ${phrase(view, units[k + 2]!)}`;
      return text.replace(/^(di|d'|del|della|dei|degli|delle|dell'|dello|il|lo|la|i|gli|le|l')\s*/i, "").trim() || undefined;
    }
  }
  return undefined;
}
