import type { Doc, EntityType, Mention } from "../types.ts";
import { SettingsError } from "../errors.ts";
import { spansOf, tagTokens, tagTokensScored } from "./index.ts";
import { RANK, tokenCandidate, type Candidate } from "./candidate.ts";
import { keepOneTypePerName } from "./consistency.ts";
import { listedNames } from "./listed-names.ts";
import { SENTENCE_WORDS, capitalisedRuns, ruleNames, type CapitalisedRun } from "./name-rules.ts";
import { findRolesInSentence, matchRoleInSentence } from "../nlp/it/lexicon/roles.ts";
import { placeType } from "./place-type.ts";
import { isVerbForm } from "./verb-form.ts";
import { FAMILY_NAMES, cutBeforePeople, givenNamePeople, joinNamedAfterPeople } from "./person-shape.ts";
import { sentencePieces } from "../nlp/it/gazetteer/sentence-pieces.ts";
import { gazetteer, namePieces } from "../nlp/it/gazetteer/index.ts";
import { firstPiece } from "../nlp/it/gazetteer/pieces.ts";

// Final typed name mentions: the trained tagger's spans, the gazetteers' listed names and
// the shape rules are pooled per sentence, overlaps are settled (the longer span wins;
// on equal spans the curated lists, then cue rules, then the model), and finally every
// name keeps one type across the article and is found wherever it recurs.

export interface RecogniseSettings {
  /** Use the trained tagger (src/ner); without it only lists and rules find names. */
  useModel: boolean;
  /** Model spans below this confidence are dropped (0 keeps all). */
  minModelConfidence: number;
}

export const DEFAULT_RECOGNISE_SETTINGS: RecogniseSettings = {
  useModel: true,
  minModelConfidence: 0,
};

export function resolveRecogniseSettings(partial: Partial<RecogniseSettings> = {}): RecogniseSettings {
  const settings = { ...DEFAULT_RECOGNISE_SETTINGS, ...partial };
  validateRecogniseSettings(settings);
  return settings;
}

export function validateRecogniseSettings(settings: RecogniseSettings): void {
  const c = settings.minModelConfidence;
  if (!(c >= 0 && c <= 1)) {
    throw new SettingsError("minModelConfidence", `is ${c}`, "give a number between 0 and 1");
  }
}

/** Words the model sometimes takes for names: common nouns capitalised by style. */
const NOT_NAMES = new Set([
  "paese", "stato", "governo", "nazione", "regione", "capitale", "presidente", "ministro", "premier",
  "repubblica", "esteri", "difesa", "interno", "occidente", "oriente", "nord", "sud", "est", "ovest",
  "intelligence", "advertisement", "related", "news", "ultime", "notizie",
]);

const MODEL_TYPE: Record<string, EntityType> = { PER: "PERSON", ORG: "ORG" };

/** Weapon systems the model takes for names (folded). */
const WEAPONS = new Set([
  "patriot", "apache", "himars", "taurus", "storm shadow", "scalp", "leopard", "abrams", "challenger", "javelin",
  "stinger", "iskander", "kinzhal", "kalibr", "shahed", "geran", "tomahawk", "atacms", "bradley", "bayraktar",
  "lancet", "oreshnik", "sarmat", "hwasong", "kn 23", "f 16", "f 35", "su 35", "mig 29", "iris t", "nasams", "samp t",
]);

/** First pieces of the weapon names: most spans are ruled out by their first word. */
const WEAPON_FIRST_PIECES = new Set([...WEAPONS].map((w) => w.split(" ")[0]!));

/** Whether a span opening with this token can be a weapon's name (a token without pieces may). */
function mayBeWeapon(first: string): boolean {
  const piece = firstPiece(first);
  return piece === undefined || WEAPON_FIRST_PIECES.has(piece);
}

/** "Serbia-Kosovo", "Ue-Mercosur": capitalised parts joined by hyphens, one of them a listed name. */
function isNameCompound(token: string): boolean {
  const parts = token.split(/[-‐‑–]/);
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return false;
  return parts.some((p) => {
    const pieces = namePieces(p);
    return gazetteer().matchesAt(pieces, 0).some(([end]) => end === pieces.length);
  });
}
/** Score of a model span when no confidence was computed: the tagger's precision on KIND's Wikinews dev split. */
const MODEL_SCORE = 0.8;

export function recognise(doc: Doc, partial: Partial<RecogniseSettings> = {}): Mention[] {
  const settings = resolveRecogniseSettings(partial);
  const text = doc.article.text;
  const chosen: Candidate[] = [];
  const pieces = doc.sentences.map(sentencePieces);
  for (const sentence of doc.sentences) {
    if (sentence.tokens.length === 0) continue;
    const sp = pieces[sentence.index]!;
    const pool = listedNames(sentence, sp, text);
    if (settings.useModel) pool.push(...modelNames(sentence, settings.minModelConfidence));
    const runs = capitalisedRuns(sentence);
    const rules = ruleNames(sentence, runs);
    pool.push(...rules.candidates, ...syllableNames(sentence, runs, pool), ...familyNameFirst(sentence, runs, pool));
    pool.push(...givenNamePeople(sentence, runs, pool));
    const accepted = settle(dropModelSpansOverListedNames(sentence, cutBeforePeople(sentence, pool)), []);
    settle(rules.fallbacks, accepted);
    extendPeople(sentence, accepted);
    chosen.push(...joinNamedAfterPeople(sentence, nameWithPlace(sentence, runs, accepted)));
  }
  const mentions = chosen.map(toMention(text));
  return keepOneTypePerName(doc, mentions, pieces);
}

/** A model span, with its confidence when one was computed. */
interface ModelSpan {
  start: number;
  end: number;
  type: string;
  confidence: number | undefined;
}

// modelNames, notModelName and modelCandidate are apart so that V8 compiles each quickly:
// together they took it about 0.3 s, five times over in a cold run (deoptimisations).

function modelNames(sentence: Doc["sentences"][number], minConfidence: number): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  const words = toks.map((t) => t.text);
  // Confidences cost a forward–backward pass (about four times the tagging itself), so
  // they are computed only when a threshold asks for them.
  const spans: ModelSpan[] = minConfidence > 0 ? tagTokensScored(words).spans : spansOf(tagTokens(words)).map((s) => ({ ...s, confidence: undefined }));
  if (spans.length === 0) return out;
  // "la presidente del Consiglio", "il segretario di Stato": words of a title are no names.
  const titles = findRolesInSentence(sentence);
  for (const span of spans) {
    if (span.confidence !== undefined && span.confidence < minConfidence) continue;
    // "l'Università Bocconi ospita": a name does not end in a verb the tagger ran on into.
    while (span.end - span.start > 1 && isVerbForm(toks[span.end - 1]!.text)) span.end--;
    if (titles.some((t) => t.tokenStart <= span.start && span.end <= t.tokenEnd)) continue;
    if (notModelName(toks, span)) continue;
    out.push(modelCandidate(sentence, span));
  }
  return out;
}

/** Spans the tagger reads as names that name nothing here. */
function notModelName(toks: Doc["sentences"][number]["tokens"], span: ModelSpan): boolean {
  const single = span.end - span.start === 1;
  const first = toks[span.start]!.text;
  // Weapon systems are products, not entities of the ontology ("i Patriot", "gli Apache").
  if (mayBeWeapon(first) && WEAPONS.has(namePieces(tokenText(toks, span.start, span.end)).join(" "))) return true;
  // "Serbia-Kosovo", "Ue-Mercosur": a compound of names qualifies a noun; it names nothing.
  if (single && isNameCompound(first)) return true;
  if (single && NOT_NAMES.has(first.toLowerCase())) return true;
  // Italian writes names with capitals; a lower-case span is a common noun ("consiglio").
  if (!toks.slice(span.start, span.end).some((t) => /^[\p{Lu}\p{N}]/u.test(t.text))) return true;
  // "Cassano Magnago (VA)": a province code in brackets belongs to the town before it.
  if (single && /^[A-Z]{2}$/.test(first) && span.start > 0 && toks[span.start - 1]!.text === "(" && toks[span.end]?.text === ")") return true;
  // A lone word standing as a whole line is a section heading, not a name.
  return single && toks.every((t, i) => i === span.start || !/[\p{L}\p{N}]/u.test(t.text));
}

function modelCandidate(sentence: Doc["sentences"][number], span: ModelSpan): Candidate {
  const toks = sentence.tokens;
  const first = toks[span.start]!.text;
  const sp = sentencePieces(sentence);
  const type = MODEL_TYPE[span.type] ?? placeType(first, sp.pieces[sp.firstPiece[span.start]!]);
  const surface = tokenText(toks, span.start, span.end);
  return tokenCandidate(sentence, span.start, span.end, {
    type,
    by: "ner:perceptron",
    why: `the tagger read "${surface}" as ${span.type}${span.type === "LOC" ? `, a ${type === "LOC" ? "place without a government" : "governed place"} by its head word` : ""}${span.confidence !== undefined ? ` (confidence ${span.confidence.toFixed(2)})` : ""}`,
    rank: RANK.model,
    score: span.confidence ?? MODEL_SCORE,
  });
}

/** A Korean or Chinese name syllable: "Choe", "Son", "Hui", "Jong-un", "Jae-in". */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,4}(-\p{Ll}{1,4})?$/u;
/** A syllable of a given name: "Son", "Hui", "Un", "Jong-un". */
const GIVEN_SYLLABLE = /^\p{Lu}\p{Ll}{1,2}(-\p{Ll}{1,3})?$/u;
/** First words of place names that look like syllables ("San Marco", "Val Gardena"). */
const PLACE_STARTS = new Set(["san", "santa", "santo", "val", "monte", "porto", "capo", "via", "mar", "rio", "lago", "isola", "costa", "villa", "casa", "forte"]);

/**
 * "ricevendo Choe Son Hui": a family name the model read alone, followed by short
 * capitalised syllables no list knows, is a Korean or Chinese person's full name.
 */
export function syllableNames(sentence: Doc["sentences"][number], runs: readonly CapitalisedRun[], pool: readonly Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (const run of runs) {
    const n = run.tokenEnd - run.tokenStart;
    if (n < 2 || n > 4) continue;
    const words = toks.slice(run.tokenStart, run.tokenEnd);
    if (!SYLLABLE.test(words[0]!.text) || !words.slice(1).every((t) => GIVEN_SYLLABLE.test(t.text))) continue;
    // Only to mend a model span that stopped at the family name ("Choe" of "Choe Son Hui").
    if (!pool.some((c) => c.rank === RANK.model && c.tokenStart === run.tokenStart && c.tokenEnd < run.tokenEnd)) continue;
    if (PLACE_STARTS.has(words[0]!.text.toLowerCase()) || matchRoleInSentence(sentence, run.tokenStart)) continue;
    const listed = pool.some((c) => (c.rank === RANK.curated || c.rank === RANK.kind) && c.tokenStart < run.tokenEnd && run.tokenStart < c.tokenEnd);
    if (listed) continue;
    const surface = words.map((t) => t.text).join(" ");
    out.push(
      tokenCandidate(sentence, run.tokenStart, run.tokenEnd, {
        type: "PERSON",
        by: "rule:syllable-name",
        why: `"${surface}" is ${n} capitalised syllables no list knows: a Korean or Chinese name`,
        rank: RANK.shapeRule,
        score: 0.5,
      }),
    );
  }
  return out;
}

/**
 * "il vicepremier cinese He Lifeng": a common Chinese or Korean family name followed by
 * one or two capitalised words no list knows is a person, whatever type the model gave.
 */
function familyNameFirst(sentence: Doc["sentences"][number], runs: readonly CapitalisedRun[], pool: readonly Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (const run of runs) {
    const n = run.tokenEnd - run.tokenStart;
    if (n < 2 || n > 3) continue;
    const words = toks.slice(run.tokenStart, run.tokenEnd);
    if (!FAMILY_NAMES.has(words[0]!.text.toLowerCase()) || !words.every((t) => /^\p{Lu}[\p{Ll}-]+$/u.test(t.text))) continue;
    if (pool.some((c) => (c.rank === RANK.curated || c.rank === RANK.kind) && c.tokenStart < run.tokenEnd && run.tokenStart < c.tokenEnd)) continue;
    const surface = words.map((t) => t.text).join(" ");
    out.push(
      tokenCandidate(sentence, run.tokenStart, run.tokenEnd, {
        type: "PERSON",
        by: "rule:family-name-first",
        why: `"${surface}" starts with the Chinese or Korean family name "${words[0]!.text}"`,
        rank: RANK.cueRule,
        score: 0.7,
      }),
    );
  }
  return out;
}

/** Lower-case words inside names: "Ursula von der Leyen", "Joint Chiefs of Staff". */
const PARTICLES = new Set(["von", "van", "der", "den", "de", "di", "da", "del", "della", "dos", "das", "du", "bin", "ibn", "al", "el", "le", "la", "ter", "ten", "zu", "of"]);

/**
 * A model span that runs on past the end of a listed organisation without a connector
 * ("la presidente della Commissione europea Ursula von der Leyen", "Politico Washington"
 * read as one name) has
 * read two names as one: the listed name stands, the rest is left to the other sources.
 * "Joint Chiefs of Staff della Corea del Sud" is one longer name and stays, and so do
 * names built on a place ("New York Post").
 */
function dropModelSpansOverListedNames(sentence: Doc["sentences"][number], pool: Candidate[]): Candidate[] {
  const listed = pool.filter((c) => c.rank === RANK.curated && c.type === "ORG");
  if (listed.length === 0) return pool;
  return pool.filter((c) => {
    if (c.rank !== RANK.model) return true;
    return !listed.some((l) => {
      if (l.tokenStart !== c.tokenStart || l.tokenEnd >= c.tokenEnd) return false;
      return !PARTICLES.has(sentence.tokens[l.tokenEnd]!.text.toLowerCase().replace(/['’]$/, ""));
    });
  });
}

/** Non-overlapping candidates: longer spans first, then by rank, then by score. */
function settle(pool: Candidate[], accepted: Candidate[]): Candidate[] {
  const sorted = [...pool].sort(
    (a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.rank - b.rank || b.score - a.score || a.tokenStart - b.tokenStart,
  );
  for (const c of sorted) {
    if (accepted.some((a) => a.tokenStart < c.tokenEnd && c.tokenStart < a.tokenEnd)) continue;
    accepted.push(c);
  }
  return accepted;
}

/**
 * A person's name goes on over the capitalised words and initials right after it ("Kim
 * Jong" + "Un", "George" + "W. Bush") when nothing else claims them: mid-sentence, a
 * capital is a name.
 */
function extendPeople(sentence: Doc["sentences"][number], accepted: Candidate[]): void {
  const toks = sentence.tokens;
  const absorbed = new Set<Candidate>();
  for (const c of accepted) {
    if (c.type !== "PERSON" || absorbed.has(c)) continue;
    let end = c.tokenEnd;
    for (;;) {
      let next = end;
      while (freeParticle(toks, accepted, c, next)) next++;
      // "Lula" + "da" + "Silva": two halves of one name the model split at a particle.
      const other = next > end ? accepted.find((o) => o !== c && o.type === "PERSON" && o.tokenStart === next) : undefined;
      if (other) {
        absorbed.add(other);
        end = other.tokenEnd;
        other.tokenStart = other.tokenEnd; // empty: claims no token while the loop goes on
        continue;
      }
      if (
        !freeCapital(toks, accepted, c, next) ||
        // A sentence word ("Secondo", "Le") after a name starts a new line or a title,
        // unless the name is of Korean syllables ("Kim Jong" + "Un").
        (SENTENCE_WORDS.has(toks[next]!.text.toLowerCase()) && !syllables(toks, c.tokenStart, next))
      )
        break;
      end = next + 1;
    }
    // Backwards only across particles: "Ursula" + "von" + "der Leyen".
    let start = c.tokenStart;
    for (;;) {
      let prev = start - 1;
      if (!freeParticle(toks, accepted, c, prev)) break;
      while (freeParticle(toks, accepted, c, prev - 1)) prev--;
      if (!freeCapital(toks, accepted, c, prev - 1) || SENTENCE_WORDS.has(toks[prev - 1]!.text.toLowerCase())) break;
      start = prev - 1;
    }
    if (end === c.tokenEnd && start === c.tokenStart) continue;
    c.why += `; extended over "${[tokenText(toks, start, c.tokenStart), tokenText(toks, c.tokenEnd, end)].filter(Boolean).join('" and "')}" around it`;
    c.tokenStart = start;
    c.tokenEnd = end;
    c.start = toks[start]!.start;
    c.end = toks[end - 1]!.end;
  }
  for (let i = accepted.length - 1; i >= 0; i--) if (absorbed.has(accepted[i]!)) accepted.splice(i, 1);
}

/** Whether token `i` is taken by no accepted candidate but `c`. */
function free(accepted: readonly Candidate[], c: Candidate, i: number): boolean {
  for (const o of accepted) if (o !== c && o.tokenStart <= i && i < o.tokenEnd) return false;
  return true;
}

/** A capitalised word or an initial at token `i` that no other candidate claims. */
function freeCapital(toks: Doc["sentences"][number]["tokens"], accepted: readonly Candidate[], c: Candidate, i: number): boolean {
  return i >= 0 && i < toks.length && /^\p{Lu}([\p{L}'’-]*|\.)$/u.test(toks[i]!.text) && free(accepted, c, i);
}

/** A name particle ("da", "von") at token `i` that no other candidate claims. */
function freeParticle(toks: Doc["sentences"][number]["tokens"], accepted: readonly Candidate[], c: Candidate, i: number): boolean {
  return i >= 0 && i < toks.length && PARTICLES.has(toks[i]!.text.toLowerCase()) && free(accepted, c, i);
}

/** The texts of tokens [from, to), space-separated. */
function tokenText(toks: Doc["sentences"][number]["tokens"], from: number, to: number): string {
  return toks.slice(from, to).map((t) => t.text).join(" ");
}

function syllables(toks: Doc["sentences"][number]["tokens"], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (toks[i]!.text.length > 4) return false;
  return true;
}

/**
 * "Turning Point USA", "Google Italia": capitalised words the other sources left alone,
 * followed by a place in the same run, are one organisation named after the place.
 */
function nameWithPlace(sentence: Doc["sentences"][number], runs: readonly CapitalisedRun[], accepted: Candidate[]): Candidate[] {
  let out = accepted;
  for (const run of runs) {
    const inside = out.filter((c) => c.tokenStart >= run.tokenStart && c.tokenEnd <= run.tokenEnd);
    if (inside.length !== 1) continue;
    const place = inside[0]!;
    if ((place.type !== "GPE" && place.type !== "LOC") || place.tokenEnd !== run.tokenEnd || place.tokenStart === run.tokenStart) continue;
    const toks = sentence.tokens;
    const own = toks.slice(run.tokenStart, place.tokenStart);
    // Only names written straight into the place: "Vescovo di Ascoli" is a role and a
    // place; a lone capitalised word opening the sentence is just the sentence's start.
    if (own.some((t) => /^\p{Ll}/u.test(t.text))) continue;
    if (own.length === 1 && !toks.slice(0, run.tokenStart).some((t) => /[\p{L}\p{N}]/u.test(t.text))) continue;
    if (matchRoleInSentence(sentence, run.tokenStart)) continue;
    if (out.some((c) => c !== place && c.tokenStart < run.tokenEnd && run.tokenStart < c.tokenEnd)) continue;
    const surface = toks.slice(run.tokenStart, run.tokenEnd).map((t) => t.text).join(" ");
    out = out.filter((c) => c !== place);
    out.push(
      tokenCandidate(sentence, run.tokenStart, run.tokenEnd, {
        type: "ORG",
        by: "rule:name-with-place",
        why: `"${surface}" is an unknown capitalised name ending in the place "${toks.slice(place.tokenStart, place.tokenEnd).map((t) => t.text).join(" ")}": an organisation`,
        rank: RANK.shapeRule,
        score: 0.5,
      }),
    );
  }
  return out;
}

function toMention(text: string): (c: Candidate) => Mention {
  return (c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    kind: "name",
    sentence: c.sentence,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    provenance: [{ by: c.by, why: c.why }],
    score: c.score,
  });
}
