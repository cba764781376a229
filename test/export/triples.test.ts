import assert from "node:assert/strict";
import { TRIPLE_COLUMNS, toTriplesCsv, toTriplesJsonl, tripleRows } from "../../src/export/triples.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { parseCsv } from "./helpers.ts";

describe("export/triples", () => {
  const graph = fixtureGraph();
  const rows = tripleRows(graph);

  it("has one row per piece of evidence, with the sentence and its provenance", () => {
    assert.equal(rows.length, graph.reduceEdges((n, _, a) => n + a.evidence.length, 0));
    const met = rows.filter((r) => r.type === "MET");
    assert.equal(met.length, 2);
    assert.deepEqual(met.map((r) => [r.article, r.modality, r.date]), [
      ["a1", "asserted", "2024-05-02"],
      ["a2", "planned", "2024-05"],
    ]);
    const visited = rows.find((r) => r.type === "VISITED")!;
    assert.equal(visited.date, "2024-06");
    assert.equal(visited.article_date, "2024-05");
    assert.equal(visited.object_name, HOSTILE.gpe);
  });

  it("writes RFC 4180 CSV that reads back to the same rows", () => {
    const [header, ...records] = parseCsv(toTriplesCsv(graph));
    assert.deepEqual(header, [...TRIPLE_COLUMNS]);
    assert.equal(records.length, rows.length);
    records.forEach((record, i) => {
      const row = rows[i]!;
      TRIPLE_COLUMNS.forEach((column, j) => {
        const value = row[column];
        assert.equal(record[j], Array.isArray(value) ? value.join("; ") : String(value), `${i}.${column}`);
      });
    });
  });

  it("writes JSON Lines, one object per row, hostile text intact", () => {
    const lines = toTriplesJsonl(graph).trimEnd().split("\n");
    assert.equal(lines.length, rows.length);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), JSON.parse(JSON.stringify(rows)));
    assert.ok(lines.some((l) => (JSON.parse(l) as { sentence: string }).sentence.includes(HOSTILE.backslash)));
  });
});
