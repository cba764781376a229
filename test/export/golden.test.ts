import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { toGexf } from "../../src/export/gexf.ts";
import { toGraphml } from "../../src/export/graphml.ts";
import { toJson } from "../../src/export/json.ts";
import { toTriplesCsv, toTriplesJsonl } from "../../src/export/triples.ts";
import { toCypher } from "../../src/export/neo4j/cypher.ts";
import { toNeo4jCsv } from "../../src/export/neo4j/csv.ts";
import { fixtureGraph } from "./fixture-graph.ts";

// Golden files: every format of the fixture graph, byte for byte. After an intended
// change, regenerate them with
//   UPDATE_GOLDEN=1 npx mocha test/export/golden.test.ts
// and read the diff before committing it.

const DIR = "test/fixtures/export";
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function outputs(): Map<string, string> {
  const graph = fixtureGraph();
  const files = new Map<string, string>([
    ["fixture.gexf", toGexf(graph)],
    ["fixture.1.2draft.gexf", toGexf(graph, { version: "1.2draft" })],
    ["fixture.graphml", toGraphml(graph)],
    ["fixture.json", toJson(graph)],
    ["fixture.triples.csv", toTriplesCsv(graph)],
    ["fixture.triples.jsonl", toTriplesJsonl(graph)],
    ["fixture.cypher", toCypher(graph, { batchSize: 3 })],
  ]);
  for (const [name, text] of toNeo4jCsv(graph)) files.set(join("neo4j-csv", name), text);
  return files;
}

describe("export/golden files", () => {
  for (const [name, text] of outputs()) {
    it(`${name} matches ${join(DIR, name)}`, () => {
      const path = join(DIR, name);
      if (UPDATE) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        return;
      }
      assert.ok(existsSync(path), `${path} is missing; create it with UPDATE_GOLDEN=1`);
      // Compared as the UTF-8 bytes a file holds (a lone surrogate is written as U+FFFD).
      assert.equal(Buffer.from(text, "utf8").toString("utf8"), readFileSync(path, "utf8"), `${name} changed; if intended, rerun with UPDATE_GOLDEN=1 and review the diff`);
    });
  }
});
