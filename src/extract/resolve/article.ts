import type { Doc, Entity, EntityType, Mention, Provenance } from "../../types.ts";
import type { GazetteerEntry } from "../../nlp/it/gazetteer/index.ts";
import { entryById, namePieces, slugify } from "../../nlp/it/gazetteer/index.ts";
import { lookupName } from "../../ner/listed-names.ts";
import { demonymOfPiece } from "../../nlp/it/lexicon/demonyms.ts";
import { linkShortForms } from "./acronyms.ts";
import { splitSwallowedNames } from "./name-spans.ts";
import { demonymMentions } from "./demonyms.ts";
import { kindHeadMentions } from "./kind-heads.ts";
import { usedAsPlace } from "./metonymy.ts";
import { personWords, sameFullName, shortFormOf } from "./person-names.ts";
import { findRolePhrases, type RolePhrase } from "./role-phrases.ts";

// Who is who within one article: every mention gets the corpus-wide id of what it names.
// Listed names take their gazetteer id; capitals used as actors and seats of power stand
// for their state; people's spellings, short forms and surnames join the full name when
// it is the only one that fits; nationality words and role phrases become mentions too.

export interface ResolvedArticle {
  entities: Entity[];
  mentions: Mention[];
}

/** Names that cannot be told apart from their text alone: no entity rather than a wrong one. */
const AMBIGUOUS = new Set(["corea", "congo", "guinea"]);
/** Leading words that are not part of an organisation's identity ("The Wall Street Journal"). */
const LEADING_ARTICLES = new Set(["the", "il", "la", "lo", "l", "i", "gli", "le"]);

interface Known {
  name: string;
  type: EntityType;
  /** Resolution notes, printed by --explain. */
  notes: Provenance[];
}

export function resolveArticle(doc: Doc, recognised: Mention[]): ResolvedArticle {
  const names = splitSwallowedNames(doc, recognised);
  const known = new Map<string, Known>();
  const note: Note = (id, name, type, p) => {
    const k = known.get(id) ?? { name, type, notes: [] };
    if (p && !k.notes.some((n) => n.why === p.why)) k.notes.push(p);
    known.set(id, k);
  };
  const mentions: Mention[] = [];
  const people: Mention[] = [];

  for (let i = 0; i < names.length; i++) {
    const original = names[i]!;
    const m: Mention = { ...original, provenance: [...original.provenance] };
    if (m.type === "PERSON") people.push(m);
    else if (resolveName(doc, m, known, note)) mentions.push(m);
  }

  joinFirstWords(mentions, known);
  mentions.push(...linkShortForms(doc, mentions));
  mentions.push(...resolvePeople(people, note, nicknames(doc, people)));
  mentions.push(...demonymMentions(doc, names).map((d) => {
    const state = entryById(d.entity!)!;
    note(state.id, state.name, "GPE", { by: "resolve:demonym", why: `"${d.text}" is the nationality of ${state.name}` });
    return d;
  }));
  mentions.push(...kindHeadMentions(doc, mentions));
  mentions.push(...roleMentions(doc, mentions, known));

  return { entities: buildEntities(mentions, known), mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** Gives a mention that is not a person's its entity; false when it is left out ("Corea" alone names no one). */
function resolveName(doc: Doc, m: Mention, known: Map<string, Known>, note: Note): boolean {
  const pieces = namePieces(m.text);
  if (m.provenance.some((p) => p.by === "rule:institution") && asStateBody(m, pieces, note)) return true;
  const hit = lookupName(m.text, pieces);
  if (pieces.length === 1 && !hit && asNationality(m, pieces[0]!, note)) return true;
  if (hit && (hit.entry.type === m.type || (isPlace(hit.entry.type) && isPlace(m.type)))) {
    asListed(doc, m, hit.entry, note);
    return true;
  }
  return asUnlisted(m, pieces, known, note);
}

/**
 * "il governo tedesco", "l'esercito ucraino": a state body named by nationality is the
 * state acting, not an organisation of its own.
 */
function asStateBody(m: Mention, pieces: readonly string[], note: Note): boolean {
  const body = demonymOfPiece(pieces[pieces.length - 1]!);
  if (!body) return false;
  const state = entryById(body)!;
  m.type = "GPE";
  m.entity = m.actor = state.id;
  const why = `"${m.text}" is a body of ${state.name} named by nationality: the state acting`;
  m.provenance.push({ by: "resolve:state-body", why });
  note(state.id, state.name, "GPE", { by: "resolve:state-body", why });
  return true;
}

/** "i Russi" read as a name is the nationality: the state ("Argentina" stays a name). */
function asNationality(m: Mention, piece: string, note: Note): boolean {
  const nationality = demonymOfPiece(piece);
  if (!nationality) return false;
  const state = entryById(nationality)!;
  m.kind = "demonym";
  m.type = "GPE";
  m.entity = m.actor = state.id;
  m.provenance.push({ by: "resolve:demonym", why: `"${m.text}" is the nationality of ${state.name}` });
  note(state.id, state.name, "GPE", { by: "resolve:demonym", why: `"${m.text}" is the nationality of ${state.name}` });
  return true;
}

/** A listed name of a fitting type: its entry, or the state a capital used as an actor stands for. */
function asListed(doc: Doc, m: Mention, entry: GazetteerEntry, note: Note): void {
  const sentence = doc.sentences[m.sentence]!;
  if (entry.capital && entry.standsFor && !usedAsPlace(sentence, m.tokenStart, m.tokenEnd)) {
    const state = entryById(entry.standsFor)!;
    m.entity = state.id;
    m.actor = state.id;
    m.type = state.type;
    const why = `"${m.text}", the capital, is used as an actor: it stands for ${state.name}`;
    m.provenance.push({ by: "resolve:metonymy", why });
    note(state.id, state.name, state.type, { by: "resolve:metonymy", why });
    return;
  }
  m.entity = entry.id;
  m.type = entry.type;
  if (entry.standsFor) m.actor = entry.standsFor;
  note(entry.id, entry.name, entry.type, { by: `resolve:gazetteer`, why: `listed in ${entry.source} as ${entry.name}` });
  if (entry.standsFor && !entry.capital) {
    const state = entryById(entry.standsFor)!;
    note(state.id, state.name, "GPE", { by: "resolve:metonymy", why: `${entry.name} stands for ${state.name} when it acts` });
  }
}

/** An unlisted name: one entity for every mention of the same words (false for a name that cannot be told apart). */
function asUnlisted(m: Mention, pieces: readonly string[], known: Map<string, Known>, note: Note): boolean {
  if (pieces.length === 1 && AMBIGUOUS.has(pieces[0]!)) return false;
  const core = pieces[0] && LEADING_ARTICLES.has(pieces[0]) && pieces.length > 1 ? pieces.slice(1) : pieces;
  if (core.length === 0) return false;
  const id = distinctId(core.join("-"), m.type);
  m.entity = id;
  // The fullest form seen names it.
  const k = known.get(id);
  if (k && m.text.length > k.name.length) k.name = m.text;
  note(id, m.text, m.type, { by: "resolve:same-name", why: `every "${core.join(" ")}" in the article is one ${m.type}` });
  return true;
}

/** An id that a listed entry of another type already has gets the type added ("georgia-person"). */
function distinctId(id: string, type: EntityType): string {
  const listed = entryById(id);
  return listed && listed.type !== type ? `${id}-${type.toLowerCase()}` : id;
}

/**
 * "la Striscia" after "la Striscia di Gaza": an unlisted one-word name that is the first
 * word of exactly one longer place or organisation of the article is that one.
 */
function joinFirstWords(mentions: Mention[], known: Map<string, Known>): void {
  const longer = new Map<string, Set<string>>();
  for (const m of mentions) {
    const pieces = namePieces(m.text);
    if (pieces.length > 1 && m.entity) longer.set(pieces[0]!, (longer.get(pieces[0]!) ?? new Set()).add(m.entity));
  }
  for (const m of mentions) {
    const pieces = namePieces(m.text);
    if (pieces.length !== 1 || m.entity !== pieces[0] || lookupName(m.text, pieces)) continue;
    // "l'Atp" after "le Atp Finals": a short name is a body's acronym, and the longer name it
    // opens is often the body's event or branch, not the body.
    if (ACRONYM.test(m.text)) continue;
    const fits = longer.get(pieces[0]!);
    if (fits?.size !== 1) continue;
    const [id] = fits as Set<string>;
    m.entity = id!;
    m.type = known.get(id!)?.type ?? m.type;
    m.provenance.push({ by: "resolve:short-form", why: `"${m.text}" is the first word of ${known.get(id!)?.name ?? id}, the only such name in this article` });
  }
}

/** A body's acronym as Italian news prints it: "Atp", "ATP", "Fiom" (at most four letters, ending as no Italian word does: "la Lega" is a word). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}[^\P{L}aeiouàèéìòùAEIOU]$/u;

function isPlace(t: EntityType): boolean {
  return t === "GPE" || t === "LOC";
}

type Note = (id: string, name: string, type: EntityType, p?: Provenance) => void;

interface Person {
  words: string[][];
  mentions: Mention[];
  /** The fullest form: most words, first seen. */
  name: string;
  nameWords: number;
}

/** Full names by spelling; one-word names join the only full name they fit. */
/** "Mohamed Hamdan Dagalo, detto Hemedti": the nickname's word → the full name's mention. */
function nicknames(doc: Doc, people: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of people) {
    const toks = doc.sentences[m.sentence]!.tokens;
    let i = m.tokenEnd;
    if (toks[i]?.text === ",") i++;
    const cue = toks[i]?.text.toLowerCase();
    if (cue === "noto" || cue === "conosciuto") i += toks[i + 1]?.text.toLowerCase() === "come" ? 2 : 1;
    else if (cue === "detto" || cue === "alias" || cue === "soprannominato") i++;
    else continue;
    const nick = people.find((o) => o.sentence === m.sentence && o.tokenStart === i);
    const words = nick ? personWords(nick.text) : [];
    if (nick && words.length === 1 && personWords(m.text).length > 1) out.set(words[0]!, m);
  }
  return out;
}

function resolvePeople(people: Mention[], note: Note, nicks: ReadonlyMap<string, Mention>): Mention[] {
  const full: Person[] = [];
  const short: Mention[] = [];
  for (let i = 0; i < people.length; i++) {
    const m = people[i]!;
    const words = personWords(m.text);
    if (words.length === 0) continue;
    if (words.length < 2) short.push(m);
    else addFullName(full, m, words);
  }
  joinNameEnds(full);
  const alone = placeShortNames(short, full, nicks);
  const out: Mention[] = [];
  for (const p of [...full, ...alone.values()]) personEntity(p, note, out);
  return out;
}

/** A full name joins the person whose name it is spelled as, or is a new person. */
function addFullName(full: Person[], m: Mention, words: string[]): void {
  const p = full.find((f) => f.words.some((w) => sameFullName(w, words)));
  if (!p) {
    full.push({ words: [words], mentions: [m], name: m.text, nameWords: words.length });
    return;
  }
  p.words.push(words);
  p.mentions.push(m);
  if (words.length > p.nameWords) {
    p.name = m.text;
    p.nameWords = words.length;
  }
}

/** "von der Leyen" is "Ursula von der Leyen" when she is the only one it ends. */
function joinNameEnds(full: Person[]): void {
  for (const p of [...full]) {
    const longer = full.filter((q) => q !== p && p.words.every((w) => q.words.some((qw) => endsWith(qw, w))));
    if (longer.length !== 1) continue;
    const q = longer[0]!;
    for (const m of p.mentions) {
      q.mentions.push(m);
      m.provenance.push({ by: "resolve:surname", why: `"${m.text}" ends the name ${q.name}, the only such name in this article` });
    }
    q.words.push(...p.words);
    full.splice(full.indexOf(p), 1);
  }
}

/** One-word names join the only full name they are the nickname, surname or first name of; the others stand alone, one person per word. */
function placeShortNames(short: readonly Mention[], full: Person[], nicks: ReadonlyMap<string, Mention>): Map<string, Person> {
  const alone = new Map<string, Person>();
  for (let i = 0; i < short.length; i++) {
    const m = short[i]!;
    const w = personWords(m.text)[0]!;
    const nicknamed = nicks.get(w);
    const byNickname = nicknamed ? full.filter((f) => f.mentions.includes(nicknamed)) : [];
    const bySurname = byNickname.length > 0 ? byNickname : full.filter((f) => f.words.some((ws) => ws[ws.length - 1] === w));
    const candidates = bySurname.length > 0 ? bySurname : full.filter((f) => f.words.some((ws) => shortFormOf(w, ws)));
    if (candidates.length === 1) {
      const p = candidates[0]!;
      p.mentions.push(m);
      const part = byNickname.length > 0 ? "nickname" : bySurname.length > 0 ? "surname" : "first name";
      m.provenance.push({ by: "resolve:surname", why: `"${m.text}" is the ${part} of ${p.name}, the only ${m.text} in this article` });
      continue;
    }
    if (candidates.length > 1) {
      m.provenance.push({ by: "resolve:surname", why: `"${m.text}" fits ${candidates.map((c) => c.name).join(" and ")}: kept apart` });
    }
    const p = alone.get(w) ?? { words: [[w]], mentions: [], name: m.text, nameWords: 1 };
    p.mentions.push(m);
    alone.set(w, p);
  }
  return alone;
}

/** A person's id, noted with the forms the article gives, set on each of its mentions (added to `out`). */
function personEntity(p: Person, note: Note, out: Mention[]): void {
  const id = distinctId(slugify(p.name), "PERSON");
  const forms = [...new Set(p.mentions.map((m) => m.text))];
  note(id, p.name, "PERSON", {
    by: "resolve:person",
    why: forms.length > 1 ? `${forms.map((f) => `"${f}"`).join(", ")} are one person: ${p.name}` : `named ${p.name}`,
  });
  for (const m of p.mentions) {
    m.entity = id;
    out.push(m);
  }
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const off = long.length - short.length;
  return short.every((w, i) => long[off + i] === w);
}

/** The post a role phrase names, of whom; a minister's portfolio names his post ("il ministro della Crisi climatica" is not "il ministro per lo Sport"). */
function post(p: RolePhrase): string {
  return `${p.family === "ministro di un dicastero" ? p.title : p.family}|${p.of}`;
}

/** Role phrases as mentions of the person who holds the role. */
function roleMentions(doc: Doc, mentions: Mention[], known: Map<string, Known>): Mention[] {
  const phrases = findRolePhrases(doc, mentions);
  // Which person each qualified role (family + of whom) names; a role two people hold names no one.
  const holders = new Map<string, string | null>();
  /** The qualified roles the article gives each person by name. */
  const rolesOf = new Map<string, Set<string>>();
  for (const p of phrases) {
    if (!p.holder?.entity || p.of === undefined) continue;
    const key = post(p);
    rolesOf.set(p.holder.entity, (rolesOf.get(p.holder.entity) ?? new Set()).add(key));
    const seen = holders.get(key);
    holders.set(key, seen === undefined || seen === p.holder.entity ? p.holder.entity : null);
  }
  // Which person each title names, whatever it is of, the ones said to take it first ("il
  // prossimo cancelliere X", not "il cancelliere uscente Y"); a title two people hold names no one.
  const titleHolders = new Map<string, string | null>();
  const takers = new Map<string, string | null>();
  for (const p of phrases) {
    if (!p.holder?.entity) continue;
    for (const map of newlyTaken(doc, p) ? [titleHolders, takers] : [titleHolders]) {
      const seen = map.get(p.title);
      map.set(p.title, seen === undefined || seen === p.holder.entity ? p.holder.entity : null);
    }
  }
  const out: Mention[] = [];
  for (const p of phrases) {
    let entity = p.holder?.entity;
    let why: string;
    if (entity) why = `"${p.text}" stands next to the name ${p.holder!.text}`;
    else if (p.of === undefined) {
      // "X sarà il prossimo cancelliere … si è complimentato con il futuro cancelliere": a
      // title marked as newly taken names the one person the article says takes it.
      const only = newlyTaken(doc, p) ? (takers.has(p.title) ? takers.get(p.title) : titleHolders.get(p.title)) : undefined;
      if (!only) continue;
      entity = only;
      why = `"${p.text}" is a newly taken title the article gives only to ${known.get(only)?.name ?? only}`;
    } else {
      const only = holders.get(post(p));
      const before = only === undefined ? personBefore(doc, mentions, p, rolesOf) : undefined;
      if (only) {
        entity = only;
        why = `"${p.text}" is the role the article gives only to ${known.get(only)?.name ?? only}`;
      } else if (before) {
        entity = before;
        why = `"${p.text}" opens its sentence and refers back to ${known.get(before)?.name ?? before}, the only person named in the sentence before`;
      } else continue;
    }
    // The phrase up to its nationality, never over a name: "il portavoce" of "il portavoce del Cremlino".
    const toks = doc.sentences[p.sentence]!.tokens;
    let end = p.tokenEnd;
    while (end > p.tokenStart && mentions.some((m) => m.kind === "name" && m.sentence === p.sentence && m.tokenStart < end && p.tokenStart < m.tokenEnd)) end--;
    const ofName = toks.slice(p.tokenStart, end).findIndex((t) => /^(di|del|della|dello|dell['’]|dei|degli|delle)$/i.test(t.text));
    // "dell'Esercito", or "dell'autoproclamato Esercito" (one describing word before the name).
    const ofStart = p.tokenStart + ofName;
    if (ofName > 0 && mentions.some((m) => m.kind === "name" && m.sentence === p.sentence && (m.tokenStart === ofStart + 1 || (m.tokenStart === ofStart + 2 && ofStart + 2 === end)))) end = ofStart;
    if (end <= p.tokenStart) continue;
    const start = toks[p.tokenStart]!.start;
    const stop = toks[end - 1]!.end;
    out.push({
      start,
      end: stop,
      text: doc.article.text.slice(start, stop),
      type: "PERSON",
      kind: "role",
      sentence: p.sentence,
      tokenStart: p.tokenStart,
      tokenEnd: end,
      entity,
      provenance: [{ by: "resolve:role", why }],
      score: p.holder ? 0.9 : 0.7,
    });
  }
  return out;
}

/** Words that mark a title as newly taken or about to be: "il futuro cancelliere", "il neo sindaco", "la presidente eletta". */
const NEWLY = new Set(["futuro", "futura", "prossimo", "prossima", "neo", "nuovo", "nuova", "eletto", "eletta", "neoeletto", "neoeletta"]);

function newlyTaken(doc: Doc, p: RolePhrase): boolean {
  return doc.sentences[p.sentence]!.tokens.slice(p.tokenStart, p.tokenEnd).some((t) => NEWLY.has(t.text.toLowerCase()));
}

/**
 * "Donald Trump è intervenuto. Il neo presidente eletto degli Stati Uniti ha detto…": a
 * role phrase that opens a sentence, with no name of its own, refers back to the only
 * person named in the sentence before, unless the article gives that person another
 * role ("il leader di Hezbollah, Hassan Nasrallah" is not "il ministro della Difesa
 * israeliano" of the next sentence).
 */
/** Titles news uses to refer back to a leader just named ("il presidente eletto", "il premier"). */
const REFERRED_BACK = new Set(["leader", "premier", "premier-it", "head of state", "monarch", "pope"]);

function personBefore(doc: Doc, mentions: readonly Mention[], p: RolePhrase, rolesOf: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const toks = doc.sentences[p.sentence]!.tokens;
  const opens = toks.slice(0, p.tokenStart).every((t) => !/[\p{L}\p{N}]/u.test(t.text));
  if (!opens || p.sentence === 0 || !REFERRED_BACK.has(p.family)) return undefined;
  const people = new Set(mentions.filter((m) => m.sentence === p.sentence - 1 && m.type === "PERSON" && m.kind === "name").map((m) => m.entity!));
  if (people.size !== 1) return undefined;
  const [person] = people as Set<string>;
  const roles = rolesOf.get(person!);
  return roles && !roles.has(post(p)) ? undefined : person;
}

function buildEntities(mentions: Mention[], known: Map<string, Known>): Entity[] {
  const byId = new Map<string, Entity>();
  const ensure = (id: string): Entity => {
    let e = byId.get(id);
    if (!e) {
      const k = known.get(id);
      e = { id, name: k?.name ?? id, type: k?.type ?? "ORG", aliases: [], mentions: [], provenance: [...(k?.notes ?? [])] };
      byId.set(id, e);
    }
    return e;
  };
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of ordered) {
    if (!m.entity) continue;
    const e = ensure(m.entity);
    e.mentions.push(m);
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
  }
  // A seat of power brings its state: "il Cremlino ha affermato" is Russia acting.
  for (const m of ordered) {
    if (!m.actor || m.actor === m.entity || m.kind !== "name") continue;
    const entry = m.entity ? entryById(m.entity) : undefined;
    if (entry?.source !== "seats" && !byId.has(m.actor)) continue;
    const e = ensure(m.actor);
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
  }
  return [...byId.values()];
}
