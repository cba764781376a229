import type { Doc, EntityType, Mention } from "../../types.ts";
import { namePieces } from "../../nlp/it/gazetteer/index.ts";
import { isGivenName } from "../../nlp/it/gazetteer/given-names.ts";
import { lookupName } from "../../ner/listed-names.ts";
import { demonymCountry } from "../../nlp/it/lexicon/demonyms.ts";
import { matchRoleInSentence } from "../../nlp/it/lexicon/roles.ts";

// Name spans that swallowed a neighbour, split before identities are given:
//   "il sindaco di Borgonero Paolo Ferri"  PERSON "Borgonero Paolo Ferri" → Borgonero + Paolo Ferri
//   "ricevuto a Washington da Lutnick"     GPE "Washington da Lutnick"   → Washington + Lutnick
//   "il segretario al Commercio statunitense X"  ORG "Commercio statunitense" → no name
// A tagger reads two names side by side as one; the text gives the seam (a given name
// after a place's or body's words, a "da" between a listed place and a person's surname).

const OF = new Set(["di", "del", "della", "dello", "dell", "dei", "degli", "delle"]);
/** Titles that take a portfolio; a president's "della Compagnia nipponica" is a body. */
const PORTFOLIO_TITLES = new Set(["ministro", "ministra", "viceministro", "viceministra", "sottosegretario", "sottosegretaria", "segretario", "segretaria", "cancelliere", "cancelliera"]);
/** Prepositions that open a title's portfolio: "ministro delle Finanze", "segretario al Tesoro". */
const PORTFOLIO = new Set([...OF, "al", "alla", "allo", "all", "ai", "agli", "alle", "per"]);

export function splitSwallowedNames(doc: Doc, names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    if (portfolioWithNationality(doc, m)) continue;
    const parts = m.kind === "name" ? seam(doc, m, names) : undefined;
    if (parts) out.push(...parts);
    else out.push(namedAfterItsKind(doc, m) || seatedName(doc, m) ? asBody(m) : m);
  }
  return out;
}

/** Kinds of body that a description names right before the body's own name. */
const BODY_KINDS = new Set([
  "movimento", "partito", "sindacato", "associazione", "federazione", "coalizione", "comitato", "fondazione", "istituto",
  "societa", "azienda", "gruppo", "consorzio", "ong", "organizzazione", "milizia", "compagnia", "quotidiano", "giornale",
  "agenzia", "fondo", "banca", "emittente",
]);
/** Words of a description between the kind and the name: "il sindacato dei bancari X", "il movimento d'opposizione X". */
const DESCRIPTION_OF = new Set(["di", "d", "dei", "degli", "delle"]);
/** Endings of the adjectives that describe a body: "sovrano", "alimentare", "economico", "genovese", "autonomo". */
const ADJECTIVE = /^\p{Ll}{3,}(?:ale|ile|are|ese|ano|ana|ino|ina|ico|ica|ario|aria|ivo|iva|ente|omo|oma)$/u;

/**
 * "il sindacato dei bancari Fabi", "il movimento d'opposizione Nor Hayreniq", "il fondo sovrano
 * saudita Pif": a name a tagger read as a person's, right after the kind of body it is (and at
 * most two describing words, or "di" and one word), is the body's ("il partito di Mario Rossi"
 * is a person's: "di" right before the name; so is "il partito del presidente X": a title).
 */
function namedAfterItsKind(doc: Doc, m: Mention): boolean {
  if (m.kind !== "name" || m.type !== "PERSON") return false;
  const sentence = doc.sentences[m.sentence]!;
  const toks = sentence.tokens;
  if (isGivenName(toks[m.tokenStart]!.text)) return false;
  const at = (i: number) => namePieces(toks[i]?.text ?? "").join(" ");
  const describing = (i: number) => /^\p{Ll}/u.test(toks[i]?.text ?? "") && (ADJECTIVE.test(toks[i]!.text) || demonymCountry(toks[i]!.text) !== undefined) && !matchRoleInSentence(sentence, i);
  // "il presidente del comitato norvegese X": a kind after a title and "di" closes the title,
  // and the name after it is its holder ("un ingegnere della società X" is the body's name).
  const titled = (of: number) => {
    for (let j = Math.max(0, of - 4); j < of; j++) if (matchRoleInSentence(sentence, j)?.tokenEnd === of) return true;
    return false;
  };
  const kindAt = (i: number) => BODY_KINDS.has(at(i)) && !(OF.has(at(i - 1)) && titled(i - 1));
  let i = m.tokenStart - 1;
  if (kindAt(i)) return true;
  // "dei bancari", "d'opposizione": "di" and one word.
  if (/^\p{Ll}{4,}$/u.test(toks[i]?.text ?? "") && !matchRoleInSentence(sentence, i) && DESCRIPTION_OF.has(at(i - 1)) && kindAt(i - 2)) return true;
  for (let words = 0; words < 2 && describing(i); words++) {
    i--;
    if (kindAt(i)) return true;
  }
  return false;
}

/**
 * "Varco Logistica, con sede a Ganja", "X ha sede a Y": only a body has a seat, whatever a
 * tagger read the name as (a listed place keeps its type: "Roma ha sede …" is rare, a
 * city's offices are not the city).
 */
function seatedName(doc: Doc, m: Mention): boolean {
  if (m.kind !== "name" || (m.type !== "PERSON" && m.type !== "GPE")) return false;
  const toks = doc.sentences[m.sentence]!.tokens;
  const next = (n: number) => namePieces(toks[m.tokenEnd + n]?.text ?? "").join(" ");
  const seated = (toks[m.tokenEnd]?.text === "," && next(1) === "con" && next(2) === "sede") || (next(0) === "ha" && next(1) === "sede");
  return seated && !lookupName(m.text, namePieces(m.text));
}

function asBody(m: Mention): Mention {
  return { ...m, type: "ORG", provenance: [...m.provenance, { by: "resolve:body-name", why: `"${m.text}" follows the kind of body it names, or has a seat` }] };
}

/**
 * "il ministro delle Finanze nipponico", "la cancelliera dello Scacchiere britannica": a
 * tagger reads the portfolio and the nationality after it as one body, but the portfolio
 * is the title's and the nationality says whose office it is, so the span is no name.
 * Only after a minister's, secretary's or chancellor's title: those take portfolios.
 */
function portfolioWithNationality(doc: Doc, m: Mention): boolean {
  if (m.kind !== "name" || m.type === "PERSON" || m.tokenEnd - m.tokenStart < 2) return false;
  const sentence = doc.sentences[m.sentence]!;
  const toks = sentence.tokens;
  const last = toks[m.tokenEnd - 1]!.text;
  if (!/^\p{Ll}/u.test(last) || !demonymCountry(last)) return false;
  if (toks.slice(m.tokenStart, m.tokenEnd - 1).some((t) => !/^\p{Lu}/u.test(t.text))) return false;
  if (lookupName(m.text, namePieces(m.text))) return false;
  const prep = m.tokenStart - 1;
  if (!PORTFOLIO.has(namePieces(toks[prep]?.text ?? "").join(" "))) return false;
  // A title ends at the preposition ("cancelliera | dello Scacchiere") or runs into the
  // span ("segretario al Commercio" is listed whole).
  for (let i = Math.max(0, prep - 4); i < prep; i++) {
    const role = matchRoleInSentence(sentence, i);
    if (role && PORTFOLIO_TITLES.has(role.title.split(" ")[0]!.toLowerCase()) && (role.tokenEnd === prep || (role.tokenEnd > prep && role.tokenEnd <= m.tokenEnd))) return true;
  }
  return false;
}

/** Verbs that open a sentence capitalised before a subject: "Sarà X il nuovo presidente", "È Y la più votata". */
const OPENING_VERBS = new Set(["sarà", "sara", "è", "era", "fu", "resta", "rimane", "diventa"]);

function seam(doc: Doc, m: Mention, names: readonly Mention[]): Mention[] | undefined {
  const toks = doc.sentences[m.sentence]!.tokens;
  const texts = toks.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
  if (m.type === "PERSON" && texts.length >= 3 && OPENING_VERBS.has(texts[0]!.toLowerCase())) {
    return [piece(doc, m, 1, texts.length, "PERSON", `"${texts[0]}" is the verb before the name, not part of it`)];
  }
  if (m.type === "PERSON") {
    // "(sindaco) di Borgonero Paolo Ferri": after "di", capitalised words that are not given
    // names, then a given name and a surname.
    if (!OF.has(namePieces(toks[m.tokenStart - 1]?.text ?? "").join(" "))) return undefined;
    const given = texts.findIndex((t, i) => i > 0 && isGivenName(t));
    if (given < 1 || given > texts.length - 2 || texts.slice(0, given).some((t) => isGivenName(t) || !/^\p{Lu}/u.test(t))) return undefined;
    const prefix = texts.slice(0, given).join(" ");
    const listed = lookupName(prefix, namePieces(prefix));
    const type: EntityType = listed?.entry.type === "ORG" ? "ORG" : listed?.entry.type === "LOC" ? "LOC" : "GPE";
    return [piece(doc, m, 0, given, type, `"${prefix}" before the given name '${texts[given]}' is a ${type} of its own`), piece(doc, m, given, texts.length, "PERSON", `"${texts.slice(given).join(" ")}" is the person after "${prefix}"`)];
  }
  // "Washington da Lutnick": a listed place, "da", and the surname of a person of the article.
  const da = texts.indexOf("da");
  if (da < 1 || da > texts.length - 2) return undefined;
  const place = texts.slice(0, da).join(" ");
  const listed = lookupName(place, namePieces(place));
  const rest = texts.slice(da + 1).join(" ");
  const person = names.some((n) => n.type === "PERSON" && n !== m && (n.text === rest || n.text.endsWith(` ${rest}`)));
  if (!listed || (listed.entry.type !== "GPE" && listed.entry.type !== "LOC") || !person) return undefined;
  return [piece(doc, m, 0, da, listed.entry.type, `"${place}" is a listed place before 'da'`), piece(doc, m, da + 1, texts.length, "PERSON", `"${rest}" after 'da' is a person of the article`)];
}

/** The mention over tokens [from, to) of m (relative to its start), typed `type`. */
function piece(doc: Doc, m: Mention, from: number, to: number, type: EntityType, why: string): Mention {
  const toks = doc.sentences[m.sentence]!.tokens;
  const start = toks[m.tokenStart + from]!.start;
  const end = toks[m.tokenStart + to - 1]!.end;
  return {
    start,
    end,
    text: doc.article.text.slice(start, end),
    type,
    kind: "name",
    sentence: m.sentence,
    tokenStart: m.tokenStart + from,
    tokenEnd: m.tokenStart + to,
    provenance: [...m.provenance, { by: "resolve:split-span", why }],
    ...(m.score !== undefined ? { score: m.score } : {}),
  };
}
