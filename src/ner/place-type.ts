import type { EntityType } from "../types.ts";

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

export function placeType(firstWord: string): EntityType {
  return UNGOVERNED_HEADS.has(firstWord.toLowerCase()) ? "LOC" : "GPE";
}
