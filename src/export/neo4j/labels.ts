import { DataError } from "../../errors.ts";
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../../types.ts";

// Neo4j labels and relationship types come from the ontology only (shared/spec/ontology.md),
// never from data, so they are written without backticks and cannot be injected.

export const ENTITY_LABELS: Record<EntityType, readonly string[]> = {
  PERSON: ["Person"],
  ORG: ["Organization"],
  GPE: ["Place", "GPE"],
  LOC: ["Place", "Location"],
  EVENT: ["Event"],
};

/** Every type label, so a re-import can clear the ones an entity no longer has. */
export const ALL_TYPE_LABELS: readonly string[] = [...new Set(Object.values(ENTITY_LABELS).flat())];

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

export function checkEntityType(type: string, node: string): EntityType {
  if (!ENTITY_TYPE_SET.has(type)) {
    throw new DataError(
      `trama: node '${node}' has type '${type}', which is not one of ${ENTITY_TYPES.join(", ")}; rebuild the graph with 'trama build'`,
    );
  }
  return type as EntityType;
}

export function checkRelationType(type: string, edge: string): RelationType {
  if (!RELATION_TYPE_SET.has(type)) {
    throw new DataError(
      `trama: edge '${edge}' has relation type '${type}', which is not in the ontology; rebuild the graph with 'trama build'`,
    );
  }
  return type as RelationType;
}
