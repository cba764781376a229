// The gazetteer: every known name in one piece trie, built once on first use.
// Lookups: `gazetteer().matchesAt(pieces, i)`; entries say which list they came from.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cityEntries } from "./cities.ts";
import { countryEntries } from "./countries.ts";
import type { GazetteerEntry, GazetteerSource, NamedEntry } from "./entry.ts";
import { eventEntries } from "./events.ts";
import { organisationEntries, seatEntries } from "./organisations.ts";
import { firstPiece, namePieces } from "./pieces.ts";
import { regionEntries } from "./regions.ts";
import { PieceTrie } from "./trie.ts";

export type { GazetteerEntry, GazetteerSource, NamedEntry } from "./entry.ts";
export { namePieces, slugify, foldPiece } from "./pieces.ts";
export { countryId } from "./countries.ts";

/** A listed name as stored in the trie: the entry and the variant that matched. */
export interface GazetteerHit {
  entry: GazetteerEntry;
  variant: string;
  /** Lower is preferred when two lists know the same span. */
  rank: number;
}

/** Curated lists outrank the large KIND list; places outrank organisations of the same name. */
const RANK: Record<GazetteerSource, number> = {
  seats: 0,
  countries: 1,
  cities: 2,
  regions: 3,
  places: 3,
  organisations: 4,
  events: 4,
  "kind-orgs": 9,
};

const KIND_ORGS = join(dirname(fileURLToPath(import.meta.url)), "data", "kind-orgs.txt");

/** A KIND organisation name as the trie stores it. */
function kindName(line: string): { pieces: string[]; value: GazetteerHit } {
  const pieces = namePieces(line);
  const entry: GazetteerEntry = { id: pieces.join("-"), name: line, type: "ORG", source: "kind-orgs" };
  return { pieces, value: { entry, variant: line, rank: RANK["kind-orgs"] } };
}

let trie: PieceTrie<GazetteerHit> | undefined;
let byId: Map<string, GazetteerEntry> | undefined;

function curated(): NamedEntry[] {
  return [...seatEntries(), ...countryEntries(), ...cityEntries(), ...regionEntries(), ...organisationEntries(), ...eventEntries()];
}

function build(): PieceTrie<GazetteerHit> {
  const t = new PieceTrie<GazetteerHit>(kindName);
  byId = new Map();
  for (const { variant, entry } of curated()) {
    t.add(namePieces(variant), { entry, variant, rank: RANK[entry.source] });
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  for (const line of readFileSync(KIND_ORGS, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    // 71,000 names, most never met in a text: each enters the trie when a lookup first
    // reaches its first piece (building them all cost every process a third of a CPU-second).
    const first = firstPiece(line);
    if (first !== undefined) t.addLater(first, line);
  }
  return t;
}

/** The trie of every listed name (countries, cities, regions, places, seats, organisations, events, KIND). */
export function gazetteer(): PieceTrie<GazetteerHit> {
  return (trie ??= build());
}

const longCurated = new Map<number, PieceTrie<GazetteerHit>>();

/**
 * Only the curated names (no KIND list) of `minPieces` pieces or more: all that a word in
 * lower case may open. Most words of a text are in lower case and half of them open some
 * listed name ("la", "banca"); this small trie answers them without probing the large one.
 */
export function longCuratedNames(minPieces: number): PieceTrie<GazetteerHit> {
  let t = longCurated.get(minPieces);
  if (!t) {
    t = new PieceTrie<GazetteerHit>();
    for (const { variant, entry } of curated()) {
      const pieces = namePieces(variant);
      if (pieces.length >= minPieces) t.add(pieces, { entry, variant, rank: RANK[entry.source] });
    }
    longCurated.set(minPieces, t);
  }
  return t;
}

/** A curated entry by id ("russia" → its entry), for canonical names and countries. */
export function entryById(id: string): GazetteerEntry | undefined {
  if (!byId) trie ??= build();
  return byId!.get(id);
}
