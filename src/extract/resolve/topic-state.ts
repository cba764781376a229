import type { Doc, Mention } from "../../types.ts";
import { countryId, entryById, namePieces } from "../../nlp/it/gazetteer/index.ts";

// "La Borduria ha votato. Il presidente Ivo Tarsi ha ammesso la sconfitta": news names a
// foreign head of state or minister by the bare title when the article is about his one
// country. The state is the article's topic when it is the only one the article names as
// an actor (by name, capital or nationality) and it is not Italy, which Italian news names
// in passing whatever it is about.

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

export function isStateTitle(title: string, family: string): boolean {
  return STATE_FAMILIES.has(family) && !NOT_STATE_TITLES.has(title);
}

/** The one foreign state the article names as an actor, or undefined. */
export function topicState(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const states = new Set<string>();
  for (const m of mentions) {
    // A capital used as an actor has the state as its entity; one used as a place keeps its own.
    const id = m.entity;
    if (id === undefined || entryById(id)?.source !== "countries") continue;
    const before = doc.sentences[m.sentence]?.tokens[m.tokenStart - 1]?.text;
    if (m.kind === "name" && m.actor !== id && before !== undefined && PLACE_PREPOSITIONS.has(namePieces(before).join(" "))) continue;
    states.add(id);
  }
  const [only] = states;
  return states.size === 1 && only !== ITALY ? only : undefined;
}
