import type { EntityType } from "../../../types.ts";

/** Which list an entry comes from; printed in provenance as `gazetteer:<source>`. */
export type GazetteerSource =
  | "countries"
  | "cities"
  | "regions"
  | "places"
  | "seats"
  | "organisations"
  | "events"
  | "kind-orgs";

/** One known name: the entity it names and what the lists know about it. */
export interface GazetteerEntry {
  /** Corpus-wide entity id ("north-korea", "moscow", "tass"). */
  id: string;
  /** Canonical name ("Corea del Nord"). */
  name: string;
  type: EntityType;
  source: GazetteerSource;
  /** Id of the state it lies in or is based in (LOCATED_IN, BASED_IN). */
  country?: string;
  /** Metonymy: the state a capital or seat of power stands for when it acts. */
  standsFor?: string;
  /** Only matches text written in capitals ("USA", "TASS"): keeps "Usa" the verb out. */
  acronym?: boolean;
  /** A capital city: used as an actor it is its state. */
  capital?: boolean;
}

/** An entry with the name variant it was listed under. */
export interface NamedEntry {
  variant: string;
  entry: GazetteerEntry;
}
