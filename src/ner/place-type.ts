import type { EntityType } from "../types.ts";
import { gazetteer } from "../nlp/it/gazetteer/index.ts";

// KIND tags every place LOC; the ontology splits places with a government (GPE: country,
// city, governed region) from places without one (LOC: seas, mountains, regions of the
// world). Listed places carry their type; for the rest the head word decides, and a
// named place without a geographic head word is most often a town or region: GPE.

const UNGOVERNED_HEADS = new Set([
  "mar",
  "mare",
  "oceano",
  "golfo",
  "fiume",
  "lago",
  "monte",
  "monti",
  "isola",
  "isole",
  "penisola",
  "valle",
  "val",
  "deserto",
  "stretto",
  "canale",
  "baia",
  "costa",
  "catena",
  "altopiano",
  "capo",
  "promontorio",
  "foresta",
  "parco",
  "piazza",
  "via",
  "viale",
  "corso",
  "ponte",
  "aeroporto",
  "porto",
  "stazione",
  "vulcano",
  "ghiacciaio",
  "pianura",
  "delta",
  "laguna",
  "riviera",
  "alpi",
  "appennino",
  "estremo",
  "medio",
  "vicino",
  "sud-est",
  "nord-est",
  "nord-ovest",
  "sud-ovest",
]);

/**
 * GPE or LOC for a place the model found, from its first word; `firstPiece` (folded) lets
 * a listed place without a government lend its type ("Mediterraneo orientale").
 */
export function placeType(firstWord: string, firstPiece?: string): EntityType {
  if (UNGOVERNED_HEADS.has(firstWord.toLowerCase())) return "LOC";
  if (firstPiece !== undefined) {
    const listed = gazetteer().matchesAt([firstPiece], 0)[0]?.[1];
    if (listed?.some((h) => h.entry.type === "LOC") && !listed.some((h) => h.entry.type === "GPE")) return "LOC";
  }
  return "GPE";
}
