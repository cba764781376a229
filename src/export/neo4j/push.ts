import type { CorpusGraph } from "../../graph/corpus-graph.ts";
import type { Neo4jSettings } from "./settings.ts";
import { CONSTRAINTS, cypherBatches } from "./statements.ts";

// Loads a graph into a running Neo4j over Bolt with the same statements as the import
// script, but with the rows sent as the $rows parameter instead of inlined. One managed
// transaction per batch (session.executeWrite), which the driver retries on transient
// errors and lost connections for up to its maxTransactionRetryTime; a batch that still
// fails stops the push, and because every statement is a MERGE, running the push again
// resumes it without duplicates.
//
// The driver is passed in (the structural subset of neo4j-driver used here), so tests
// drive this exact code with a recording session.

export interface PushStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
  constraintsAdded: number;
}

export interface PushTransaction {
  run(query: string, parameters: Record<string, unknown>): PromiseLike<{ summary: { counters: { updates(): PushStats } } }>;
}

export interface PushSession {
  executeWrite<T>(work: (tx: PushTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface PushDriver {
  session(config: { database?: string }): PushSession;
}

export interface PushOptions extends Partial<Neo4jSettings> {
  database?: string;
  /** Called after each statement with rows done and rows in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface PushReport {
  statements: number;
  rows: number;
  /** Rows sent per kind: "articles", "entities:PERSON", "MENTIONED_IN", "MET"… */
  rowsByKind: Record<string, number>;
  stats: PushStats;
}

const STAT_KEYS: ReadonlyArray<keyof PushStats> = [
  "nodesCreated",
  "nodesDeleted",
  "relationshipsCreated",
  "relationshipsDeleted",
  "propertiesSet",
  "labelsAdded",
  "labelsRemoved",
  "constraintsAdded",
];

function emptyStats(): PushStats {
  return Object.fromEntries(STAT_KEYS.map((k) => [k, 0])) as unknown as PushStats;
}

export async function pushGraph(graph: CorpusGraph, driver: PushDriver, options: PushOptions = {}): Promise<PushReport> {
  const batches = cypherBatches(graph, options.batchSize === undefined ? {} : { batchSize: options.batchSize });
  const total = batches.reduce((n, b) => n + b.rows.length, 0);
  const report: PushReport = { statements: 0, rows: 0, rowsByKind: {}, stats: emptyStats() };
  const session = driver.session(options.database === undefined ? {} : { database: options.database });

  const run = async (query: string, parameters: Record<string, unknown>) => {
    const result = await session.executeWrite(async (tx) => await tx.run(query, parameters));
    const updates = result.summary.counters.updates();
    for (const key of STAT_KEYS) report.stats[key] += updates[key] ?? 0;
    report.statements += 1;
  };

  try {
    // Schema statements cannot share a transaction with data writes: one each.
    for (const constraint of CONSTRAINTS) await run(constraint, {});
    for (const batch of batches) {
      await run(batch.query, { rows: batch.rows });
      report.rows += batch.rows.length;
      report.rowsByKind[batch.what] = (report.rowsByKind[batch.what] ?? 0) + batch.rows.length;
      options.onProgress?.(report.rows, total);
    }
  } finally {
    await session.close();
  }
  return report;
}
