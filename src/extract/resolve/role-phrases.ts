import type { Doc, Mention, Sentence } from "../../types.ts";
import { countryId, entryById, namePieces } from "../../nlp/it/gazetteer/index.ts";
import { demonymCountry } from "../../nlp/it/lexicon/demonyms.ts";
import { findRolesInSentence, matchRole, matchRoleInSentence, type RoleMatch } from "../../nlp/it/lexicon/roles.ts";
import { PREPOSITIONS } from "../../nlp/it/lexicon/function-words.ts";
import { isGivenName } from "../../nlp/it/gazetteer/given-names.ts";
import { isStateTitle, topicState } from "./topic-state.ts";

// Role phrases: a title, what it is a title of, and who holds it when the text says.
//   "il ministro degli Esteri russo Sergei Lavrov"      title, of russia, holder after
//   "John Kirby, portavoce del Consiglio di sicurezza…" holder before, of the council
//   "il principale consigliere per la sicurezza di Putin, Sergei Shoigu"
// A role phrase without a holder names the one person the article gave that role to
// ("il presidente nordcoreano" = Kim Jong-un after "il presidente nordcoreano, Kim Jong-un").

export interface RolePhrase {
  /** "ministro degli Esteri" */
  title: string;
  /** Titles naming one post share a family ("presidente", "leader", "dittatore"). */
  family: string;
  /** "ex ambasciatore", "l'allora presidente". */
  former: boolean;
  sentence: number;
  /** The phrase with its article and qualifier: "il ministro degli Esteri russo". */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** Entity id the role is of: a state (demonym or name), an organisation, a person. */
  of?: string;
  /** The name mention of who holds it, when the phrase is next to one. */
  holder?: Mention;
  /** Set when `of` is not in the phrase but the article's one foreign state ("Il presidente X" in a story about Borduria). */
  ofTopic?: true;
}

const ARTICLES = new Set(["il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una"]);
// "il prossimo presidente", "il futuro cancelliere": the office is his once he takes it, as news reports it.
const BEFORE_TITLE = new Set(["ex", "allora", "neo", "principale", "nuovo", "nuova", "attuale", "stesso", "stessa", "già", "gia", "alto", "alta", "potente", "storico", "storica", "prossimo", "prossima", "futuro", "futura"]);
// "il segretario regionale del Pd", "la consigliera comunale di Y", "il direttore tecnico della società": the level
// or field of the office, before its body.
const AFTER_TITLE = new Set([
  "eletto", "eletta", "uscente", "designato", "designata", "incaricato", "incaricata", "ad interim", "interim", "aggiunto", "aggiunta",
  "vicario", "onorario", "onoraria", "supremo", "suprema", "attuale", "nuovo", "nuova",
  "regionale", "provinciale", "comunale", "cittadino", "cittadina", "nazionale", "federale",
  "tecnico", "tecnica", "operativo", "operativa", "finanziario", "finanziaria", "commerciale", "sportivo", "sportiva", "artistico", "artistica", "scientifico", "scientifica",
]);
/** Government offices whose bare title means Italy's in Italian news (a portfolio is named). */
const ITALIAN_OFFICES = new Set([
  "ministro di un dicastero", "ministro degli Esteri", "ministro della Difesa", "ministro dell'Interno", "ministro dell'Economia",
  "ministro della Giustizia", "vice ministro", "vice ministro degli Esteri", "vice ministro della Difesa",
  "sottosegretario", "head of state", "premier-it",
]);
/** Titles whose bare form means Italy's office when the holder's name is Italian-shaped ("la premier X", "il ministro X"). */
const ITALIAN_BARE = new Set(["premier", "vicepremier", "ministro"]);
/** Titles of those families that only other countries use. */
const FOREIGN_TITLES = new Set(["segretario di Stato", "segretario alla Difesa", "segretario della Difesa", "capo della diplomazia", "cancelliere", "cancelliera"]);
const ITALY = countryId("IT");
/** Titles only one country uses, unless the phrase names another ("il segretario di Stato Marco Rubio"). */
const TITLE_COUNTRY = new Map([
  ["segretario di Stato", countryId("US")],
  ["segretario al Tesoro", countryId("US")],
  ["segretario alla Difesa", countryId("US")],
  ["segretario al Commercio", countryId("US")],
  ["cancelliere dello Scacchiere", countryId("GB")],
  ["cancelliera dello Scacchiere", countryId("GB")],
  // The one pope: "il Pontefice" after "Papa Leone XIV" names him.
  ["papa", countryId("VA")],
  ["pontefice", countryId("VA")],
]);

/** The European Union's own titles: "il commissario europeo al Commercio", "il capo della diplomazia europea". */
const EUROPEAN = new Set(["europeo", "europea"]);
const EU_BODY = new Map([["commissario", "european-commission"]]);
const EUROPEAN_UNION = "european-union";
/** Prepositions that open a portfolio or remit between a title and its holder: "per l'Africa", "al Commercio". */
const COMPLEMENT = new Set(["per", "a", "al", "allo", "alla", "all", "ai", "agli", "alle"]);
/** Participles of appointment: "X è stato eletto presidente di Y", "X, nominata sindaca". */
const APPOINTED = new Set([
  "eletto", "eletta", "rieletto", "rieletta", "nominato", "nominata", "confermato", "confermata", "designato", "designata",
  "proclamato", "proclamata", "scelto", "scelta", "indicato", "indicata",
]);
/** Copulas of a predicate nominal: "X è il nuovo presidente di Y", "X diventa sindaco". */
const COPULAS = new Set(["è", "sarà", "sara", "era", "fu", "diventa", "diventerà", "diventera", "resta", "rimane", "torna"]);
const PASSIVE_AUX = new Set(["stato", "stata"]);
/** Words that end a descriptive apposition before a name ("il diplomatico danese X" is one; "il giorno dopo X" is not). */
const NOT_DESCRIPTOR = new Set(["che", "cui", "non", "dopo", "prima", "poi", "quale", "quando", "mentre", "anche", "ancora", "già", "gia"]);

/**
 * A name shaped like an Italian one: every word ends in a, e, i or o ("Matteo Piantedosi"),
 * spelt with Italian letters only (no k, w, x, y or foreign marks: "Sanae Takaichi" is not).
 */
function italianShaped(name: string, minWords = 2): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= minWords && words.every((w) => /[aeio]$/.test(w) && w.length >= 3 && /^[a-zàèéìíòóù'’-]+$/i.test(w) && !/[kwxy]/i.test(w));
}

/** Words before a name that make it a town: "a X", "nel comune di X". */
const TOWN_CONTEXT = new Set(["a", "ad", "in", "di", "da", "comune", "citta", "cittadina", "paese", "borgo", "frazione", "sindaco", "sindaca"]);
/** Prepositions that make the name after them a place ("in Vaticano", "a Kiev"). */
const PLACE_PREPOSITIONS = new Set(["in", "a", "nel", "nella", "al", "alla", "da", "dal", "dalla", "verso"]);
/** Ranks and forms of address between a title and its holder's name. */
const RANKS = new Set([
  "cardinale", "monsignor", "monsignore", "colonnello", "generale", "ammiraglio", "maresciallo", "capitano", "tenente",
  "maggiore", "don", "padre", "suor", "rabbino", "imam", "sceicco", "dottor", "professor", "professoressa", "onorevole", "giudice",
]);
/** Envoys of a state to another: their nationality names no office of the host's. */
const ENVOYS = new Set(["ambasciatore", "ambasciatrice", "affari", "console", "inviato", "inviata", "diplomatico", "diplomatica"]);
/** Prepositions of a sentence that opens from a place: "Da Washington il presidente X". */
const OPENING_FROM = new Set(["da", "a"]);
/** Kinds of organisation a title may name instead of its body: "il presidente della fondazione". */
const BODY_KINDS = new Set(["società", "azienda", "fondazione", "banca", "compagnia", "associazione", "federazione", "gruppo", "holding", "agenzia", "istituto"]);
/** Offices of a town: without a named body they are the town's just named. */
const TOWN_OFFICES = new Set(["sindaco", "vicesindaco"]);
/** Finite verbs that end a remit: "il ministro a Roma ha incontrato X" has none. */
const FINITE_VERBS = new Set(["ha", "hanno", "è", "sono", "sarà", "saranno", "era", "erano", "aveva", "avevano", "avrà", "avrebbe", "sarebbe", "potrebbe", "dovrebbe", "deve", "può", "vuole", "fa", "dice", "chiede"]);

/** Roles that speak or act for a body: they take the seat of power in the sentence. */
const SPEAKS_FOR = new Set(["portavoce", "consigliere", "consigliere per la sicurezza"]);
const OF = new Set(["di", "del", "della", "dello", "dell", "dei", "degli", "delle"]);
const UNDERSECRETARY_REMIT = new Set([...OF, "al", "alla", "allo", "all", "ai", "agli", "alle"]);

function word(text: string | undefined): string {
  return text === undefined ? "" : namePieces(text).join(" ");
}

/** The seats of power (Cremlino, Casa Bianca) among some mentions, by entity id. */
function seatsIn(list: readonly Mention[]): Set<string> {
  return new Set(list.filter((m) => m.entity !== undefined && entryById(m.entity)?.source === "seats").map((m) => m.entity!));
}

/**
 * The name mentions of one sentence and the readings of the words around a title that
 * need them. One object per sentence rather than a closure per question: these are
 * asked for every title of every article.
 */
class SentenceNames {
  private readonly toks: Sentence["tokens"];

  constructor(
    private readonly doc: Doc,
    private readonly sentence: Sentence,
    /** The sentence's name mentions. */
    private readonly names: readonly Mention[],
    private readonly bySentence: ReadonlyMap<number, readonly Mention[]>,
  ) {
    this.toks = sentence.tokens;
  }

  nameAt(i: number): Mention | undefined {
    for (const m of this.names) if (m.tokenStart === i) return m;
    return undefined;
  }

  nameEndingAt(i: number): Mention | undefined {
    for (const m of this.names) if (m.tokenEnd === i) return m;
    return undefined;
  }

  inName(i: number): boolean {
    for (const m of this.names) if (m.tokenStart <= i && i < m.tokenEnd) return true;
    return false;
  }

  /** "autoproclamato Esercito nazionale" at i: an organisation or state named after one describing word. */
  describedBody(i: number): Mention | undefined {
    const toks = this.toks;
    const named = /^\p{Ll}{4,}$/u.test(toks[i]?.text ?? "") && !demonymCountry(toks[i]!.text) ? this.nameAt(i + 1) : undefined;
    return named?.type === "ORG" || named?.type === "GPE" ? named : undefined;
  }

  /** "il diplomatico danese X" at i: an article, one to three describing words, then a person. */
  describedPerson(i: number): Mention | undefined {
    const toks = this.toks;
    if (!ARTICLES.has(word(toks[i]?.text))) return undefined;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      const named = this.nameAt(j);
      // An apposition closes with a comma or the sentence: "con il Papa, il presidente X ha
      // incontrato" is a circumstance, then the subject.
      const closed = [",", ".", ";", ":", undefined].includes(toks[named?.tokenEnd ?? -1]?.text);
      if (named) return j > i + 1 && named.type === "PERSON" && closed ? named : undefined;
      const w = toks[j]!.text;
      if (!/^\p{Ll}{3,}$/u.test(w) || NOT_DESCRIPTOR.has(w) || OF.has(w) || COMPLEMENT.has(w)) return undefined;
    }
    return undefined;
  }

  /** Past a remit after a title ("per l'Africa", "al Commercio") when a person's name or a comma ends it; else `to`. */
  complementEnd(to: number): number {
    const toks = this.toks;
    if (!COMPLEMENT.has(word(toks[to]?.text))) return to;
    let words = 0;
    for (let j = to + 1; j < Math.min(toks.length, to + 7); j++) {
      const named = this.nameAt(j);
      if (named?.type === "PERSON" || toks[j]!.text === ",") return j > to + 1 ? j : to;
      if (named) {
        j = named.tokenEnd - 1;
        continue;
      }
      // Only a short remit: "per il lavoro comune sul programma X" is no title's.
      const w = toks[j]!.text;
      if (!/^[\p{L}'’]+$/u.test(w) || FINITE_VERBS.has(w.toLowerCase()) || (j > to + 1 && PREPOSITIONS.has(w.toLowerCase()))) return to;
      if (/^\p{Ll}/u.test(w) && !ARTICLES.has(word(w)) && ++words > 3) return to;
    }
    return to;
  }

  /**
   * "il presidente della fondazione", "il direttore tecnico della società": the organisation
   * the kind noun refers back to. In the title's sentence the nearest one the text calls that
   * kind ("la Fondazione X", "la società X", "X, l'azienda con sede a …"), else the nearest named
   * before the title; in the two sentences before, the nearest one called that kind.
   */
  bodyOfKind(kind: string, from: number): Mention | undefined {
    const here = this.names.filter((m) => m.type === "ORG" && m.entity !== undefined && m.tokenEnd <= from);
    const calledHere = here.filter((m) => this.calledKind(this.sentence.index, m, kind));
    if (calledHere.length || here.length) return (calledHere.length ? calledHere : here).at(-1);
    for (let s = this.sentence.index - 1; s >= Math.max(0, this.sentence.index - 2); s--) {
      const called = (this.bySentence.get(s) ?? []).filter((m) => m.type === "ORG" && m.entity !== undefined && this.calledKind(s, m, kind));
      if (called.length) return called.at(-1);
    }
    return undefined;
  }

  /** "la Fondazione X", "la società X", "X, l'azienda …", "X (fondazione …)": the text calls the name that kind. */
  private calledKind(sentence: number, m: Mention, kind: string): boolean {
    const toks = this.doc.sentences[sentence]!.tokens;
    const opensApposition = toks[m.tokenEnd]?.text === "," || toks[m.tokenEnd]?.text === "(";
    return word(toks[m.tokenStart]?.text) === kind || word(toks[m.tokenStart - 1]?.text) === kind || (opensApposition && (word(toks[m.tokenEnd + 1]?.text) === kind || word(toks[m.tokenEnd + 2]?.text) === kind));
  }


  /**
   * The end of a portfolio whose first capitalised word is at `to`: more capitalised words, a
   * describing word before the comma or the holder ("della Sicurezza energetica, X"), and more
   * portfolios after "e" ("delle Infrastrutture e dei Trasporti", "per lo Sport e i Giovani").
   */
  portfolioEnd(to: number, joiners: ReadonlySet<string>, named: boolean): number {
    const toks = this.toks;
    // A remit may hold a name the tagger gave it ("per la Protezione civile"); a portfolio
    // of "di" may not ("delle Foreste e della Federazione X" names a body).
    const capitalised = (i: number) => /^\p{Lu}/u.test(toks[i]?.text ?? "") && (named ? this.nameAt(i)?.type !== "PERSON" : !this.nameAt(i));
    const joins = (i: number) => word(toks[i]?.text) === "e" && joiners.has(word(toks[i + 1]?.text)) && capitalised(i + 2);
    const closes = (i: number) => toks[i]?.text === "," || this.nameAt(i)?.type === "PERSON" || joins(i) || (/^\p{Ll}/u.test(toks[i]?.text ?? "") && demonymCountry(toks[i]!.text) !== undefined);
    const describing = (w: string) => /^\p{Ll}{4,}$/u.test(w) && !demonymCountry(w) && !AFTER_TITLE.has(w) && !FINITE_VERBS.has(w) && !PREPOSITIONS.has(w);
    for (;;) {
      while (to < toks.length && capitalised(to)) to = this.nameAt(to)?.tokenEnd ?? to + 1;
      const w = toks[to]?.text ?? "";
      if (describing(w) && closes(to + 1)) to++;
      // "delle Politiche del mare, X": a lower-case complement only when the comma closes it.
      else if (OF.has(word(w)) && /^\p{Ll}{3,}$/u.test(toks[to + 1]?.text ?? "") && toks[to + 2]?.text === ",") return to + 2;
      if (!joins(to)) return to;
      to += 2;
    }
  }


  /** "Da Washington il …", "A Roma, il …" opening the sentence right before token `from`: the state of that seat or country. */
  openingState(from: number): string | undefined {
    const toks = this.toks;
    if (!OPENING_FROM.has(word(toks[0]?.text))) return undefined;
    const place = this.nameAt(1);
    if (!place || (place.tokenEnd !== from && !(toks[place.tokenEnd]?.text === "," && place.tokenEnd + 1 === from))) return undefined;
    const state = place.actor ?? place.entity;
    return state !== undefined && entryById(state)?.source === "countries" ? state : undefined;
  }

  /** "X è (stato eletto) il nuovo presidente di Y": the person a predicate nominal is said of. */
  predicateSubject(from: number): Mention | undefined {
    const toks = this.toks;
    let b = from - 1;
    while (b > 0 && (APPOINTED.has(word(toks[b]?.text)) || PASSIVE_AUX.has(word(toks[b]?.text)))) b--;
    if (b < 1) return undefined;
    if (!COPULAS.has(toks[b]!.text.toLowerCase())) return this.invertedSubject(from);
    const subject = this.nameEndingAt(b);
    return subject?.type === "PERSON" ? subject : undefined;
  }

  /** "Sarà X il nuovo presidente di Y": the person between the copula and the predicate nominal. */
  private invertedSubject(from: number): Mention | undefined {
    const subject = this.nameEndingAt(from);
    const copula = subject ? this.toks[subject.tokenStart - 1]?.text.toLowerCase() : undefined;
    return subject?.type === "PERSON" && copula !== undefined && COPULAS.has(copula) ? subject : undefined;
  }

  /** "X, presidente …", "X (presidente …)", "X, 45 anni, presidente …": the person the apposition opening at token `at` follows. */
  appositionHolder(at: number): Mention | undefined {
    const toks = this.toks;
    const age = toks[at]!.text === "," && word(toks[at - 1]?.text) === "anni" && /^\d{1,3}$/.test(toks[at - 2]?.text ?? "") && toks[at - 3]?.text === ",";
    const prev = this.nameEndingAt(age ? at - 3 : at);
    return prev?.type === "PERSON" ? prev : undefined;
  }

  /** "X, che è presidente …": the person a relative clause of being follows. */
  relativeSubject(at: number): Mention | undefined {
    const toks = this.toks;
    return COPULAS.has((toks[at]?.text ?? "").toLowerCase()) && word(toks[at - 1]?.text) === "che" ? this.appositionHolder(at - 2) : undefined;
  }

  /** The one town (a place that is not a country) named before token `from`, or in the sentence before. */
  townBefore(from: number): string | undefined {
    const here = townsIn(this.doc, this.names.filter((m) => m.tokenEnd <= from));
    const seen = here.size > 0 || this.sentence.index === 0 ? here : townsIn(this.doc, this.bySentence.get(this.sentence.index - 1) ?? []);
    return seen.size === 1 ? [...seen][0] : undefined;
  }
}

/** The towns (places that are not countries, named as towns) among some mentions, by entity id. */
function townsIn(doc: Doc, list: readonly Mention[]): Set<string> {
  return new Set(list.filter((m) => m.type === "GPE" && m.kind === "name" && m.entity !== undefined && entryById(m.entity)?.source !== "countries" && townContext(doc, m)).map((m) => m.entity!));
}

/** "a X", "comune di X", or X opening the sentence: named as a town ("al cinema Odeon" is not). */
function townContext(doc: Doc, m: Mention): boolean {
  const before = doc.sentences[m.sentence]!.tokens[m.tokenStart - 1]?.text;
  return before === undefined || TOWN_CONTEXT.has(word(before));
}

/**
 * Role phrases of every sentence. `mentions` are the article's name (and demonym)
 * mentions with `entity` set; role phrases inside a name are skipped.
 */
export function findRolePhrases(doc: Doc, mentions: readonly Mention[]): RolePhrase[] {
  const out: RolePhrase[] = [];
  /** Indices in `out` of Italian offices read without a holder (Italy's only if the article names one). */
  const unheld = new Set<number>();
  const all = new Map<number, Mention[]>();
  const bySentence = new Map<number, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    addTo(all, m);
    if (m.kind === "name") addTo(bySentence, m);
  }
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    const titles = findRolesInSentence(sentence);
    if (titles.length === 0) continue;
    const names = bySentence.get(sentence.index) ?? [];
    const reader = new SentenceNames(doc, sentence, names, bySentence);
    for (let t = 0; t < titles.length; t++) {
      const found = titles[t]!;
      if (reader.inName(found.tokenStart)) continue;
      const r = readTitle(sentence.tokens, names, reader, found);
      if (!r) continue;
      readQualifier(sentence.tokens, reader, r, readBody(sentence.tokens, reader, r));
      readHolder(sentence.tokens, reader, r);
      if (placeOffice(sentence, names, bySentence, all.get(sentence.index) ?? [], reader, r)) unheld.add(out.length);
      out.push(toRolePhrase(doc, sentence, r));
    }
  }
  // An unheld Italian office stays Italy's only where the article names an Italian holder of it.
  for (const i of unheld) {
    const p = out[i]!;
    if (!out.some((q) => q.holder && q.of === ITALY && q.family === p.family)) delete p.of;
  }
  // "Il capo dell'esercito sudanese, il generale Abdel Fattah al-Burhan": a role phrase
  // with no name of its own, in apposition to one that has, shares its holder.
  for (let i = 0; i + 1 < out.length; i++) {
    const p = out[i]!;
    const q = out[i + 1]!;
    if (p.holder || !q.holder || q.sentence !== p.sentence) continue;
    const toks = doc.sentences[p.sentence]!.tokens;
    // Not after a preposition: "con il Papa, il presidente X ha …" ends a circumstance, names no one.
    if (PREPOSITIONS.has((toks[p.tokenStart - 1]?.text ?? "").toLowerCase())) continue;
    if (toks[p.tokenEnd]?.text === "," && q.tokenStart === p.tokenEnd + 1) p.holder = q.holder;
  }
  ofTheTopicState(doc, mentions, out);
  return out;
}

/** A role phrase being read: its extent so far, its family, of whom, who holds it. */
interface Reading {
  role: RoleMatch;
  from: number;
  to: number;
  family: string;
  of: string | undefined;
  holder: Mention | undefined;
}

function addTo(bySentence: Map<number, Mention[]>, m: Mention): void {
  const list = bySentence.get(m.sentence);
  if (list) list.push(m);
  else bySentence.set(m.sentence, [m]);
}

/** The title found, with its article and the words that only qualify it before, and a minister's portfolio or remit after. */
function readTitle(toks: Sentence["tokens"], names: readonly Mention[], reader: SentenceNames, found: RoleMatch): Reading | undefined {
  // "il presidente del Consiglio europeo X": a name starting inside the title ends it there.
  const inside = names.find((m) => m.tokenStart > found.tokenStart && m.tokenStart < found.tokenEnd);
  const role = inside ? matchRole(toks.slice(0, inside.tokenStart).map((t) => t.text), found.tokenStart) : found;
  if (!role) return undefined;
  let from = role.tokenStart;
  while (from > 0 && BEFORE_TITLE.has(word(toks[from - 1]?.text))) from--;
  if (from > 0 && ARTICLES.has(word(toks[from - 1]?.text))) from--;
  const r: Reading = { role, from, to: role.tokenEnd, family: role.family, of: undefined, holder: undefined };
  readPortfolio(toks, reader, r);
  return r;
}

/**
 * "il ministro dell'Agricoltura", "la ministra delle Riforme": a portfolio the list does not
 * name is still a minister's portfolio; "il sottosegretario alla Giustizia austriaco": an
 * undersecretary's remit, the same way.
 */
function readPortfolio(toks: Sentence["tokens"], reader: SentenceNames, r: Reading): void {
  const to = r.to;
  const portfolio = r.family === "ministro" ? OF : r.family === "sottosegretario" ? UNDERSECRETARY_REMIT : undefined;
  if (portfolio?.has(word(toks[to]?.text)) && /^\p{Lu}/u.test(toks[to + 1]?.text ?? "") && !reader.nameAt(to + 1)) {
    r.to = reader.portfolioEnd(to + 2, portfolio, false);
    if (r.family === "ministro") r.family = "ministro di un dicastero";
  } else if (r.family === "ministro" && word(toks[to]?.text) === "per" && ARTICLES.has(word(toks[to + 1]?.text)) && /^\p{Lu}/u.test(toks[to + 2]?.text ?? "")) {
    // "il ministro per la Protezione civile", "per lo Sport e i Giovani": a minister without
    // portfolio has a remit in its place (the tagger may read it as a body's name).
    const remit = reader.nameAt(to + 2);
    if (remit?.type !== "PERSON") {
      r.to = reader.portfolioEnd(remit ? remit.tokenEnd : to + 3, new Set([...OF, ...ARTICLES]), true);
      r.family = "ministro di un dicastero";
    }
  }
}

/** Moves past the words that only qualify the title and a complement; the body a kind noun after it refers back to ("il presidente della fondazione"), if any. */
function readBody(toks: Sentence["tokens"], reader: SentenceNames, r: Reading): string | undefined {
  let to = r.to;
  while (to < toks.length && AFTER_TITLE.has(word(toks[to]!.text))) to++;
  // "l'Alta rappresentante per la politica estera dell'Ue": a complement before the body.
  if (word(toks[to]?.text) === "per") {
    for (let j = to + 1; j < Math.min(toks.length - 1, to + 7); j++) {
      if (OF.has(word(toks[j]!.text)) && reader.nameAt(j + 1)) {
        to = j;
        break;
      }
    }
  }
  r.to = to;
  // "il presidente della fondazione, X": a kind noun that refers back to a body named before.
  if (!OF.has(word(toks[to]?.text)) || !BODY_KINDS.has(toks[to + 1]?.text ?? "")) return undefined;
  const body = reader.bodyOfKind(word(toks[to + 1]!.text), r.from);
  if (!body) return undefined;
  r.to = to + 2;
  return body.entity;
}

/**
 * Qualifier: a nationality, or "di/del/della …" and a name, after words that only qualify
 * the title ("il neo presidente eletto degli Stati Uniti").
 */
function readQualifier(toks: Sentence["tokens"], reader: SentenceNames, r: Reading, bodyOfKind: string | undefined): void {
  const role = r.role;
  const family = r.family;
  const titleBody = TITLE_COUNTRY.get(role.title) ?? (EUROPEAN.has(word(toks[role.tokenEnd - 1]?.text)) ? (EU_BODY.get(family) ?? EUROPEAN_UNION) : undefined);
  let of: string | undefined = titleBody ?? bodyOfKind;
  let to = r.to;
  for (let step = 0; step < 2 && to < toks.length; step++) {
    const country = /^\p{Ll}/u.test(toks[to]!.text) ? demonymCountry(toks[to]!.text) : undefined;
    if (country) {
      of = country;
      to++;
      continue;
    }
    // "il capo della diplomazia europea X": the Union's office.
    if (EUROPEAN.has(word(toks[to]!.text)) && of === undefined) {
      of = EU_BODY.get(family) ?? EUROPEAN_UNION;
      to++;
      continue;
    }
    // "l'Alta rappresentante Ue X", "il segretario generale Onu X": a short name used as an adjective.
    const short = reader.nameAt(to);
    if (short?.entity && (short.type === "ORG" || short.type === "GPE") && short.tokenEnd === to + 1 && short.text.length <= 5 && of === undefined) {
      of = short.entity;
      to = short.tokenEnd;
      continue;
    }
    // "del partito Alleanza Civica", "dell'autoproclamato Esercito nazionale": one word may describe the body.
    const named = OF.has(word(toks[to]!.text)) ? (reader.nameAt(to + 1) ?? reader.describedBody(to + 1)) : undefined;
    if (named?.entity) {
      of = of === titleBody ? named.entity : (of ?? named.entity);
      to = named.tokenEnd;
      continue;
    }
    break;
  }
  r.of = of;
  r.to = to;
}

/** Holder: the name right after (perhaps after a comma), or right before with a comma. */
function readHolder(toks: Sentence["tokens"], reader: SentenceNames, r: Reading): void {
  // "l'Alto commissario dell'Onu per i diritti umani X": a remit may stand between.
  let after = reader.complementEnd(r.to);
  const comma = toks[after]?.text === ",";
  if (comma) after++;
  // "L'inviato dell'Ue, il diplomatico danese X,": an apposition may describe him first.
  // "…, colonnello X", "il segretario di Stato vaticano cardinale X": a rank before the name.
  const ranked = RANKS.has(word(toks[after]?.text)) ? reader.nameAt(after + 1) : undefined;
  const next = reader.nameAt(after) ?? ranked ?? (comma ? reader.describedPerson(after) : undefined);
  let before = r.from - 1;
  while (before > 0 && APPOINTED.has(word(toks[before]?.text))) before--;
  if (next?.type === "PERSON") r.holder = next;
  else if (toks[before]?.text === "," || toks[before]?.text === "(") r.holder = reader.appositionHolder(before);
  else r.holder = reader.predicateSubject(r.from) ?? reader.relativeSubject(before);
}

/**
 * Whose office a phrase without a qualifier is, from its context; true for an Italian
 * office read without a holder (Italy's only if the article names an Italian holder).
 */
function placeOffice(
  sentence: Sentence,
  names: readonly Mention[],
  bySentence: ReadonlyMap<number, readonly Mention[]>,
  sentenceMentions: readonly Mention[],
  reader: SentenceNames,
  r: Reading,
): boolean {
  const title = r.role.title;
  const family = r.family;
  const holder = r.holder;
  // "La reazione del Cremlino …, con il portavoce Dmitry Peskov": a spokesman without
  // a qualifier speaks for the one seat of power named before him in the sentence.
  if (r.of === undefined && holder && SPEAKS_FOR.has(family)) r.of = spokesmanSeat(sentence, names, bySentence, r.from);
  // "Da Washington il presidente X", "A Roma il ministro X": a sentence that opens from a
  // state's seat puts the bare office there.
  if (r.of === undefined && holder && isStateTitle(title, family)) r.of = reader.openingState(r.from);
  // "il ministro dell'Interno Matteo Piantedosi": Italian news names foreign officials
  // with their nationality and its own government's without, so a bare government title
  // held by an Italian-shaped name is Italy's.
  // "la premier Giovanna Bellini", "il ministro Carlo Pellegrini": a bare government title
  // on an Italian-shaped name is Italy's, whatever other state the sentence names.
  // (a bare title needs the stronger sign of a known given name: "il primo ministro Hamadi Jebali" is not Italy's).
  if (r.of === undefined && holder && ITALIAN_BARE.has(family) && !FOREIGN_TITLES.has(title) && italianShaped(holder.text) && isGivenName(holder.text.split(/\s+/)[0]!)) r.of = ITALY;
  if (r.of === undefined && holder && ITALIAN_OFFICES.has(family) && !FOREIGN_TITLES.has(title)) r.of = officeState(sentence.tokens, sentenceMentions, r.from, holder);
  // "Il presidente della Repubblica X … Nel pomeriggio il capo dello Stato": an Italian office
  // without a holder is Italy's too, so it can name the one Italian holder the article gave it.
  const italianUnheld = r.of === undefined && !holder && (ITALIAN_OFFICES.has(family) || ITALIAN_BARE.has(family)) && family !== "ministro" && !FOREIGN_TITLES.has(title);
  if (italianUnheld) r.of = ITALY;
  // "A Santu Lianu … Il sindaco X": a mayor without a town is the mayor of the one town just named.
  if (r.of === undefined && holder && TOWN_OFFICES.has(family)) r.of = reader.townBefore(r.from);
  return italianUnheld;
}

/** The one seat of power named before a spokesman at token `from`, in his sentence or (if it names no other body before him) the one before. */
function spokesmanSeat(sentence: Sentence, names: readonly Mention[], bySentence: ReadonlyMap<number, readonly Mention[]>, from: number): string | undefined {
  const here = seatsIn(names.filter((m) => m.tokenEnd <= from));
  // "…ha dichiarato il portavoce Dmitry Peskov" after a sentence about the Kremlin.
  const othersBefore = names.some((m) => m.tokenEnd <= from && m.type !== "PERSON");
  const seats = here.size > 0 || othersBefore || sentence.index === 0 ? here : seatsIn(bySentence.get(sentence.index - 1) ?? []);
  return seats.size === 1 ? [...seats][0] : undefined;
}

/**
 * "Assente il presidente brasiliano Lula, rappresentato dal ministro degli Esteri Mauro
 * Vieira": a state named earlier in the sentence is the one meant; with none, an
 * Italian-shaped holder makes it Italy's.
 */
function officeState(toks: Sentence["tokens"], sentenceMentions: readonly Mention[], from: number, holder: Mention): string | undefined {
  const states = new Set(
    sentenceMentions
      // A state as a place ("incontro in Vaticano") is not the one whose office it is, nor
      // an envoy's ("ha convocato l'ambasciatore russo, e il ministro degli Esteri X").
      .filter((m) => m.tokenEnd <= from && m.entity !== undefined && entryById(m.entity)?.source === "countries" && !PLACE_PREPOSITIONS.has(word(toks[m.tokenStart - 1]?.text)) && !ENVOYS.has(word(toks[m.tokenStart - 1]?.text)))
      .map((m) => m.entity!),
  );
  // "Gilberto Pichetto Fratin": a given name and a surname shaped like Italian ones, whatever follows.
  if (states.size === 1) return [...states][0];
  if (states.size === 0 && italianShaped(holder.text.split(/\s+/).slice(0, 2).join(" "))) return ITALY;
  return undefined;
}

function toRolePhrase(doc: Doc, sentence: Sentence, r: Reading): RolePhrase {
  const toks = sentence.tokens;
  const start = toks[r.from]!.start;
  const end = toks[r.to - 1]!.end;
  return {
    title: r.family === "ministro di un dicastero" ? toks.slice(r.role.tokenStart, r.to).map((t) => t.text).join(" ").replace(/(['’]) /g, "$1") : r.role.title,
    family: r.family,
    former: r.role.former,
    sentence: sentence.index,
    tokenStart: r.from,
    tokenEnd: r.to,
    start,
    end,
    text: doc.article.text.slice(start, end),
    ...(r.of !== undefined ? { of: r.of } : {}),
    ...(r.holder ? { holder: r.holder } : {}),
  };
}

/** Whether a name follows a title and one lower-case word the title did not take ("il primo ministro groenlandese X"). */
function afterQualifiedTitle(doc: Doc, m: Mention): boolean {
  const sentence = doc.sentences[m.sentence]!;
  const qualifier = m.tokenStart - 1;
  const text = sentence.tokens[qualifier]?.text ?? "";
  if (!/^\p{Ll}{4,}$/u.test(text) || AFTER_TITLE.has(word(text))) return false;
  for (let i = Math.max(0, qualifier - 4); i < qualifier; i++) if (matchRoleInSentence(sentence, i)?.tokenEnd === qualifier) return true;
  return false;
}

/**
 * A state's bare title on a foreign name ("il presidente Ivo Tarsi", "l'ex ministro X") is an
 * office of the one foreign state the article is about, unless his sentence names an
 * organisation (whose president he may be) or the article gives him another body.
 */
function ofTheTopicState(doc: Doc, mentions: readonly Mention[], phrases: RolePhrase[]): void {
  const bare = phrases.filter((p) => p.of === undefined && p.holder?.entity && p.holder.type === "PERSON" && isStateTitle(p.title, p.family));
  if (!bare.length) return;
  const state = topicState(doc, mentions);
  if (!state) return;
  for (const p of bare) {
    const holder = p.holder!;
    // "il ministro Tajani" after "Antonio Tajani": any Italian-shaped name of his, even a surname alone, may be an Italian official's.
    if (mentions.some((m) => m.entity === holder.entity && m.kind === "name" && italianShaped(m.text, 1))) continue;
    if (mentions.some((m) => m.sentence === p.sentence && m.kind === "name" && m.type === "ORG")) continue;
    if (phrases.some((q) => q.of !== undefined && q.holder?.entity === holder.entity)) continue;
    // "il primo ministro groenlandese X" anywhere in the article: a qualifier the lexicon does not know names another state.
    if (mentions.some((m) => m.entity === holder.entity && m.kind === "name" && afterQualifiedTitle(doc, m))) continue;
    p.of = state;
    p.ofTopic = true;
  }
}
