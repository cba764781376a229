import { SettingsError } from "../../errors.ts";

export interface Neo4jSettings {
  /** Rows per UNWIND statement (and per transaction when pushing). */
  batchSize: number;
}

export const DEFAULT_NEO4J_SETTINGS: Neo4jSettings = { batchSize: 500 };

export function resolveNeo4jSettings(partial: Partial<Neo4jSettings> = {}): Neo4jSettings {
  const settings = { ...DEFAULT_NEO4J_SETTINGS, ...partial };
  validateNeo4jSettings(settings);
  return settings;
}

export function validateNeo4jSettings(settings: Neo4jSettings): void {
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 1) {
    throw new SettingsError("neo4j.batchSize", `is ${settings.batchSize}`, "use a whole number of rows, 1 or more (500 is a good size)");
  }
}
