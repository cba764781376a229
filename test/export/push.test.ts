import assert from "node:assert/strict";
import neo4j from "neo4j-driver";
import { pushGraph, type PushDriver, type PushStats } from "../../src/export/neo4j/push.ts";
import { CONSTRAINTS, cypherBatches } from "../../src/export/neo4j/statements.ts";
import { printableUri, scrubSecret } from "../../src/cli/push.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { lintProblems } from "./helpers.ts";

interface Recorded {
  query: string;
  parameters: Record<string, unknown>;
}

function stats(partial: Partial<PushStats> = {}): PushStats {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
    constraintsAdded: 0,
    ...partial,
  };
}

/** A driver whose session records every statement, one transaction per executeWrite. */
function recordingDriver(options: { failAt?: number } = {}) {
  const recorded: Recorded[] = [];
  const sessions: Array<{ database?: string; closed: boolean; transactions: number }> = [];
  const driver: PushDriver = {
    session(config) {
      const state = { ...config, closed: false, transactions: 0 };
      sessions.push(state);
      return {
        async executeWrite(work) {
          state.transactions += 1;
          return work({
            run(query, parameters) {
              if (options.failAt !== undefined && recorded.length === options.failAt) {
                return Promise.reject(Object.assign(new Error("boom"), { code: "Neo.TransientError.General.OutOfMemoryError" }));
              }
              recorded.push({ query, parameters });
              const rows = (parameters.rows as unknown[] | undefined)?.length ?? 0;
              return Promise.resolve({ summary: { counters: { updates: () => stats({ nodesCreated: rows, propertiesSet: 2 * rows }) } } });
            },
          });
        },
        async close() {
          state.closed = true;
        },
      };
    },
  };
  return { driver, recorded, sessions };
}

describe("export/neo4j/push", () => {
  const graph = fixtureGraph();

  it("sends the constraints, then every batch as $rows, one transaction each, and closes the session", async () => {
    const { driver, recorded, sessions } = recordingDriver();
    const progress: number[] = [];
    const report = await pushGraph(graph, driver, { database: "trama", batchSize: 2, onProgress: (done) => progress.push(done) });
    const batches = cypherBatches(graph, { batchSize: 2 });
    assert.deepEqual(recorded.map((r) => r.query), [...CONSTRAINTS, ...batches.map((b) => b.query)]);
    assert.deepEqual(recorded.slice(2).map((r) => r.parameters.rows), batches.map((b) => b.rows));
    assert.equal(sessions.length, 1);
    assert.equal(sessions[0]!.database, "trama");
    assert.equal(sessions[0]!.transactions, recorded.length);
    assert.ok(sessions[0]!.closed);
    const rows = batches.reduce((n, b) => n + b.rows.length, 0);
    assert.equal(report.rows, rows);
    assert.equal(report.statements, recorded.length);
    assert.equal(report.stats.nodesCreated, rows);
    assert.equal(progress[progress.length - 1], rows);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b));
  });

  it("sends statements Neo4j's linter accepts, with hostile names only in parameters", async () => {
    const { driver, recorded } = recordingDriver();
    await pushGraph(graph, driver);
    const queries = [...new Set(recorded.map((r) => r.query))];
    assert.deepEqual(lintProblems(`${queries.join(";\n")};`, { parameters: true }), []);
    const text = queries.join("\n");
    for (const name of Object.values(HOSTILE)) assert.ok(!text.includes(name), name);
    const params = JSON.stringify(recorded.map((r) => r.parameters));
    assert.ok(params.includes(JSON.stringify(HOSTILE.gpe).slice(1, -1)));
  });

  it("stops at a failing batch, closes the session and passes the error on", async () => {
    const { driver, sessions } = recordingDriver({ failAt: 4 });
    await assert.rejects(pushGraph(graph, driver, { batchSize: 2 }), /boom/);
    assert.ok(sessions[0]!.closed);
  });

  it("never prints credentials: scrubs the password and strips user:password@ from the address", () => {
    assert.equal(scrubSecret("auth failed for s3cr3t! (s3cr3t!)", "s3cr3t!"), "auth failed for *** (***)");
    assert.equal(scrubSecret("nothing here", ""), "nothing here");
    assert.equal(printableUri("neo4j://alice:s3cr3t@db.example:7687"), "neo4j://db.example:7687");
    assert.equal(printableUri("bolt://localhost:7687"), "bolt://localhost:7687");
    assert.equal(printableUri("not a uri s3cr3t"), "the given --uri");
  });

  it("loads into a real Neo4j, and a second push creates nothing (only with NEO4J_URI set)", async function () {
    const uri = process.env.NEO4J_URI;
    if (uri === undefined) {
      process.stderr.write("      (skipped: no Neo4j; set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD to run it)\n");
      this.skip();
      return;
    }
    this.timeout(120_000);
    const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
    const database = process.env.NEO4J_DATABASE;
    try {
      const options = database === undefined ? {} : { database };
      await pushGraph(graph, driver, options);
      const again = await pushGraph(graph, driver, options);
      assert.equal(again.stats.nodesCreated, 0);
      assert.equal(again.stats.relationshipsCreated, 0);
      assert.equal(again.stats.labelsAdded, 0);
      assert.equal(again.stats.labelsRemoved, 0);
      const session = driver.session(options);
      try {
        const result = await session.run("MATCH (n:Entity {id: $id}) RETURN n.name AS name, labels(n) AS labels", { id: "borgo-quieto" });
        assert.equal(result.records[0]!.get("name"), HOSTILE.gpe);
        assert.deepEqual([...(result.records[0]!.get("labels") as string[])].sort(), ["Entity", "GPE", "Place"]);
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
  });
});
