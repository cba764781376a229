import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGraph } from "../../src/graph/io.ts";
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from "../../src/types.ts";
import { ROOT, trama, tramaInProcess, type CliResult } from "./run-cli.ts";

// The `trama` command end to end on the seed articles, in child processes.

const SEEDS = join(ROOT, "seeds");
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

describe("trama (command line)", function () {
  this.timeout(120_000);
  let tmp: string;
  // Each run starts Node and tsx: the seeds are extracted once and the output shared.
  let named: CliResult;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "trama-cli-"));
    named = trama(["extract", "--format", "jsonl", ...seedFiles.map((f) => `seeds/${f}`)]);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it("extract prints one valid record per seed, in input order, true to the file text", () => {
    const result = named;
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trimEnd().split("\n");
    assert.equal(lines.length, seedFiles.length);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      assert.equal(record.doc, seedFiles[i].replace(/\.txt$/, ""));
      const text = readFileSync(join(SEEDS, seedFiles[i]), "utf8").replace(/^\uFEFF/, "");
      const ids = new Set<string>();
      for (const e of record.entities) {
        assert.ok(typeof e.id === "string" && e.id.length > 0);
        assert.ok((ENTITY_TYPES as readonly string[]).includes(e.type), `${e.id}: type ${e.type}`);
        assert.ok(Array.isArray(e.aliases));
        assert.ok(!ids.has(e.id), `${record.doc}: ${e.id} listed once`);
        ids.add(e.id);
      }
      for (const r of record.relations) {
        const what = `${record.doc}: ${r.subject} ${r.type} ${r.object}`;
        assert.ok(ids.has(r.subject) && ids.has(r.object), `${what}: endpoints are entities of the record`);
        assert.ok((RELATION_TYPES as readonly string[]).includes(r.type), what);
        assert.ok((MODALITIES as readonly string[]).includes(r.modality), what);
        assert.ok(r.evidence.length > 0, what);
        for (const ev of r.evidence) assert.equal(text.slice(ev.start, ev.end), ev.sentence, `${what}: evidence offsets`);
        assert.ok(r.confidence >= 0 && r.confidence <= 1, what);
      }
    });
  });

  it("extract reads seeds/ by default and gives the same records", () => {
    const byDefault = trama(["extract"]);
    assert.equal(byDefault.status, 0, byDefault.stderr);
    assert.ok(byDefault.stdout.length > 0 && byDefault.stdout === named.stdout, "same records");
  });

  it("extract --explain tells where each entity and relation came from", () => {
    const result = trama(["extract", "--explain", `seeds/${seedFiles[0]}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^━━ /);
    assert.match(result.stdout, /Entities \(\d+\)/);
    assert.match(result.stdout, /Relations \(\d+\)/);
    const record = JSON.parse(named.stdout.split("\n")[0]);
    for (const e of record.entities) assert.ok(result.stdout.includes(`  ${e.id}  ${e.type}`), e.id);
    for (const r of record.relations) {
      assert.ok(result.stdout.includes(`  ${r.subject} —${r.type}→ ${r.object}  [${r.modality}`), `${r.subject} ${r.type} ${r.object}`);
      if (r.rule !== undefined) assert.ok(result.stdout.includes(r.rule), r.rule);
    }
  });

  it("extract --date dates articles that have no date of their own", () => {
    const file = join(tmp, "senza-data.txt");
    writeFileSync(file, "Il ministro Ettore Valli ha visitato Borgonero.\n");
    const withMarker = join(SEEDS, seedFiles.find((f) => f.startsWith("003"))!);
    const [undated, dated] = trama(["extract", "--date", "2021-04-05", file, withMarker]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(undated.date, "2021-04-05");
    assert.equal(dated.date, "2023-09", "the article's own date marker wins");
  });

  it("build writes the graph, the records and the exports", () => {
    const out = join(tmp, "graph-export");
    const result = trama(["build", SEEDS, "--out", out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`trama build: ${seedFiles.length} articles`));
    assert.match(result.stdout, /extracted \d+, reused \d+/);
    for (const file of ["graph.json", "records.jsonl", "graph.gexf"]) assert.ok(existsSync(join(out, file)), file);
    const graph = parseGraph(readFileSync(join(out, "graph.json"), "utf8"), "graph.json");
    assert.ok(graph.order > 0);
    assert.equal(readFileSync(join(out, "records.jsonl"), "utf8").trim().split("\n").length, seedFiles.length);
  });

  it("skips an unreadable input, names it on stderr and exits 3", () => {
    const empty = join(tmp, "vuoto.txt");
    writeFileSync(empty, "   \n");
    const result = trama(["extract", join(SEEDS, seedFiles[0]), empty, join(tmp, "missing.txt")]);
    assert.equal(result.status, 3);
    assert.equal(result.stdout.trim().split("\n").length, 1);
    assert.match(result.stderr, /^trama: .*vuoto\.txt/m);
    assert.match(result.stderr, /^trama: .*missing\.txt/m);
  });

  it("build fails with exit 1 and says how to fix it when the output directory cannot be written", () => {
    const result = trama(["build", join(SEEDS, seedFiles[0]), "--out", "/dev/null/graph-export"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^trama: cannot write the outputs into \/dev\/null\/graph-export .*--out/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });

  const usage: Array<[string, string[], RegExp]> = [
    ["no command", [], /usage: trama <command>/],
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["an unknown option", ["extract", "--frobnicate"], /^trama: extract: .*--frobnicate/],
    ["a bad date", ["extract", "--date", "5 aprile"], /--date '5 aprile' is not a date/],
    ["a bad format", ["extract", "--format", "xml"], /--format 'xml' is not supported/],
    ["a bad thread count", ["build", "--workers", "0"], /--workers '0'/],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 with a usage message on ${name}`, async () => {
      const result = await tramaInProcess(args);
      assert.equal(result.status, 2);
      assert.match(result.stderr + result.stdout, message);
    });
  }

  for (const command of ["extract", "build", "serve", "export", "push", "ner"]) {
    it(`prints help for '${command} --help'`, async () => {
      const result = await tramaInProcess([command, "--help"]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`trama ${command}`));
    });
  }

  it("runs as bin/trama.mjs (npx trama)", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "bin/trama.mjs"), "--help"], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /commands:/);
  });
});
