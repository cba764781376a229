import type { Doc, Mention } from "../../types.ts";
import { countryId, entryById, namePieces } from "../../nlp/it/gazetteer/index.ts";

// "La Borduria ha votato. Il presidente Ivo Tarsi ha ammesso la sconfitta": news names a
// foreign head of state or minister by the bare title when the article is about his one
// country. The state is the article's topic when it is the only one the article names as
// an actor (by name, capital or nationality), or the one it names far more often than any
// other, and it is not Italy, which Italian news names in passing whatever it is about.

/** Titles of a state's own offices (not of a party's or a company's: "leader", "presidente" of a club is read from the sentence). */
const STATE_FAMILIES: ReadonlySet<string> = new Set([
  "leader", "premier", "monarch", "vicepremier", "vicepresidente", "ministro", "ministro di un dicastero", "ministro degli Esteri",
  "ministro della Difesa", "ministro dell'Interno", "ministro dell'Economia", "ministro della Giustizia", "vice ministro",
  "vice ministro degli Esteri", "vice ministro della Difesa",
]);
/** Titles of those families that name a party's or a movement's post as often as a state's. */
const NOT_STATE_TITLES: ReadonlySet<string> = new Set(["leader", "leader supremo", "co-leader", "coleader", "co-presidente", "copresidente"]);
/** A state after these is a place, not an actor ("è arrivato in Francia"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "a", "nel", "nella", "al", "alla", "da", "dal", "dalla", "verso", "dall", "nell", "all"]);
const ITALY = countryId("IT");
/** How often, and how many times more often than any other, a state must be named to be the topic among several. */
const DOMINANT_MENTIONS = 3;
const DOMINANCE = 2;

export function isStateTitle(title: string, family: string): boolean {
  return STATE_FAMILIES.has(family) && !NOT_STATE_TITLES.has(title);
}

/**
 * The foreign state the article is about: the only one it names as an actor, or one it
 * names as an actor at least DOMINANT_MENTIONS times and DOMINANCE times as often as any
 * other (Italy included), so a story about Greece that thanks Italy and Turkey once each
 * is still Greece's.
 */
export function topicState(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    // A capital used as an actor has the state as its entity; one used as a place keeps its own.
    const id = m.entity;
    if (id === undefined || entryById(id)?.source !== "countries") continue;
    const before = doc.sentences[m.sentence]?.tokens[m.tokenStart - 1]?.text;
    if (m.kind === "name" && m.actor !== id && before !== undefined && PLACE_PREPOSITIONS.has(namePieces(before).join(" "))) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let top: string | undefined;
  let most = 0;
  let second = 0;
  for (const [id, n] of counts) {
    if (n > most) {
      second = most;
      most = n;
      top = id;
    } else if (n > second) second = n;
  }
  if (top === undefined || top === ITALY) return undefined;
  return counts.size === 1 || (most >= DOMINANT_MENTIONS && most >= DOMINANCE * second) ? top : undefined;
}
