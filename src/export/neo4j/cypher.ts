import type { CorpusGraph } from "../../graph/corpus-graph.ts";
import { cypherLiteral } from "./literal.ts";
import type { Neo4jSettings } from "./settings.ts";
import { CONSTRAINTS, ROWS_PREFIX, cypherBatches, type CypherBatch } from "./statements.ts";

// The import script for `cypher-shell -f import.cypher`: constraints first, then one
// UNWIND statement per batch with its rows inlined as a list literal (see literal.ts for
// why that is safe). Running it twice leaves the database as after the first run.

/** A batch as a self-contained statement (no parameters), without the trailing `;`. */
export function inlineBatch(batch: CypherBatch): string {
  const rows = batch.rows.map((row) => cypherLiteral(row)).join(",\n");
  return `UNWIND [\n${rows}\n] AS row\n${batch.query.slice(ROWS_PREFIX.length)}`;
}

export function toCypher(graph: CorpusGraph, settings: Partial<Neo4jSettings> = {}): string {
  const batches = cypherBatches(graph, settings);
  const articles = Object.keys(graph.getAttribute("articles") ?? {}).length;
  const out = [
    `// trama → Neo4j: ${graph.order} entities, ${graph.size} relations, ${articles} articles.`,
    "// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f import.cypher",
    "// Safe to run again: nodes are MERGEd on their id, relationships between them, properties SET.",
    ...CONSTRAINTS.map((c) => `${c};`),
    ...batches.map((b) => `${inlineBatch(b)};`),
  ];
  return `${out.join("\n")}\n`;
}
