import assert from "node:assert/strict";
import { ARRAY_DELIMITER, NEO4J_CSV_FILES, neo4jAdminCommand, toNeo4jCsv } from "../../src/export/neo4j/csv.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { parseCsv } from "./helpers.ts";

// Header syntax of `neo4j-admin database import`: name:type, ID/START_ID/END_ID with an
// id space, :LABEL, :TYPE; types from its manual.
const HEADER = /^(?:[A-Za-z_][A-Za-z0-9_]*)?(?::(?:ID|START_ID|END_ID)\((?:Entity|Article)\)|:LABEL|:TYPE|:(?:int|long|float|double|boolean|byte|short|char|string|date)(?:\[\])?)?$/;

function table(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    assert.equal(row.length, header!.length, `row ${JSON.stringify(row)} has ${row.length} fields, header ${header!.length}`);
    return Object.fromEntries(header!.map((h, i) => [h, row[i]!]));
  });
}

describe("export/neo4j/csv", () => {
  const graph = fixtureGraph();
  const files = toNeo4jCsv(graph);

  it("writes the four CSV files and a README with the import command", () => {
    assert.deepEqual([...files.keys()].sort(), Object.values(NEO4J_CSV_FILES).sort());
    assert.ok(files.get(NEO4J_CSV_FILES.readme)!.includes(neo4jAdminCommand(".")));
    assert.match(neo4jAdminCommand("."), /^neo4j-admin database import full neo4j \\\n/);
    assert.match(neo4jAdminCommand("."), /--array-delimiter=U\+001F --multiline-fields=true/);
  });

  it("uses neo4j-admin header syntax with typed columns and id spaces", () => {
    for (const [name, text] of files) {
      if (!name.endsWith(".csv")) continue;
      const header = parseCsv(text)[0]!;
      for (const column of header) assert.match(column, HEADER, `${name}: ${column}`);
    }
    assert.deepEqual(parseCsv(files.get(NEO4J_CSV_FILES.entities)!)[0]!.slice(0, 6), [
      "id:ID(Entity)",
      ":LABEL",
      "name",
      "type",
      "aliases:string[]",
      "mentions:int",
    ]);
    assert.deepEqual(parseCsv(files.get(NEO4J_CSV_FILES.mentions)!)[0], [":START_ID(Entity)", ":END_ID(Article)", ":TYPE"]);
  });

  it("has every :START_ID and :END_ID refer to a node row of its id space", () => {
    const entities = new Set(table(files.get(NEO4J_CSV_FILES.entities)!).map((r) => r["id:ID(Entity)"]));
    const articles = new Set(table(files.get(NEO4J_CSV_FILES.articles)!).map((r) => r["id:ID(Article)"]));
    assert.equal(entities.size, graph.order);
    const mentions = table(files.get(NEO4J_CSV_FILES.mentions)!);
    const relations = table(files.get(NEO4J_CSV_FILES.relations)!);
    assert.equal(relations.length, graph.size);
    for (const r of mentions) {
      assert.ok(entities.has(r[":START_ID(Entity)"]), r[":START_ID(Entity)"]);
      assert.ok(articles.has(r[":END_ID(Article)"]), r[":END_ID(Article)"]);
      assert.equal(r[":TYPE"], "MENTIONED_IN");
    }
    for (const r of relations) {
      assert.ok(entities.has(r[":START_ID(Entity)"]));
      assert.ok(entities.has(r[":END_ID(Entity)"]));
    }
  });

  it("keeps hostile names and arrays whole: elements split only on the array delimiter", () => {
    const entities = table(files.get(NEO4J_CSV_FILES.entities)!);
    const byId = new Map(entities.map((r) => [r["id:ID(Entity)"], r]));
    assert.equal(byId.get("borgo-quieto")!.name, HOSTILE.gpe);
    assert.equal(byId.get("lago-verde")!.name, HOSTILE.loc);
    assert.equal(byId.get("evil'id\"<>")!.name, HOSTILE.backslash);
    assert.deepEqual(byId.get("vasco-pellandra")!["aliases:string[]"]!.split(ARRAY_DELIMITER), graph.getNodeAttribute("vasco-pellandra", "aliases"));
    assert.deepEqual(byId.get("borgo-quieto")![":LABEL"]!.split(ARRAY_DELIMITER), ["Place", "GPE"]);
    const supplied = table(files.get(NEO4J_CSV_FILES.relations)!).find((r) => r[":TYPE"] === "SUPPLIED")!;
    assert.deepEqual(supplied["items:string[]"]!.split(ARRAY_DELIMITER)[0], 'droni "kamikaze", 12');
    assert.ok(![...files.values()].some((text) => text.includes("\u0000")));
  });
});
