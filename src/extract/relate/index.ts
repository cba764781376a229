// relate(doc, resolved) → Relation[]: the typed relations of one article, each with its
// evidence sentence, modality, date, place, attribution and the provenance of every
// choice (rule, cue, why each argument). Sentences are read one at a time, in order,
// so a dropped subject can be carried from the sentence before.

import type { Doc, Entity, Mention, Modality, Provenance, Relation, Sentence } from "../../types.ts";
import { SYMMETRIC_RELATION_TYPES } from "../../types.ts";
import { SettingsError } from "../../errors.ts";
import { findRolePhrases } from "../resolve/index.ts";
import { entryById } from "../../nlp/it/gazetteer/index.ts";
import { THREAT_GOVERNORS } from "../../nlp/it/lexicon/cues.ts";
import { findClaims, nearestClaim, type Claim } from "../attribution/index.ts";
import { findDates, resolveDate, type DateMention } from "../dates/index.ts";
import { modalityScope, readModality } from "../modality/index.ts";
import { findSubject, mainSubject, type ArgumentSettings } from "./arguments.ts";
import { findCues, type CueHit } from "./cues.ts";
import { eventCandidates, idAs, type Carry, type EventCandidate } from "./events.ts";
import { leaderStates, ledByRelations, placeAndBaseRelations, roleRelations, type StateCandidate } from "./states.ts";
import { buildView, type SentenceView } from "./units.ts";

export interface RelateSettings extends ArgumentSettings {
  /** Carry a dropped subject over from the previous sentence (Italian is pro-drop). */
  carrySubjects: boolean;
  /** Relations below this confidence are left out. */
  minConfidence: number;
}

export const DEFAULT_RELATE_SETTINGS: Readonly<RelateSettings> = {
  subjectReach: 40,
  objectReach: 18,
  carrySubjects: true,
  minConfidence: 0.5,
};

export function resolveRelateSettings(partial: Partial<RelateSettings> = {}): RelateSettings {
  const settings = { ...DEFAULT_RELATE_SETTINGS, ...partial };
  validateRelateSettings(settings);
  return settings;
}

export function validateRelateSettings(s: RelateSettings): void {
  for (const key of ["subjectReach", "objectReach"] as const)
    if (!Number.isInteger(s[key]) || s[key] < 1) throw new SettingsError(key, `is ${s[key]}`, "give a whole number of tokens, at least 1");
  if (!(s.minConfidence >= 0 && s.minConfidence <= 1)) throw new SettingsError("minConfidence", `is ${s.minConfidence}`, "give a number between 0 and 1");
}

export interface Resolved {
  entities: Entity[];
  mentions: Mention[];
}

/**
 * The article's relations. A role whose body the text implies but never names (an Italian
 * office) adds that body to `resolved.entities`, so every relation ends at an entity.
 */
export function relate(doc: Doc, resolved: Resolved, partial?: Partial<RelateSettings>): Relation[] {
  const settings = partial ? resolveRelateSettings(partial) : DEFAULT_RELATE_SETTINGS;
  const bySentence = new Map<number, Mention[]>();
  for (let i = 0; i < resolved.mentions.length; i++) {
    const m = resolved.mentions[i]!;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const entities = new Map(resolved.entities.map((e) => [e.id, e]));
  const out = new RelationSet();

  const roleMentions = resolved.mentions.filter((m) => m.kind === "role");
  const phrases = findRolePhrases(doc, resolved.mentions);
  // A role's body can be implied and never named ("il ministro dell'Interno X" in Italian
  // news is Italy's): it joins the article's entities, so the record keeps the relation.
  for (const e of impliedBodies(phrases, entities)) {
    entities.set(e.id, e);
    resolved.entities.push(e);
  }
  const leaders = leaderStates(phrases, roleMentions, entities);
  for (const c of roleRelations(phrases, roleMentions, entities)) {
    const sentence = doc.sentences[c.subject.mention.sentence];
    if (sentence) out.add(stateRelation(doc, sentence, c));
  }

  const article: ArticleReading = { doc, settings, entities, leaders, out, subjectOf: new Map(), previous: undefined, group: undefined };
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    relateSentence(article, sentence, bySentence.get(sentence.index) ?? []);
  }
  for (const c of spokesmen(phrases, article.subjectOf, bySentence, entities)) {
    const sentence = doc.sentences[c.subject.mention.sentence];
    if (sentence) out.add(stateRelation(doc, sentence, c));
  }
  return out.list();
}

/** One article read sentence by sentence, in order: what it is read against, and what each sentence leaves to the next. */
interface ArticleReading {
  doc: Doc;
  settings: RelateSettings;
  entities: Map<string, Entity>;
  /** Leader → the state he leads. */
  leaders: Map<string, string>;
  out: RelationSet;
  /** The subject of each sentence that has one. */
  subjectOf: Map<number, Mention[]>;
  /** The subject a dropped one carries over from. */
  previous: Mention[] | undefined;
  /** The last people or parties named together, and the sentence that named them. */
  group: { members: Mention[]; sentence: number } | undefined;
}

function relateSentence(article: ArticleReading, sentence: Sentence, mentions: Mention[]): void {
  const { doc, out } = article;
  // A sentence without names is read only while a group ("i due leader") may be its subject.
  const groupOpen = article.group !== undefined && sentence.index - article.group.sentence <= GROUP_REACH;
  if (!mentions.length && !groupOpen) {
    article.previous = undefined;
    return;
  }
  const view = buildView(sentence, mentions);
  for (const c of placeAndBaseRelations(view)) out.add(stateRelation(doc, sentence, c));
  for (const c of ledByRelations(view)) out.add(stateRelation(doc, sentence, c));
  const current = mainSubject(view);
  if (current) article.subjectOf.set(sentence.index, current);
  if (!view.question) relateCues(article, view, current, groupOpen);
  if (current && new Set(current.map((m) => m.entity)).size >= 2) article.group = { members: current, sentence: sentence.index };
  article.previous = mentions.length ? (current ?? openingPerson(view) ?? (nonEntitySubject(view, article.settings) ? undefined : article.previous)) : undefined;
}

/** The event relations of the cues of one sentence. */
function relateCues(article: ArticleReading, view: SentenceView, current: Mention[] | undefined, groupOpen: boolean): void {
  const settings = article.settings;
  const hits = findCues(view);
  // Claims and dates are read only in sentences that have a cue.
  const claims = hits.length ? findClaims(view, settings).filter((x) => x.source.entity !== undefined) : [];
  const carry: Carry = { current };
  const firstVerb = view.units.findIndex((u) => u.kind === "verb");
  if (firstVerb >= 0) carry.firstVerb = firstVerb;
  if (settings.carrySubjects && article.previous) carry.previous = article.previous;
  const speaker = claims.find((x) => x.speaker)?.source;
  if (speaker) carry.speaker = speaker;
  if (groupOpen) carry.group = article.group!.members;
  const dates = hits.length ? findDates(view.words) : [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const candidates = eventCandidates(view, hit, carry, settings);
    if (!candidates.length) continue;
    const pair = candidates.find((c) => SYMMETRIC_RELATION_TYPES.has(c.type) && c.type !== "HOLDS_ROLE");
    if (pair && !(current && current.length >= 2)) article.group = { members: [pair.subject.mention, pair.object.mention], sentence: view.sentence.index };
    // "ha parlato con X e Y, esortando entrambi": the people just named together as objects.
    const objects = [...new Map(candidates.map((c) => [c.objectId, c.object.mention])).values()];
    if (objects.length >= 2) carry.group = objects;
    addCueRelations(article, view, hit, candidates, claims, dates);
  }
}

/** The relations of one cue's candidates, with modality, date, attribution and threat. */
function addCueRelations(article: ArticleReading, view: SentenceView, hit: CueHit, candidates: EventCandidate[], claims: Claim[], dates: DateMention[]): void {
  const { doc, settings, entities, leaders, out } = article;
  const reading = readModality(view, hit.unit, hit.token, !!hit.noun);
  const threat = candidates[0]!.type === "SANCTIONED" && governedByThreat(view, hit);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.confidence < settings.minConfidence) continue;
    const claim = nearestClaim(claims, hit.token);
    const modality = c.modality ?? { value: reading.modality, why: reading.why };
    const relation = eventRelation(doc, view, c, threat ? "THREATENED" : c.type, modality.value, [
      { by: "relate:modality", why: modality.why },
    ]);
    const date = dateFor(view, dates, hit, doc.article.date, modality.value);
    if (date) {
      relation.date = date.iso;
      relation.provenance.push({ by: "relate:date", why: date.why });
    }
    if (claim) {
      relation.attribution = idAs(claim.source, "actor")!;
      relation.provenance.push({ by: "relate:attribution", why: claim.why });
    }
    if (threat) relation.provenance.push({ by: "relate:threat", why: "sanctions under a verb of threat or 'non escludere': a threat, not a sanction" });
    if (relation.type === "SUPPLIED" || relation.type === "SENT_TROOPS_TO") leadersAsStates(relation, leaders);
    for (const visit of visitsOfHosts(relation, c, leaders)) out.add(visit);
    // A supply that was only asked for is read between states and organisations, not people.
    if (c.rule.endsWith(":requested") && (entities.get(relation.subject)?.type === "PERSON" || entities.get(relation.object)?.type === "PERSON")) continue;
    out.add(relation);
  }
}

/**
 * "Pechino ha smentito. «…», ha dichiarato il portavoce X": a spokesman whose phrase names
 * no body speaks for the state or seat of power that is the subject of his sentence (when
 * it stands before him) or else of the sentence before.
 */
function spokesmen(
  phrases: ReturnType<typeof findRolePhrases>,
  subjectOf: ReadonlyMap<number, Mention[]>,
  bySentence: ReadonlyMap<number, Mention[]>,
  entities: ReadonlyMap<string, Entity>,
): StateCandidate[] {
  const out: StateCandidate[] = [];
  for (const p of phrases) {
    if (p.of || !p.holder?.entity || p.family !== "portavoce" || p.former) continue;
    const here = subjectOf.get(p.sentence);
    const subject = here && here[0]!.tokenStart < p.tokenStart ? here : subjectOf.get(p.sentence - 1);
    const body = subject?.length === 1 ? subject[0]! : undefined;
    if (!body || (body.type !== "GPE" && body.type !== "ORG")) continue;
    // Another state or organisation named in his own sentence makes it unclear whom he speaks for.
    if ((bySentence.get(p.sentence) ?? []).some((m) => m !== body && m.entity !== body.entity && (m.type === "GPE" || m.type === "ORG"))) continue;
    const id = idAs(body, "actor");
    if (!id || !entities.has(id) || id === p.holder.entity) continue;
    out.push({
      type: "HOLDS_ROLE",
      subjectId: p.holder.entity,
      objectId: id,
      subject: { mention: p.holder, why: `holder: the name next to the role phrase '${p.text}'` },
      objectWhy: `role of: '${body.text}', the subject of ${subject === here ? "his sentence" : "the sentence before"}, whom the spokesman speaks for`,
      rule: "rule:relate:HOLDS_ROLE:spokesman-of-subject",
      confidence: 0.7,
      title: p.title,
    });
  }
  return out;
}

/** The sentence's first clause has a subject that is not an entity: nothing carries past it. */
/**
 * "Oddone, però, non nasconde la rabbia.": a sentence that opens with a person's name and has
 * no verb the lexicon knows is still about that person, so the next sentence's dropped
 * subject is hers, not an older one's.
 */
function openingPerson(view: SentenceView): Mention[] | undefined {
  const first = view.units[0];
  // The name then a comma ("Oddone, però, …"): a subject; a bare list of names is no sentence about one.
  if (first?.kind !== "np" || first.prep !== null || first.head?.type !== "PERSON" || first.head.kind !== "name" || view.units[1]?.kind !== "comma") return undefined;
  return view.units.some((u) => u.kind === "verb") ? undefined : [first.head];
}

function nonEntitySubject(view: SentenceView, settings: ArgumentSettings): boolean {
  const firstVerb = view.units.findIndex((u) => u.kind === "verb");
  return firstVerb > 0 && "blocked" in findSubject(view, firstVerb, false, settings);
}

/** Gazetteer entities that role phrases name as their body without the article naming them. */
function impliedBodies(phrases: ReturnType<typeof findRolePhrases>, entities: ReadonlyMap<string, Entity>): Entity[] {
  const out = new Map<string, Entity>();
  for (const p of phrases) {
    if (!p.of || !p.holder || entities.has(p.of) || out.has(p.of)) continue;
    const entry = entryById(p.of);
    if (!entry || (entry.type !== "GPE" && entry.type !== "ORG")) continue;
    out.set(p.of, {
      id: entry.id,
      name: entry.name,
      type: entry.type,
      aliases: [],
      mentions: [],
      provenance: [{ by: "relate:implied-body", why: `'${p.text}' names an office of ${entry.name} without naming it` }],
    });
  }
  return [...out.values()];
}

/** How many sentences on a group phrase ("i due leader") may still refer back. */
const GROUP_REACH = 3;

function evidence(doc: Doc, sentence: Sentence) {
  return { article: doc.article.id, sentence: sentence.text, start: sentence.start, end: sentence.end, sentenceIndex: sentence.index };
}

function eventRelation(doc: Doc, view: SentenceView, c: EventCandidate, type: Relation["type"], modality: Modality, extra: Provenance[]): Relation {
  const { hit } = c;
  const provenance: Provenance[] = [
    { by: c.rule, why: `cue '${hit.surface}' (${hit.verb ? `verb ${hit.lemma}` : `noun ${hit.lemma}`})` },
    { by: "relate:subject", why: c.subject.why },
    { by: "relate:object", why: c.object.why },
    ...extra,
  ];
  // Symmetric relations are stored once, subject = the first named.
  const swap = SYMMETRIC_RELATION_TYPES.has(type) && c.object.mention.start < c.subject.mention.start;
  const r: Relation = {
    subject: swap ? c.objectId : c.subjectId,
    type,
    object: swap ? c.subjectId : c.objectId,
    modality,
    evidence: [evidence(doc, view.sentence)],
    confidence: round(c.confidence),
    provenance,
    cue: `${hit.surface} (${hit.lemma})`,
  };
  if (c.place) r.place = c.place;
  if (c.item) r.item = c.item;
  return r;
}

function stateRelation(doc: Doc, sentence: Sentence, c: StateCandidate): Relation {
  const r: Relation = {
    subject: c.subjectId,
    type: c.type,
    object: c.objectId,
    modality: "asserted",
    evidence: [evidence(doc, sentence)],
    confidence: c.confidence,
    provenance: [
      { by: c.rule, why: `${c.type} read from the phrase around '${c.subject.mention.text}'` },
      { by: "relate:subject", why: c.subject.why },
      { by: "relate:object", why: c.objectWhy },
    ],
  };
  if (c.title) r.title = c.title;
  if (c.former) r.former = true;
  return r;
}

/**
 * "Shoigu ha incontrato Kim a Pyongyang": meeting a leader in the capital of the state he
 * leads (both known from this article) means the other party travelled there.
 */
function visitsOfHosts(met: Relation, c: EventCandidate, leaders: ReadonlyMap<string, string>): Relation[] {
  if (met.type !== "MET" || !met.place || !c.placeState) return [];
  const out: Relation[] = [];
  for (const [guest, host] of [[met.subject, met.object], [met.object, met.subject]] as const) {
    if (leaders.get(host) !== c.placeState || leaders.get(guest) === c.placeState) continue;
    out.push({
      ...met,
      subject: guest,
      type: "VISITED",
      object: met.place,
      confidence: Math.round((met.confidence - 0.2) * 100) / 100,
      evidence: [...met.evidence],
      provenance: [
        { by: "rule:relate:VISITED:met-host-in-capital", why: `${guest} met ${host}, who leads ${c.placeState}, in ${met.place}, its capital or seat` },
        ...met.provenance.filter((p) => p.by === "relate:modality" || p.by === "relate:attribution" || p.by === "relate:date"),
      ],
    });
    delete out[out.length - 1]!.place;
  }
  return out;
}

/** In supplies and deployments a head of state stands for the state (from the article's role phrases). */
function leadersAsStates(r: Relation, leaders: ReadonlyMap<string, string>): void {
  for (const end of ["subject", "object"] as const) {
    const state = leaders.get(r[end]);
    if (state && state !== (end === "subject" ? r.object : r.subject)) {
      r.provenance.push({ by: "relate:leader-as-state", why: `${end}: ${r[end]} leads ${state} (role phrase in this article), so the state is the party` });
      r[end] = state;
    }
  }
}

function governedByThreat(view: SentenceView, hit: CueHit): boolean {
  for (const t of modalityScope(view, hit.unit, false)) {
    if (THREAT_GOVERNORS.has(view.words[t]!)) return true;
    const unit = view.units[view.unitOf[t]!]!;
    if (unit.kind === "verb" && unit.verb!.some((a) => THREAT_GOVERNORS.has(a.lemma))) return true;
  }
  return false;
}

/**
 * The date of the event: the time expression nearest the cue in its clause, with no
 * other predicate between them ("Il 19 dicembre, Putin ha dichiarato … un colloquio"
 * dates the declaration, not the talks).
 */
function dateFor(view: SentenceView, dates: readonly DateMention[], hit: CueHit, articleDate: string | undefined, modality: Modality) {
  let best: { d: DateMention; distance: number } | undefined;
  for (const d of dates) {
    const [from, to] = d.end <= hit.token ? [d.end, hit.token] : [hit.token + 1, d.start];
    if (from > to) continue;
    let blocked = false;
    for (let t = from; t < to && !blocked; t++) {
      const unit = view.units[view.unitOf[t]!]!;
      if (unit.kind === "break" || unit.kind === "opener" || unit.kind === "che") blocked = true;
      else if (unit.kind === "verb" && t !== hit.token && !unit.verb!.some((a) => ["essere", "avere", "dovere", "potere", "volere", "stare"].includes(a.lemma))) blocked = true;
    }
    const distance = to - from;
    if (!blocked && (!best || distance < best.distance)) best = { d, distance };
  }
  if (!best) return undefined;
  const iso = resolveDate(best.d.expression, articleDate, modality === "planned" ? "future" : "past");
  if (!iso) return undefined;
  const text = view.sentence.tokens.slice(best.d.start, best.d.end).map((t) => t.text).join(" ");
  return { iso, why: `date: '${text}' resolved against the article date ${articleDate ?? "(none)"} → ${iso}` };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Relations of one article: the same fact held the same way (subject, type, object,
 * modality) is one relation with every sentence as evidence.
 */
class RelationSet {
  private readonly byKey = new Map<string, Relation>();
  /** Symmetric pairs → the subject they were first named with. */
  private readonly firstNamed = new Map<string, string>();

  add(r: Relation): void {
    // A symmetric fact keeps the order it was first named in, whichever way round a later
    // sentence names it and however it holds it.
    if (SYMMETRIC_RELATION_TYPES.has(r.type)) {
      const pair = `${r.type}|${[r.subject, r.object].sort().join("|")}`;
      const first = this.firstNamed.get(pair);
      if (first === undefined) this.firstNamed.set(pair, r.subject);
      else if (first !== r.subject) [r.subject, r.object] = [r.object, r.subject];
    }
    const key = `${r.subject}|${r.type}|${r.object}|${r.modality}`;
    const seen = this.byKey.get(key);
    if (!seen) {
      this.byKey.set(key, r);
      return;
    }
    if (!seen.evidence.some((e) => e.start === r.evidence[0]!.start)) seen.evidence.push(...r.evidence);
    seen.confidence = Math.max(seen.confidence, r.confidence);
    seen.date ??= r.date;
    seen.place ??= r.place;
    seen.attribution ??= r.attribution;
    seen.item ??= r.item;
    if (r.title && !seen.title) seen.title = r.title;
  }

  list(): Relation[] {
    return [...this.byKey.values()];
  }
}
