import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGraph } from "../../src/graph/io.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { ROOT, startTrama, trama } from "./run-cli.ts";

// A build killed part-way (SIGKILL: no chance to clean up) must leave every output in
// its directory whole: each file is either the previous build's or the new one's, never
// a torn mix, and the next build runs normally.

const OUTPUTS = ["graph.json", "records.jsonl", "extractions.jsonl"];

function snapshot(dir: string): Map<string, string> {
  return new Map(OUTPUTS.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

function assertValid(dir: string): void {
  parseGraph(readFileSync(join(dir, "graph.json"), "utf8"), "graph.json");
  for (const line of readFileSync(join(dir, "records.jsonl"), "utf8").trim().split("\n")) JSON.parse(line);
  for (const line of readFileSync(join(dir, "extractions.jsonl"), "utf8").trim().split("\n")) JSON.parse(line);
}

async function buildKilledAfter(ms: number, args: string[]): Promise<boolean> {
  const child = startTrama(args);
  let exited = false;
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", () => (exited = true));
  await new Promise((resolve) => setTimeout(resolve, ms));
  const killed = !exited && child.kill("SIGKILL");
  await done;
  return killed;
}

describe("a killed build", function () {
  this.timeout(300_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "trama-killed-"));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it("leaves the previous outputs intact and valid, and the next build recovers", async () => {
    const corpus = join(tmp, "corpus");
    generateCorpus(corpus, 600);
    const out = join(tmp, "out");
    const previous = trama(["build", join(ROOT, "seeds"), "--out", out, "--quiet"]);
    assert.equal(previous.status, 0, previous.stderr);
    const before = snapshot(out);

    // The same build to completion elsewhere: how long it takes, and what it writes.
    const reference = join(tmp, "reference");
    const started = performance.now();
    const full = trama(["build", corpus, "--out", reference, "--quiet", "--workers", "1"]);
    const duration = performance.now() - started;
    assert.equal(full.status, 0, full.stderr);
    const after = snapshot(reference);

    let interrupted = 0;
    for (const fraction of [0.4, 0.8]) {
      const args = ["build", corpus, "--out", out, "--quiet", "--full", "--workers", "1"];
      if (await buildKilledAfter(duration * fraction, args)) interrupted++;
      assertValid(out);
      for (const [file, content] of snapshot(out)) {
        assert.ok(content === before.get(file) || content === after.get(file), `${file} is the previous or the new one (killed at ${fraction})`);
      }
    }
    assert.ok(interrupted > 0, `at least one build was killed before it finished (full build took ${Math.round(duration)} ms)`);

    const recovered = trama(["build", corpus, "--out", out, "--quiet", "--workers", "1"]);
    assert.equal(recovered.status, 0, recovered.stderr);
    for (const [file, content] of snapshot(out)) assert.equal(content, after.get(file), file);
  });
});
