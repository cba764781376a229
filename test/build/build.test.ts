import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus, GRAPH_FILE, RECORDS_FILE } from "../../src/build/build.ts";
import { parseGraph } from "../../src/graph/io.ts";
import { TramaError } from "../../src/errors.ts";

// Builds on the seed articles in temporary directories, through the real pipeline.

const SEEDS = new URL("../../seeds/", import.meta.url).pathname;
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `trama-${name}-`));
}

function corpus(files: string[]): string {
  const dir = tempDir("corpus");
  for (const f of files) copyFileSync(join(SEEDS, f), join(dir, f));
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const quiet = { workers: 1 };

describe("buildCorpus", function () {
  this.timeout(60_000);
  const cleanup: string[] = [];
  after(() => {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });
  const dir = (name: string) => {
    const d = name === "corpus" ? corpus(seedFiles) : tempDir(name);
    cleanup.push(d);
    return d;
  };

  it("writes graph.json and records.jsonl that agree with each other", async () => {
    const input = dir("corpus");
    const out = dir("out");
    const report = await buildCorpus([input], { out, ...quiet });
    assert.equal(report.articles, seedFiles.length);
    const graph = parseGraph(read(out, GRAPH_FILE), GRAPH_FILE);
    const records = read(out, RECORDS_FILE).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(records.length, seedFiles.length);
    assert.deepEqual(Object.keys(graph.getAttribute("articles")).sort(), records.map((r) => r.doc).sort());
    for (const r of records) for (const e of r.entities) assert.ok(graph.hasNode(e.id), `node ${e.id}`);
    graph.forEachNode((_n, a) => assert.ok(Number.isFinite(a.x) && Number.isFinite(a.y)));
  });

  it("gives byte-identical outputs when run twice on the same input", async () => {
    const input = dir("corpus");
    const [a, b] = [dir("a"), dir("b")];
    await buildCorpus([input], { out: a, ...quiet });
    await buildCorpus([input], { out: b, ...quiet, full: true });
    for (const file of [GRAPH_FILE, RECORDS_FILE]) assert.equal(read(a, file), read(b, file), file);
    // And rebuilding in place (reusing every extraction) changes nothing.
    const again = await buildCorpus([input], { out: a, ...quiet });
    assert.equal(again.extracted, 0);
    assert.equal(again.reused, seedFiles.length);
    for (const file of [GRAPH_FILE, RECORDS_FILE]) assert.equal(read(a, file), read(b, file), file);
  });

  it("extracts only the added article on a rebuild, and equals a fresh full build", async () => {
    const input = corpus(seedFiles.slice(0, -1));
    cleanup.push(input);
    const incremental = dir("incremental");
    const first = await buildCorpus([input], { out: incremental, ...quiet });
    assert.equal(first.extracted, seedFiles.length - 1);
    copyFileSync(join(SEEDS, seedFiles.at(-1)!), join(input, seedFiles.at(-1)!));
    const second = await buildCorpus([input], { out: incremental, ...quiet });
    assert.equal(second.extracted, 1);
    assert.equal(second.reused, seedFiles.length - 1);

    const fresh = dir("fresh");
    await buildCorpus([input], { out: fresh, ...quiet, full: true });
    for (const file of [GRAPH_FILE, RECORDS_FILE]) assert.equal(read(incremental, file), read(fresh, file), file);
  });

  it("drops a removed article on a rebuild, extracting nothing, and equals a fresh full build", async () => {
    const input = dir("corpus");
    const incremental = dir("removed");
    await buildCorpus([input], { out: incremental, ...quiet });
    rmSync(join(input, seedFiles[2]));
    const again = await buildCorpus([input], { out: incremental, ...quiet });
    assert.equal(again.extracted, 0);
    assert.equal(again.reused, seedFiles.length - 1);
    const fresh = dir("fresh-removed");
    await buildCorpus([input], { out: fresh, ...quiet, full: true });
    for (const file of [GRAPH_FILE, RECORDS_FILE]) assert.equal(read(incremental, file), read(fresh, file), file);
  });

  it("re-extracts an article whose text changed", async () => {
    const input = dir("corpus");
    const out = dir("changed");
    await buildCorpus([input], { out, ...quiet });
    const file = join(input, seedFiles[0]);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nUn paragrafo aggiunto dopo.\n`);
    const report = await buildCorpus([input], { out, ...quiet });
    assert.equal(report.extracted, 1);
  });

  it("counts a copy under another name and a near-identical wire copy once, keeping both sources", async () => {
    const input = dir("corpus");
    const original = readFileSync(join(input, seedFiles[1]), "utf8");
    writeFileSync(join(input, "zz-same-text.txt"), original);
    // A wire copy: another headline, the rest word for word.
    const lines = original.split("\n");
    writeFileSync(join(input, "zz-wire-copy.txt"), ["Titolo diverso di un altro giornale", ...lines.slice(1)].join("\n"));
    const out = dir("copies");
    const report = await buildCorpus([input], { out, ...quiet });
    assert.equal(report.articles, seedFiles.length);
    assert.deepEqual(report.copies.map((c) => c.article.id).sort(), ["zz-same-text", "zz-wire-copy"]);
    const entry = report.graph.getAttribute("articles")[seedFiles[1].replace(/\.txt$/, "")];
    assert.deepEqual(entry.copies?.sort(), ["zz-same-text", "zz-wire-copy"]);
    assert.equal(entry.sources?.length, 3);
    report.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) assert.ok(!ev.article.startsWith("zz-"), "copies give no evidence");
    });
    const keep = await buildCorpus([input], { out: dir("keep"), ...quiet, dedupe: false });
    assert.equal(keep.articles, seedFiles.length + 2);
  });

  it("writes nothing when no article can be read, so a mistyped path keeps the previous graph", async () => {
    const input = dir("corpus");
    const out = dir("kept");
    await buildCorpus([input], { out, ...quiet });
    const before = read(out, GRAPH_FILE);
    const empty = tempDir("empty");
    cleanup.push(empty);
    await assert.rejects(buildCorpus([empty, join(empty, "missing.txt")], { out, ...quiet }), (err: Error) => {
      assert.ok(err instanceof TramaError);
      assert.match(err.message, /^trama: no article could be read .*missing\.txt.*nothing was written/s);
      return true;
    });
    assert.equal(read(out, GRAPH_FILE), before);
  });

  it("reports two different texts under one article id and builds the rest", async () => {
    const input = dir("corpus");
    const other = tempDir("other");
    cleanup.push(other);
    writeFileSync(join(other, seedFiles[0]), "Un testo del tutto diverso su Borgonero, città inventata.\n");
    const report = await buildCorpus([input, other], { out: dir("ids"), ...quiet });
    assert.equal(report.articles, seedFiles.length);
    assert.equal(report.problems.length, 1);
    assert.match(report.problems[0].message, /^trama: .*same article id.*rename/);
  });
});
