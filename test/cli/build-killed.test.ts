import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseGraph } from "../../src/graph/io.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { ROOT, startTrama, trama } from "./run-cli.ts";

// A build killed part-way (SIGKILL: no chance to clean up) must leave every output in
// its directory whole: each file is either the previous build's, byte for byte, or a
// complete new one, never torn; and the next build runs normally.

const OUTPUTS = ["graph.json", "records.jsonl", "extractions.jsonl.gz"];
const ARTICLES = 100;

function snapshot(dir: string): Map<string, string> {
  // The extraction cache is gzipped: a torn one fails to gunzip.
  return new Map(OUTPUTS.map((f) => [f, f.endsWith(".gz") ? gunzipSync(readFileSync(join(dir, f))).toString("utf8") : readFileSync(join(dir, f), "utf8")]));
}

/** Every output parses; a file that is not the previous one holds the whole new corpus. */
function assertWhole(dir: string, previous: Map<string, string>): void {
  const now = snapshot(dir);
  const graph = parseGraph(now.get("graph.json")!, "graph.json");
  const records = now.get("records.jsonl")!.trim().split("\n").map((line) => JSON.parse(line));
  const cache = now.get("extractions.jsonl.gz")!.trim().split("\n").map((line) => JSON.parse(line));
  if (now.get("graph.json") !== previous.get("graph.json")) assert.equal(Object.keys(graph.getAttribute("articles")).length, ARTICLES);
  if (now.get("records.jsonl") !== previous.get("records.jsonl")) assert.equal(records.length, ARTICLES);
  if (now.get("extractions.jsonl.gz") !== previous.get("extractions.jsonl.gz")) assert.equal(cache.length, ARTICLES + 1);
}

/** Starts a build and SIGKILLs it when `when` says so (polled every few ms); true if it was killed. */
async function buildKilledWhen(when: (elapsed: number) => boolean, args: string[]): Promise<boolean> {
  const child = startTrama(args);
  let exited = false;
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", () => (exited = true));
  const started = performance.now();
  while (!exited && !when(performance.now() - started)) await new Promise((resolve) => setTimeout(resolve, 2));
  const killed = !exited && child.kill("SIGKILL");
  await done;
  return killed;
}

/** An output is being written: writeFileAtomic's temporary file is there. */
function writing(dir: string): boolean {
  return readdirSync(dir).some((name) => name.startsWith(".") && name.endsWith(".tmp"));
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
    generateCorpus(corpus, ARTICLES);
    const out = join(tmp, "out");
    const previous = trama(["build", join(ROOT, "seeds"), "--out", out, "--quiet"]);
    assert.equal(previous.status, 0, previous.stderr);
    const before = snapshot(out);

    // Killed while extracting, then killed the moment an output is being written.
    const args = ["build", corpus, "--out", out, "--quiet", "--full", "--workers", "1"];
    const killedExtracting = await buildKilledWhen((ms) => ms > 1500, args);
    assertWhole(out, before);
    const killedWriting = await buildKilledWhen(() => writing(out), args);
    assertWhole(out, before);
    assert.ok(killedExtracting || killedWriting, "at least one build was killed before it finished");

    const recovered = trama(["build", corpus, "--out", out, "--quiet", "--workers", "1"]);
    assert.equal(recovered.status, 0, recovered.stderr);
    const after = snapshot(out);
    for (const file of OUTPUTS) assert.notEqual(after.get(file), before.get(file), `${file} rewritten`);
    assertWhole(out, before);
    assert.deepEqual(readdirSync(out, { recursive: true }).filter((f) => String(f).match(/(^|\/)\.[^/]*(\.tmp|\.lock)$/)), [], "no temporary file or lock left behind");
  });
});
