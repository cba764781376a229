import assert from "node:assert/strict";
import { parseStatementsStrs } from "@neo4j-cypher/language-support";
import { toCypher, inlineBatch } from "../../src/export/neo4j/cypher.ts";
import { CONSTRAINTS, cypherBatches, type Row } from "../../src/export/neo4j/statements.ts";
import type { CypherValue } from "../../src/export/neo4j/literal.ts";
import { createCorpusGraph } from "../../src/graph/corpus-graph.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { lintProblems } from "./helpers.ts";
import { cypherShellStatements, javaccPreprocess, lexStrings } from "./cypher-model.ts";

function mapStrings(value: CypherValue, f: (s: string) => string): CypherValue {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v as CypherValue, f)]));
  }
  return value;
}

function stringsOf(value: CypherValue, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => stringsOf(v as CypherValue, out));
  return out;
}

/** What a UTF-8 file can carry of a JavaScript string. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}

describe("export/neo4j/cypher", () => {
  const graph = fixtureGraph();
  const script = toCypher(graph, { batchSize: 2 });
  const batches = cypherBatches(graph, { batchSize: 2 });

  it("passes Neo4j's linter with no error or warning", () => {
    // Default batch size: the linter takes about half a second per statement, and the
    // statements the push sends are linted in push.test.ts.
    assert.deepEqual(lintProblems(toCypher(graph)), []);
  });

  it("starts with the two constraints, then one statement per batch, as cypher-shell splits it", () => {
    const expected = CONSTRAINTS.length + batches.length;
    const shell = cypherShellStatements(script);
    assert.equal(shell.length, expected);
    assert.deepEqual(shell.slice(0, 2).map((s) => s.split("\n").pop()), [...CONSTRAINTS]);
    assert.equal(parseStatementsStrs(script).filter((s) => s.trim() !== "").length, expected);
  });

  for (const [model, preprocess, unicode] of [
    ["Neo4j 5 JavaCC (unicode escapes first)", javaccPreprocess, false],
    ["ANTLR (unicode escapes in strings)", (q: string) => q, true],
  ] as const) {
    it(`keeps hostile names as data under the ${model} reading`, () => {
      const lexed = lexStrings(preprocess(script), unicode);
      // Same statements with every string replaced by a harmless one: identical structure.
      const benign = [
        ...CONSTRAINTS.map((c) => `${c};`),
        ...batches.map((b) => `${inlineBatch({ ...b, rows: b.rows.map((r) => mapStrings(r, () => "x") as Row) })};`),
      ].join("\n");
      const fromFirstStatement = (text: string) => text.slice(text.indexOf("CREATE")).trim();
      assert.equal(fromFirstStatement(lexed.structure), fromFirstStatement(lexStrings(benign, true).structure));
      // Every literal decodes to exactly the data it carries, in order.
      assert.deepEqual(lexed.strings, batches.flatMap((b) => b.rows.flatMap((r) => stringsOf(r))).map(wellFormed));
      for (const name of Object.values(HOSTILE)) {
        if (!/[\u0000-\u001F\uD800-\uDFFF]/u.test(name)) assert.ok(lexed.strings.some((s) => s.includes(name)), name);
      }
    });
  }

  it("is idempotent by construction: data statements only MERGE on ids and SET", () => {
    for (const { query } of batches) {
      assert.match(query, /\bMERGE \((?:a:Article|n:Entity) \{id: row\.id\}\)|\bMERGE \((?:n|s)\)-\[(?:r:[A-Z_]+|:MENTIONED_IN)\]->\((?:a|o)\)/);
      assert.doesNotMatch(query, /\bCREATE\b|\bDELETE\b|\bDETACH\b/);
    }
    for (const c of CONSTRAINTS) assert.match(c, /IF NOT EXISTS/);
  });

  it("labels entities by type and gives relationships the ontology's types", () => {
    const what = batches.map((b) => b.what);
    for (const kind of ["articles", "entities:PERSON", "entities:GPE", "MENTIONED_IN", "MET", "SUPPLIED", "HOLDS_ROLE"]) assert.ok(what.includes(kind), kind);
    assert.match(script, /SET n:Place:GPE\n/);
    assert.match(script, /SET n:Place:Location\n/);
    assert.match(script, /MERGE \(s\)-\[r:SUPPLIED\]->\(o\)/);
  });

  it("batches rows by the batch size", () => {
    for (const b of batches) assert.ok(b.rows.length >= 1 && b.rows.length <= 2);
    const mentions = cypherBatches(graph, { batchSize: 1000 }).filter((b) => b.what === "MENTIONED_IN");
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0]!.rows.length, graph.reduceNodes((n, _, a) => n + a.articles.length, 0));
  });

  it("refuses a type outside the ontology with a trama: error", () => {
    const bad = createCorpusGraph();
    bad.addNode("x", { label: "X", type: "ALIEN" as never, aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 1 });
    assert.throws(() => toCypher(bad), /^DataError: trama: node 'x' has type 'ALIEN'/);
    assert.throws(() => toCypher(graph, { batchSize: 0 }), /setting 'neo4j.batchSize'/);
  });
});
