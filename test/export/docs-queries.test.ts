import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lintProblems, TRAMA_SCHEMA } from "./helpers.ts";

// The ready queries of docs/neo4j.md and of the README must run on the graph the exports
// make: Neo4j's linter, given the exported labels, relationship types and property names,
// reports no error and no warning (a misspelt property would be one).

for (const file of ["docs/neo4j.md", "README.md"]) describe(`${file} queries`, () => {
  const doc = readFileSync(file, "utf8");
  const queries = [...doc.matchAll(/```cypher\n([^]*?)```/g)].map((m) => m[1]!.trim());

  it("has the promised queries", () => {
    assert.ok(queries.length >= 5, `${queries.length} cypher blocks`);
    for (const needle of ["Putin", "Shoigu", ":SUPPLIED", "month", ":MENTIONED_IN"]) {
      assert.ok(queries.some((q) => q.includes(needle)), needle);
    }
  });

  it("lint clean against the exported schema", () => {
    assert.deepEqual(lintProblems(queries.map((q) => `${q};`).join("\n")), []);
  });

  it("the schema check is live: a misspelt property is reported", () => {
    assert.ok((TRAMA_SCHEMA.propertyKeys ?? []).includes("evidenceSentences"));
    assert.notDeepEqual(lintProblems("MATCH (e:Entity) RETURN e.nmae"), []);
  });
});
