import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_BUILD_FORMATS, EXPORT_PATHS, writeExports } from "../../src/export/index.ts";
import { toJson } from "../../src/export/json.ts";
import { run as runExport } from "../../src/cli/export.ts";
import { run as runPush } from "../../src/cli/push.ts";
import { fixtureGraph } from "./fixture-graph.ts";
import { GEXF_SCHEMAS, tempDir, writeTemp, xmllint } from "./helpers.ts";

describe("export/writeExports and the export/push commands", () => {
  it("writes every build format under its standard name", () => {
    const dir = tempDir();
    const written = writeExports(fixtureGraph(), dir);
    for (const format of DEFAULT_BUILD_FORMATS) {
      const path = join(dir, EXPORT_PATHS[format]);
      assert.ok(existsSync(path), path);
    }
    assert.ok(written.includes(join(dir, "neo4j", "csv", "entities.csv")));
    assert.ok(written.includes(join(dir, "graph.gexf")));
    assert.ok(!existsSync(join(dir, "graph.json")), "graph.json is the build's own file");
    const { ok, output } = xmllint(join(dir, "graph.gexf"), GEXF_SCHEMAS["1.3"]);
    assert.ok(ok, output);
  });

  it("`trama export` writes the asked format from a graph.json or its directory", async () => {
    const graphFile = writeTemp("graph.json", toJson(fixtureGraph()));
    const out = join(tempDir(), "x.gexf");
    assert.equal(await runExport(["--format", "gexf", "--gexf-version", "1.2draft", "--graph", graphFile, "--out", out]), 0);
    const { ok, output } = xmllint(out, GEXF_SCHEMAS["1.2draft"]);
    assert.ok(ok, output);
    const csvDir = join(tempDir(), "csv");
    assert.equal(await runExport(["--format", "neo4j-csv", "--graph", join(graphFile, ".."), "--out", csvDir]), 0);
    assert.match(readFileSync(join(csvDir, "README.md"), "utf8"), /neo4j-admin database import full/);
  });

  it("`trama export` explains usage mistakes and a missing graph", async () => {
    await assert.rejects(runExport([]), /--format is required/);
    await assert.rejects(runExport(["--format", "svg"]), /--format 'svg' is not supported/);
    await assert.rejects(runExport(["--format", "neo4j-csv", "--graph", writeTemp("graph.json", toJson(fixtureGraph()))]), /give a directory with --out/);
    await assert.rejects(runExport(["--format", "gexf", "--graph", "/nonexistent/graph.json"]), /cannot read \/nonexistent\/graph.json/);
    const foreign = writeTemp("graph.json", JSON.stringify({ nodes: [{ key: "x", attributes: { label: "X", type: "PERSON" } }], edges: [] }));
    await assert.rejects(runExport(["--format", "graphml", "--graph", foreign]), /^DataError: trama: node 'x' of the graph has no 'aliases' list; rebuild/);
  });

  it("`trama push` needs an address and a password, and never shows the password in its errors", async () => {
    const saved = { ...process.env };
    delete process.env.NEO4J_URI;
    delete process.env.NEO4J_PASSWORD;
    try {
      await assert.rejects(runPush([]), /no Neo4j address/);
      await assert.rejects(runPush(["--uri", "bolt://127.0.0.1:1"]), /no password; set NEO4J_PASSWORD/);
      await assert.rejects(runPush(["--uri", "bolt://127.0.0.1:1", "--password", "x", "--batch-size", "0"]), /--batch-size '0'/);
      const graph = writeTemp("graph.json", toJson(fixtureGraph()));
      process.env.NEO4J_PASSWORD = "s3cr3t-Pw";
      await assert.rejects(runPush(["--uri", "bolt://alice:s3cr3t-Pw@127.0.0.1:1", "--graph", graph]), (err: Error) => {
        assert.match(err.message, /^trama: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
        assert.ok(!err.message.includes("s3cr3t-Pw") && !err.message.includes("alice"), err.message);
        return true;
      });
    } finally {
      process.env = saved;
    }
  });
});
